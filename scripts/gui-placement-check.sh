#!/usr/bin/env bash
# Opens the teacher's window under Xvfb at 1280x720, 1600x1000 and 1920x1080 and checks that every
# window lies on the screen and that no window covers the console (its play bar is at its foot). The suite
# makes the same check (gui/WindowPlacementTest, skipped without Xvfb); this script also takes screenshots.
# Needs xvfb and xdotool (apt-get install -y xvfb xdotool). Screenshots: /tmp/gui-WxH.png
# (with imagemagick installed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/alliance-sim.jar"
[[ -f "$jar" ]] || (cd "$here" && mvn -B -q -Dmaven.test.skip=true package)
status=0
display=97
for size in 1280x720 1600x1000 1920x1080; do
  w=${size%x*}; h=${size#*x}
  Xvfb ":$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
  xvfb=$!
  sleep 2
  DISPLAY=":$display" java -jar "$jar" gui "$here/scenarios/baseline.yaml" >/dev/null 2>&1 &
  gui=$!
  sleep 15
  rects=()
  for id in $(DISPLAY=":$display" xdotool search --onlyvisible --name "." 2>/dev/null); do
    name=$(DISPLAY=":$display" xdotool getwindowname "$id")
    [[ "$name" == "Content window" || "$name" == "FocusProxy" ]] && continue
    eval "$(DISPLAY=":$display" xdotool getwindowgeometry --shell "$id")"
    if (( X < 0 || Y < 0 || X + WIDTH > w || Y + HEIGHT > h )); then
      echo "FAIL $size: '$name' at ${X},${Y} ${WIDTH}x${HEIGHT} is off the screen"; status=1
    fi
    rects+=("$X $Y $WIDTH $HEIGHT $name")
  done
  for ((i = 0; i < ${#rects[@]}; i++)); do
    for ((j = i + 1; j < ${#rects[@]}; j++)); do
      read -r x1 y1 w1 h1 n1 <<<"${rects[i]}"; read -r x2 y2 w2 h2 n2 <<<"${rects[j]}"
      if (( x1 < x2 + w2 && x2 < x1 + w1 && y1 < y2 + h2 && y2 < y1 + h1 )); then
        echo "FAIL $size: '$n1' and '$n2' overlap"; status=1
      fi
    done
  done
  echo "$size: ${#rects[@]} windows checked"
  command -v import >/dev/null && DISPLAY=":$display" import -window root "/tmp/gui-$size.png"
  kill "$gui" "$xvfb" 2>/dev/null || true
  wait "$gui" "$xvfb" 2>/dev/null || true
  display=$((display + 1))
done
exit $status
