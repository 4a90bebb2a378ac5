package alliancesim.evidence;

import alliancesim.model.Param;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The parameter table (name, unit, default, range, provenance) as Markdown or CSV. */
public final class ParameterTable {
    private final EvidenceRegistry evidence;

    public ParameterTable(EvidenceRegistry evidence) {
        this.evidence = evidence;
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| name | description | unit | default | range | sweep | kind | provenance |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Param p : Param.all()) {
            Provenance prov = evidence.of(p);
            String source = prov.summary() + (prov.note() == null ? "" : " — " + prov.note());
            b.append("| `").append(p.key()).append("` | ").append(p.description().replace("|", "\\|")).append(" | ")
                    .append(p.unit()).append(" | ").append(number(p.defaultValue()))
                    .append(" | ").append(number(p.min())).append(" – ").append(number(p.max())).append(" | ")
                    .append(sweep(prov)).append(" | ").append(prov.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(source.replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("name", "unit", "default", "min", "max", "sweep_low", "sweep_high", "kind", "file", "quote",
                    "citation", "statement", "note", "description");
            for (Param p : Param.all()) {
                Provenance prov = evidence.of(p);
                List<String> range = prov.sweep().map(r -> List.of(number(r[0]), number(r[1]))).orElse(List.of("", ""));
                csv.printRecord(p.key(), p.unit(), number(p.defaultValue()), number(p.min()), number(p.max()), range.get(0),
                        range.get(1), prov.kind().name().toLowerCase(java.util.Locale.ROOT), blank(prov.file()),
                        blank(prov.quote()), blank(prov.citation()), blank(prov.statement()), blank(prov.note()),
                        p.description());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String sweep(Provenance prov) {
        return prov.sweep().map(r -> number(r[0]) + " – " + number(r[1])).orElse("");
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** 250000 not 250000.0, 26600000000 not 2.66E10. */
    static String number(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
