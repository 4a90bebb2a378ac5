package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.TimeseriesRow;
import alliancesim.stats.NumberText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A result folder's outputs over a period of calendar months, from the monthly means of its
 * timeseries.csv: a flow's mean total (the sum of its monthly means), any other output's mean at the
 * period's end and its mean over the period. The folder keeps its runs' months only as summaries, so
 * these are means without an interval: {@code whatif --period} gives paired intervals.
 */
public final class PeriodMeans {
    private PeriodMeans() {
    }

    /** One figure of one output: "shells_transferred", "total 2024-01..2024-12", its unit and the mean. */
    public record Figure(String output, String what, String unit, double mean) {
    }

    /** Each output's figures over {@code first..last}; an error naming the folder when it lacks a month of them. */
    public static List<Figure> of(ResultFolder folder, YearMonth first, YearMonth last) {
        List<TimeseriesRow> rows = folder.timeseries();
        String span = first + ".." + last;
        List<Figure> figures = new ArrayList<>();
        for (String output : folder.outputs()) {
            List<TimeseriesRow> in = rows.stream().filter(r -> r.output().equals(output))
                    .filter(r -> !YearMonth.parse(r.date()).isBefore(first) && !YearMonth.parse(r.date()).isAfter(last))
                    .sorted(java.util.Comparator.comparingInt(TimeseriesRow::month)).toList();
            long wanted = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (in.size() != wanted) {
                List<String> dates = rows.stream().map(TimeseriesRow::date).sorted().toList();
                throw new InvalidInputException("--period " + span + " is outside the months of " + folder.dir() + " ("
                        + (dates.isEmpty() ? "none" : dates.get(0) + ".." + dates.get(dates.size() - 1))
                        + "); give months every folder holds");
            }
            String unit = in.get(0).unit();
            double sum = in.stream().mapToDouble(TimeseriesRow::mean).sum();
            if (folder.flow(output, unit)) {
                figures.add(new Figure(output, "total " + span, ResultFolder.totalUnit(unit), sum));
            } else {
                figures.add(new Figure(output, "in " + last, unit, in.get(in.size() - 1).mean()));
                figures.add(new Figure(output, "mean " + span, unit, sum / in.size()));
            }
        }
        return figures;
    }

    /** "shells_transferred total 2024-01..2024-12: 3,637,217 → 3,100,000 (-537,217) shells". */
    public static String sentence(Figure a, Figure b) {
        double d = b.mean() - a.mean();
        return String.format(Locale.ROOT, "%s %s: %s → %s (%s%s) %s", a.output(), a.what(), NumberText.printed(a.mean()),
                NumberText.printed(b.mean()), d > 0 ? "+" : "", NumberText.printed(d), a.unit());
    }
}
