#!/usr/bin/env bash
# Shows the SLURM path working on this machine: installs slurm-wlm and munge (Debian), configures a
# one-node cluster on localhost, submits a sweep as an array of shards plus a dependent merge job,
# waits, and checks that the merged runs.csv and timeseries.csv are byte-identical to a sweep run
# on one machine. Starts daemons as root: not part of CI.
#
#   sudo scripts/slurm-demo.sh [SCENARIO] [SHARDS]
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/sanctions-vs-deterrence.yaml}"
shards="${2:-3}"
out="results/slurm-demo"

if ! command -v slurmctld >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge
fi
host="$(hostname -s)"
cpus="$(nproc)"
mem="$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))"
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=demo
SlurmctldHost=$host
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmdSpoolDir=/var/spool/slurmd
StateSaveLocation=/var/spool/slurmctld
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SlurmUser=root
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=demo Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
[[ -f /etc/munge/munge.key ]] || (mungekey --create 2>/dev/null || dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 2>/dev/null)
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- munged
pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd
for _ in $(seq 1 30); do sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mix|alloc' && break; sleep 1; done
scontrol update nodename="$host" state=resume 2>/dev/null || true
sinfo

./alliance-sim validate "$scenario"      # builds the jar once, before the jobs start
rm -rf "$out"
mkdir -p "$out"
array=$(sbatch --parsable --array=1-"$shards" --export=ALL,SCENARIO="$scenario",OUT="$out" scripts/slurm-sweep.sbatch)
merge=$(sbatch --parsable --dependency=afterok:"$array" --export=ALL,OUT="$out" scripts/slurm-merge.sbatch)
echo "submitted array job $array ($shards shards) and merge job $merge"
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do squeue -h -o '%i %j %T' ; sleep 2; done
sacct -j "$array,$merge" -o JobID,JobName,State,Elapsed 2>/dev/null || true

./alliance-sim sweep "$scenario" --out "$out/single"
for f in runs.csv timeseries.csv; do
  if cmp "$out/merged/$f" "$out/single/$f"; then
    echo "OK: $f from $shards SLURM shards is byte-identical to the single-machine sweep ($(wc -l < "$out/single/$f") lines)"
  else
    echo "DIFFERENT: $f"; exit 1
  fi
done
