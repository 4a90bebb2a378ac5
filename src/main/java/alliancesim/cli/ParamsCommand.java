package alliancesim.cli;

import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.ParameterTable;
import alliancesim.evidence.SeedTexts;
import alliancesim.files.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `params`: the parameter table with provenance and the count of each kind, as Markdown (default) or CSV. */
@Command(name = "params", description = "Print every parameter: name, unit, default, range, sweep, kind of evidence, description, provenance; the Markdown ends with the count of each kind.")
final class ParamsCommand implements Callable<Integer> {
    enum Format { markdown, csv }

    @Option(names = "--format", description = "markdown (default) or csv")
    Format format = Format.markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EvidenceRegistry evidence = EvidenceRegistry.load(seeds());
        if (!evidence.problems().isEmpty()) {
            throw new InvalidInputException("seeds/evidence.yaml has problems:\n  " + String.join("\n  ", evidence.problems()));
        }
        ParameterTable table = new ParameterTable(evidence);
        spec.commandLine().getOut().print(format == Format.csv ? table.csv() : table.markdown());
        return Main.OK;
    }

    /** The project's seeds/ when run inside it (so edits show at once), else the copy in the jar. */
    static SeedTexts seeds() {
        Path local = Path.of("seeds", EvidenceRegistry.FILE);
        return Files.isRegularFile(local) ? SeedTexts.folder(local.getParent()) : SeedTexts.bundled();
    }
}
