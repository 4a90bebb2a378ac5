package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventSchedulerTest {
    @Test
    void writesATieAsFormatsTwoDecimalsDoes() {
        // Every tie a summit can report, on a grid finer than the hundredths and off the half-way points
        // (where %.2f and a rounded double may part by one in the last digit; the log reads either well).
        for (int k = 0; k <= 10_000; k++) {
            if (k % 100 == 50) {
                continue;
            }
            double tie = k / 10_000.0;
            assertEquals(String.format(Locale.ROOT, "%.2f", tie), EventScheduler.twoDecimals(tie), "tie " + tie);
        }
    }
}
