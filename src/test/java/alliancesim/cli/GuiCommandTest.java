package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void anotherScenarioOpensInANewWindowOfTheSameJavaAndClassPath() {
        List<String> command = GuiCommand.relaunchCommand(Path.of("scenarios/china-restrains.yaml"));
        assertTrue(command.get(0).startsWith(System.getProperty("java.home")), command.toString());
        assertEquals(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui"),
                command.subList(1, 5));
        assertEquals(Path.of("scenarios/china-restrains.yaml").toAbsolutePath().toString(), command.get(5));
    }

    @Test
    void aBadScenarioIsRefusedWithItsLineAndTheWindowStays() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nmonths: 0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuiCommand.reopen(bad));
        assertTrue(e.getMessage().contains("bad.yaml:2"), e.getMessage());
    }
}
