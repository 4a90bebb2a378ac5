package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityWarningsTest {
    @TempDir
    Path dir;

    @Test
    void onlyIndicesOutsideTheUnitIntervalBeyondTheirIntervalAreFlagged() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), String.join("\n",
                "output,factor,index,estimate,ci95_low,ci95_high",
                "front_balance,a,S1,63.8,12.0,90.1",       // S1 = 63.8 of a 1-sample sweep: flagged
                "front_balance,a,ST,1.02,0.95,1.10",       // above 1 but within its interval: noise
                "front_balance,b,S1,-0.30,-0.50,-0.10",    // below 0 beyond its interval: flagged
                "front_balance,b,ST,0.40,0.30,0.50",
                "front_balance,b,mu_star,5.0,NA,NA") + "\n");
        List<String> w = SensitivityWarnings.of(dir);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("S1 of a for front_balance is 63.8 (95 % interval 12.0 to 90.1)"), w.get(0));
        assertTrue(w.get(1).startsWith("S1 of b for front_balance is -0.300"), w.get(1));
    }
}
