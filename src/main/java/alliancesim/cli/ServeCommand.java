package alliancesim.cli;

import alliancesim.batch.ScenarioRun;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import alliancesim.server.WhatIfServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `serve [SCENARIO]`: the what-if page in the browser, until Ctrl-C. */
@Command(name = "serve", description = "Serve the what-if page in the browser: sliders for the levers, the band of paired"
        + " runs before and after. Stops with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file (default: scenarios/baseline.yaml)")
    Path file = Path.of("scenarios", "baseline.yaml");

    @Option(names = "--port", description = "port to listen on, 1 to 65535, or 0 for any free one (default: 8080)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "address to listen on (default: 127.0.0.1, this"
            + " computer only)")
    String host = "127.0.0.1";

    @Option(names = "--targets", paramLabel = "FILE", description = "public figures drawn on the charts"
            + " (default: seeds/targets.yaml, if there)")
    Path targets = Path.of("seeds", "targets.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + " is out of range; give 1 to 65535, or 0 for any free port");
        }
        InetAddress address = address(host);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = new ScenarioLoader().load(file);
        List<Target> figures = Files.isRegularFile(targets)
                ? new TargetsLoader().load(targets, scenario.start(), scenario.months()) : List.of();
        if (figures.isEmpty()) {
            err.println("note: no public figures drawn (" + targets + " not found)");
        }
        WhatIfServer server = new WhatIfServer(scenario, figures, ScenarioRun.defaultThreads());
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); is another server on that port? give another with --port", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("alliance-sim serve: stopped");
            out.flush();
            stopped.countDown();
        }, "serve-stop"));
        String shown = address.isAnyLocalAddress() ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        out.printf("alliance-sim serve: %s%n  open http://%s:%d/ in a browser; Ctrl-C stops it%n", scenario.title(), shown,
                server.port());
        if (!address.isLoopbackAddress()) {
            err.printf("warning: listening on %s: anyone who can reach this computer can use the page (there is no join"
                    + " code yet); without --host it listens on 127.0.0.1 only%n", host);
        }
        out.flush();
        err.flush();
        stopped.await();
        return Main.OK;
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + ": not an address of this computer; give e.g. 127.0.0.1"
                    + " or 0.0.0.0", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
