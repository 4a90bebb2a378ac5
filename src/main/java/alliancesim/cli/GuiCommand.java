package alliancesim.cli;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.calibrate.Posterior;
import alliancesim.calibrate.PosteriorSimulator;
import alliancesim.files.InvalidInputException;
import alliancesim.gui.AllianceModelWithUI;
import alliancesim.gui.TeacherConsole;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gui [SCENARIO]`: MASON's Console with the map, live charts, event log and lever sliders. */
@Command(name = "gui", description = "Open the MASON window: map, live charts, event log, levers as sliders.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file (default: scenarios/baseline.yaml)")
    Path file = Path.of("scenarios", "baseline.yaml");

    @Option(names = "--play", description = "start playing at once")
    boolean play;

    @Option(names = "--replicate", paramLabel = "N", description = "which of the scenario's replicates the window runs:"
            + " its seed and, with a posterior, its draw, as `run` and `whatif` run it (default: 1)")
    int replicate = 1;

    /**
     * The run the window shows: replicate {@code replicate} (from 1) of the scenario, with the seed and
     * the parameters `run` and `whatif` give it, so the live numbers are that replicate's in runs.csv.
     * {@code about} says which, in words for the About tab.
     */
    record WindowRun(long seed, alliancesim.model.Parameters parameters, String about) {
    }

    @Override
    public Integer call() throws InterruptedException {
        Scenario s = new ScenarioLoader().load(file);
        WindowRun run = windowRun(s, replicate);
        if (GraphicsEnvironment.isHeadless()) {
            throw new InvalidInputException("gui needs a display (set DISPLAY, or run under xvfb-run)");
        }
        AllianceModel model = new AllianceModel(run.seed(), run.parameters(), s.modelEvents(), s.months());
        AllianceModelWithUI gui = new AllianceModelWithUI(model, s.title(), s.description(), s.start(),
                s.recordEnds(), run.about());
        gui.setScenarioOpener(GuiCommand::reopen);
        TeacherConsole console = new TeacherConsole(gui);
        console.setVisible(true);
        if (play) {
            console.pressPlay();
        } else {
            console.showFirstMonth();
        }
        Thread.currentThread().join(); // the Console quits the JVM when its window closes
        return Main.OK;
    }

    /**
     * Replicate {@code replicate} of {@code s} as the batch path runs it: the run seed of (scenario seed,
     * point 0, replicate - 1), and the scenario's parameters with that seed's posterior draw applied by
     * the same {@link PosteriorSimulator} `run` and `whatif` use (the scenario's own settings win).
     */
    static WindowRun windowRun(Scenario s, int replicate) {
        if (replicate < 1 || replicate > s.replications()) {
            throw new InvalidInputException("--replicate " + replicate + ": " + s.name() + " has replicates 1 to "
                    + s.replications() + "; give one of them");
        }
        long seed = SeedDerivation.runSeed(s.seed(), 0, replicate - 1);
        String which = String.format(Locale.ROOT, "replicate %d of the %d that <code>run</code> and <code>whatif</code> "
                + "run for this scenario (run seed %d)", replicate, s.replications(), seed);
        if (s.posterior().isEmpty()) {
            return new WindowRun(seed, s.parameters(), "This window shows " + which + ", with the scenario's parameters"
                    + " (it names no posterior). Its months are that replicate's in <code>runs.csv</code>.");
        }
        Posterior posterior = Posterior.read(s.posterior().get());
        alliancesim.model.Parameters[] drawn = new alliancesim.model.Parameters[1];
        Simulator capture = (parameters, events, months, runSeed) -> {
            drawn[0] = parameters;
            return null;
        };
        PosteriorSimulator.of(s, posterior, capture).simulate(s.parameters(), s.modelEvents(), s.months(), seed);
        return new WindowRun(seed, drawn[0], String.format(Locale.ROOT, "This window shows %s. Its %d calibrated"
                + " parameters are that run's draw from the posterior %s: particle %d of %d, drawn as"
                + " <code>run</code> and <code>whatif</code> draw it (the scenario's own settings win). Its months are"
                + " that replicate's in <code>runs.csv</code>; the hand-outs' bands are all %d replicates, each with its"
                + " own draw. <code>gui --replicate N</code> shows another.", which, posterior.params().size(),
                html(shown(s.posterior().get())), posterior.draw(seed) + 1, posterior.size(), s.replications()));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A posterior's path as a user reads it: relative to the working folder, else its last three names. */
    static String shown(Path posterior) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path p = posterior.toAbsolutePath().normalize();
        if (p.startsWith(here)) {
            return here.relativize(p).toString();
        }
        int n = p.getNameCount();
        return p.subpath(Math.max(0, n - 3), n).toString();
    }

    /**
     * Opens another scenario in a fresh window: the file is checked first (a bad one is refused with
     * its file:line message and this window stays), then a new process starts on it and this one ends.
     * A new process, not a swapped model, because every window, chart and slider is built for one scenario.
     */
    static void reopen(Path scenario) {
        try {
            new ScenarioLoader().load(scenario);
        } catch (InvalidInputException e) {
            // the window's opener refuses with an IllegalArgumentException (gui may not use files): its message is shown
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
