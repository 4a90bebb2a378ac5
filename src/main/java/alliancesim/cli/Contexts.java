package alliancesim.cli;

import alliancesim.batch.RunContext;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.Provenance;
import alliancesim.model.Param;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The run context of a command: its command line, the code's version and every parameter's provenance. */
final class Contexts {
    private Contexts() {
    }

    static RunContext of(CommandLine.Model.CommandSpec spec) {
        Map<String, String> provenance = new LinkedHashMap<>();
        EvidenceRegistry evidence = EvidenceRegistry.load(ParamsCommand.seeds());
        for (Param p : Param.all()) {
            Provenance prov = evidence.of(p);
            // An assumption's or a calibrated value's summary already names its kind: it is not written twice.
            String kind = prov.kind() == Provenance.Kind.ASSUMPTION || prov.kind() == Provenance.Kind.CALIBRATED ? ""
                    : prov.kindName() + ": ";
            provenance.put(p.key(), kind + prov.summary() + (prov.note() == null ? "" : " — " + prov.note()));
        }
        return new RunContext(RunCommand.commandLine(spec), GitCommit.current(), Version.current(), provenance);
    }
}
