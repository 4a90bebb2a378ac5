package alliancesim.cli;

import alliancesim.batch.ScenarioRun;
import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import alliancesim.server.JoinCode;
import alliancesim.server.LoadTest;
import alliancesim.server.WhatIfServer;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
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
        + " runs before and after. Stops with Ctrl-C.", subcommands = ServeCommand.Load.class)
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
            throw new InvalidInputException("--port " + port + " is out of range; give 1 to 65535, or 0 for any free port");
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
        // open to a network, the page needs a join code; on this computer alone it does not
        Optional<JoinCode> code = address.isLoopbackAddress() ? Optional.empty()
                : Optional.of(JoinCode.random(new SecureRandom()));
        if (scenario.months() > WhatIfServer.MAX_MONTHS) {
            // the server refuses such a scenario too, but as a precondition of its own: here it is the user's file
            throw new InvalidInputException(scenario.name() + " runs " + scenario.months() + " months; the page serves"
                    + " at most " + WhatIfServer.MAX_MONTHS + ": shorten the scenario's months");
        }
        WhatIfServer server = new WhatIfServer(scenario, figures, ScenarioRun.defaultThreads(), code);
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            throw new InvalidInputException("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
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
        if (code.isEmpty()) {
            out.printf("alliance-sim serve: %s%n  open http://%s:%d/ in a browser; Ctrl-C stops it%n", scenario.title(),
                    shown, server.port());
        } else {
            out.printf("alliance-sim serve: %s%n  join code: %s%n", scenario.title(), code.get().code());
            for (String a : address.isAnyLocalAddress() ? networkAddresses() : List.of(shown)) {
                out.printf("  the class opens http://%s:%d/?join=%s%n", a, server.port(), code.get().code());
            }
            out.println("  Ctrl-C stops it");
        }
        out.flush();
        err.flush();
        stopped.await();
        return Main.OK;
    }

    /** This computer's IPv4 addresses on its networks, where a class can reach it when it listens on all of them. */
    private static List<String> networkAddresses() {
        try {
            List<String> found = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
                    .map(InetAddress::getHostAddress).sorted().toList();
            return found.isEmpty() ? List.of("THIS-COMPUTER") : found;
        } catch (java.net.SocketException e) {
            return List.of("THIS-COMPUTER");
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidInputException("--host " + host + ": not an address of this computer; give e.g. 127.0.0.1"
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

    /** `serve load`: a room of simulated students against a page on this computer, with its join code. */
    @Command(name = "load", description = "Load-test the page: CLIENTS simulated students, each moving a slider every"
            + " few seconds, against a server started here with a join code; prints latency, errors and heap.")
    static final class Load implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file (default:"
                + " scenarios/baseline.yaml)")
        Path file = Path.of("scenarios", "baseline.yaml");

        @Option(names = "--clients", description = "simulated students (default: 30)")
        int clients = 30;

        @Option(names = "--seconds", description = "how long (default: 60)")
        int seconds = 60;

        @Option(names = "--every", paramLabel = "SECONDS", description = "seconds between one student's slider moves"
                + " (default: 2)")
        double every = 2;

        @Option(names = "--replications", description = "paired runs a what-if, as the page's menu (default: 100)")
        int replications = alliancesim.server.WhatIfRequest.DEFAULT_REPLICATIONS;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || !(every >= 0.1 && every <= 600)
                    || replications < 2 || replications > alliancesim.server.WhatIfRequest.MAX_REPLICATIONS) {
                throw new InvalidInputException("give --clients 1 to 1000, --seconds 1 to 3600, --every 0.1 to 600 and"
                        + " --replications 2 to " + alliancesim.server.WhatIfRequest.MAX_REPLICATIONS);
            }
            PrintWriter out = spec.commandLine().getOut();
            Scenario scenario = new ScenarioLoader().load(file);
            JoinCode code = JoinCode.random(new SecureRandom());
            try (WhatIfServer server = new WhatIfServer(scenario, List.of(), ScenarioRun.defaultThreads(), Optional.of(code))
                    .start("127.0.0.1", 0)) {
                out.printf("serve load: %d clients for %d s, a slider move every %s s each, %d paired runs a what-if,"
                        + " against %s on 127.0.0.1:%d%n", clients, seconds, every, replications, scenario.name(),
                        server.port());
                out.flush();
                LoadTest.Report r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port() + "/"), Optional.of(code),
                        clients, Duration.ofSeconds(seconds), Duration.ofMillis(Math.round(every * 1000)), replications,
                        scenario.seed());
                out.printf("what-ifs: %d, errors: %d (statuses %s)%n", r.requests(), r.errors(), r.statuses());
                out.printf("latency: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", r.p50Millis(), r.p95Millis(), r.maxMillis());
                out.printf("heap after a full collection every %d s: %s MB%n", seconds / LoadTest.WINDOWS, r.heapMb().stream()
                        .map(h -> String.valueOf(Math.round(h))).collect(java.util.stream.Collectors.joining(", ")));
            }
            return Main.OK;
        }
    }
}
