package alliancesim.evidence;

import alliancesim.model.Param;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The parameter table (name, unit, default, range, sweep, kind, description, provenance) as Markdown or CSV.
 * The Markdown ends with the count of each kind of provenance, so a reader sees at once how much of the
 * model rests on assumptions.
 */
public final class ParameterTable {
    private final EvidenceRegistry evidence;

    public ParameterTable(EvidenceRegistry evidence) {
        this.evidence = evidence;
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| name | unit | default | range | sweep | kind | description | provenance |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Param p : Param.all()) {
            Provenance prov = evidence.of(p);
            String source = prov.summary() + (prov.note() == null ? "" : " — " + prov.note());
            b.append("| `").append(p.key()).append("` | ").append(p.unit()).append(" | ").append(number(p.defaultValue()))
                    .append(" | ").append(number(p.min())).append(" – ").append(number(p.max())).append(" | ")
                    .append(sweep(prov)).append(" | ").append(prov.kindName()).append(" | ")
                    .append(p.description().replace("|", "\\|")).append(" | ").append(source.replace("|", "\\|"))
                    .append(" |\n");
        }
        b.append("\n").append(kindCounts()).append("\n");
        return b.toString();
    }

    /** "Kinds: 2 seed, 14 source, 60 assumption, 0 calibrated (76 parameters)." */
    public String kindCounts() {
        Map<Provenance.Kind, Integer> counts = evidence.countByKind();
        StringJoiner j = new StringJoiner(", ", "Kinds: ", "");
        counts.forEach((k, n) -> j.add(n + " " + k.name().toLowerCase(java.util.Locale.ROOT)));
        return j + " (" + counts.values().stream().mapToInt(Integer::intValue).sum() + " parameters).";
    }

    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("name", "unit", "default", "min", "max", "sweep_low", "sweep_high", "kind", "file", "quote",
                    "span", "bound", "value", "citation", "statement", "motivation", "targets", "note", "description");
            for (Param p : Param.all()) {
                Provenance prov = evidence.of(p);
                List<String> range = prov.sweep().map(r -> List.of(number(r[0]), number(r[1]))).orElse(List.of("", ""));
                csv.printRecord(p.key(), p.unit(), number(p.defaultValue()), number(p.min()), number(p.max()), range.get(0),
                        range.get(1), prov.kindName(), blank(prov.file()), blank(prov.quote()), blank(prov.span()),
                        prov.bound() == null ? "" : prov.bound().name().toLowerCase(java.util.Locale.ROOT),
                        prov.value().isPresent() ? number(prov.value().getAsDouble()) : "", blank(prov.citation()),
                        blank(prov.statement()), blank(prov.motivation()), String.join(" ", prov.targets()),
                        blank(prov.note()), p.description());
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
