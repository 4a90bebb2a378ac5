package alliancesim.cli;

import alliancesim.files.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --period FROM..TO: the months of the calendar an answer is about (run's table, whatif, compare). */
final class PeriodOption {
    @Option(names = "--period", paramLabel = "YYYY-MM..YYYY-MM", description = "also answer over these months:"
            + " a flow by its total over them, a stock, index or count at their end and by its mean over them")
    String period;

    /** The period as months of a scenario starting at {@code start} and running {@code months}; empty without --period. */
    Optional<MonthSpan> resolve(YearMonth start, int months) {
        Optional<MonthSpan> alone = parse();
        if (alone.isEmpty()) {
            return alone;
        }
        YearMonth first = alone.get().first();
        YearMonth last = alone.get().last();
        YearMonth end = start.plusMonths(months - 1L);
        if (first.isBefore(start) || last.isAfter(end)) {
            throw new InvalidInputException("--period " + period + " is outside the scenario's months " + start + ".."
                    + end + "; give months within them, e.g. --period " + start + ".." + end);
        }
        int from = (int) start.until(first, java.time.temporal.ChronoUnit.MONTHS);
        int to = (int) start.until(last, java.time.temporal.ChronoUnit.MONTHS);
        return Optional.of(new MonthSpan(from, to, first, last));
    }

    /** The period alone, its months counted from its first (for folders, which each check their own months). */
    Optional<MonthSpan> parse() {
        if (period == null) {
            return Optional.empty();
        }
        String[] ends = period.strip().split("\\.\\.", -1);
        YearMonth first;
        YearMonth last;
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("not two months", period, 0);
            }
            first = YearMonth.parse(ends[0].strip());
            last = YearMonth.parse(ends[1].strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--period " + period + ": give two calendar months joined by '..',"
                    + " e.g. --period 2024-01..2024-12");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("--period " + period + " ends before it starts; give FROM..TO, e.g. --period "
                    + last + ".." + first);
        }
        return Optional.of(new MonthSpan(0, (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS), first, last));
    }

    /** Months {@code from} to {@code to} of a run (both included), and their calendar months. */
    record MonthSpan(int from, int to, YearMonth first, YearMonth last) {
        /** "2024-01..2024-12". */
        String label() {
            return first + ".." + last;
        }
    }
}
