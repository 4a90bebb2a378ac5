package alliancesim.cli;

import alliancesim.gui.AllianceModelWithUI;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** `gui [SCENARIO]`: MASON's Console with the map, live charts, event log and lever sliders. */
@Command(name = "gui", description = "Open the MASON window: map, live charts, event log, levers as sliders.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file (default: scenarios/baseline.yaml)")
    Path file = Path.of("scenarios", "baseline.yaml");

    @Option(names = "--play", description = "start playing at once")
    boolean play;

    @Override
    public Integer call() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalArgumentException("gui needs a display (set DISPLAY, or run under xvfb-run)");
        }
        Scenario s = new ScenarioLoader().load(file);
        AllianceModel model = new AllianceModel(s.seed(), s.parameters(), s.modelEvents(), s.months());
        AllianceModelWithUI gui = new AllianceModelWithUI(model, s.title(), s.description(), s.start(),
                s.recordEnds());
        gui.setScenarioOpener(GuiCommand::reopen);
        Console console = new Console(gui);
        console.setVisible(true);
        if (play) {
            console.pressPlay();
        } else {
            console.pressPause(); // starts the run paused ...
            console.pressPlay(); // ... and Play while paused steps once: the map, charts and Model tab show month 0
        }
        Thread.currentThread().join(); // the Console quits the JVM when its window closes
        return Main.OK;
    }

    /**
     * Opens another scenario in a fresh window: the file is checked first (a bad one is refused with
     * its file:line message and this window stays), then a new process starts on it and this one ends.
     * A new process, not a swapped model, because every window, chart and slider is built for one scenario.
     */
    static void reopen(Path scenario) {
        try {
            new ScenarioLoader().load(scenario);
        } catch (alliancesim.scenario.ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try {
            new ProcessBuilder(relaunchCommand(scenario)).inheritIO().start();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot start a new window: " + e.getMessage(), e);
        }
        System.exit(Main.OK);
    }

    /** The command that opens {@code scenario} in a new window with this same Java and class path. */
    static java.util.List<String> relaunchCommand(Path scenario) {
        return java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "gui", scenario.toAbsolutePath().toString());
    }
}
