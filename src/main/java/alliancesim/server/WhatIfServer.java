package alliancesim.server;

import alliancesim.batch.PairedEnsemble;
import alliancesim.batch.Simulator;
import alliancesim.calibrate.Posterior;
import alliancesim.calibrate.PosteriorSimulator;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * `serve`: the browser page and its JSON API over the paired what-if, on an embedded Javalin server.
 * GET /api/scenario describes the scenario, its levers, outputs, events and public figures; POST
 * /api/whatif runs the scenario as it is and with the levers changed on the same seeds and
 * answers with the bands and paired differences; POST /api/play answers with one of those runs month by
 * month, with the map's flows and ties. Every asset comes from the jar (the page from web/, ECharts
 * from its WebJar). No request names a file.
 */
public final class WhatIfServer implements AutoCloseable {
    /**
     * What-ifs computed at once, and how many more may wait (a class of 30 moving sliders together), each
     * for at most {@link #BUSY_WAIT_MILLIS}; beyond that a request is told at once to try again.
     */
    static final int CONCURRENT_WHATIFS = 2;
    static final int WAITING_WHATIFS = 32;
    static final long BUSY_WAIT_MILLIS = 10_000;
    /** What-ifs a client may ask for in a burst, and how fast they come back: a slider move a second is fine. */
    static final int RATE_BURST = 5;
    static final double RATE_PER_SECOND = 1;
    /**
     * A play run's share of a token: one run against a what-if's hundreds, fetched after each what-if, so
     * the page's play mode and map cost a slider move a tenth more, not twice as much.
     */
    static final double PLAY_COST = 0.1;
    /** Clients remembered at once (each a page open in a browser); past it, clients are told apart by address only. */
    static final int MAX_CLIENTS = 10_000;
    /** The longest scenario served: months × replications bound each what-if's work. */
    public static final int MAX_MONTHS = 240;
    static final String CLIENT_COOKIE = "client";
    static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scenario scenario;
    private final String scenarioJson;
    private final AsItIsRuns beforeSimulator;
    /**
     * The as-it-is arm's bands by number of runs: its runs are the same at every slider move (see
     * {@link AsItIsRuns}), so their summaries are too. At most one entry for each number of runs allowed.
     */
    private final Map<Integer, Map<Output, Map<String, Object>>> asItIsBands = new java.util.concurrent.ConcurrentHashMap<>();
    private final Posterior posterior;
    private final ExecutorService pool;
    private final WorkQueue queue;
    private final RateLimit rateLimit;
    private final Optional<JoinCode> joinCode;
    private final SecureRandom random = new SecureRandom();
    private Javalin app;

    /** A server for one scenario, its public figures ({@code targets}, may be empty) and {@code threads} workers. */
    public WhatIfServer(Scenario scenario, java.util.List<Target> targets, int threads) {
        this(scenario, targets, threads, Optional.empty());
    }

    /** As above; with a join code every request without it is refused (a page open to a room). */
    public WhatIfServer(Scenario scenario, java.util.List<Target> targets, int threads, Optional<JoinCode> joinCode) {
        this(scenario, targets, threads, joinCode, new RateLimit(RATE_PER_SECOND, RATE_BURST, System::nanoTime),
                new WorkQueue(CONCURRENT_WHATIFS, WAITING_WHATIFS, BUSY_WAIT_MILLIS));
    }

    /** As above, with the limits given (tests stop the rate limit's clock). */
    WhatIfServer(Scenario scenario, java.util.List<Target> targets, int threads, Optional<JoinCode> joinCode,
                 RateLimit rateLimit, WorkQueue queue) {
        this.rateLimit = rateLimit;
        this.queue = queue;
        if (scenario.months() > MAX_MONTHS) {
            throw new IllegalArgumentException(scenario.name() + " runs " + scenario.months() + " months; the page serves"
                    + " at most " + MAX_MONTHS + ": shorten the scenario's months");
        }
        this.joinCode = joinCode;
        this.scenario = scenario;
        this.posterior = scenario.posterior().map(Posterior::read).orElse(null);
        this.beforeSimulator = new AsItIsRuns(scenario, simulator(scenario), WhatIfRequest.MAX_REPLICATIONS);
        this.scenarioJson = write(Api.scenario(scenario, targets));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whatif-runs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts listening on host:port (0: any free port); {@link #port()} tells which. */
    public WhatIfServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = WhatIfRequest.MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(WhatIfServer::securityHeaders);
            config.routes.before(this::checkJoinCode);
            config.routes.get("/api/scenario", ctx -> {
                client(ctx);
                json(ctx, 200, scenarioJson);
            });
            config.routes.post("/api/whatif", this::whatIf);
            config.routes.post("/api/play", this::play);
            config.routes.get("/download/{name}", this::download);
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "the server failed on this request ("
                    + e.getClass().getSimpleName() + "); it keeps serving; please report it"));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "no such API: " + WhatIfRequest.shown(ctx.path())
                            + "; there are GET /api/scenario, POST /api/whatif and POST /api/play");
                }
            });
        });
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        pool.shutdownNow();
    }

    /** The paired what-if of a checked request, as the API answers it. */
    public Map<String, Object> whatIf(WhatIfRequest request) {
        long started = System.nanoTime();
        PairedEnsemble.Outcome outcome = outcome(request);
        double millis = (System.nanoTime() - started) / 1e6;
        Map<Output, Map<String, Object>> asItIs = asItIsBands.computeIfAbsent(request.replications(),
                n -> Api.bands(outcome.asItIs(), outcome.before().months()));
        return Api.whatIf(outcome, asItIs, request, millis);
    }

    /**
     * The first run of the request's what-if arm (replicate 0: its seed and posterior draw) month by month,
     * with the map's flows and ties; its outputs are those the ensemble's replicate 0 gives.
     */
    public Map<String, Object> play(WhatIfRequest request) {
        long started = System.nanoTime();
        Map<String, Object> m = new java.util.LinkedHashMap<>(OneRun.play(withLevers(request), posterior));
        m.put("server_ms", Math.round((System.nanoTime() - started) / 1e5) / 10.0);
        return m;
    }

    /** The scenario as it is and with the request's levers, on the same seeds and posterior draws. */
    private PairedEnsemble.Outcome outcome(WhatIfRequest request) {
        Scenario after = withLevers(request);
        return PairedEnsemble.run(scenario.withReplications(request.replications()), after, beforeSimulator,
                simulator(after), pool);
    }

    private Scenario withLevers(WhatIfRequest request) {
        Scenario after = scenario.withReplications(request.replications());
        for (Map.Entry<Param, Double> e : request.levers().entrySet()) {
            after = after.withSet(e.getKey(), e.getValue());
        }
        return after;
    }

    private void whatIf(Context ctx) throws IOException, InterruptedException {
        WhatIfRequest request = WhatIfRequest.parse(body(ctx));
        limit(ctx);
        long asked = System.nanoTime();
        long[] started = new long[1];
        Map<String, Object> answer = queue.run(() -> {
            started[0] = System.nanoTime();
            return whatIf(request);
        });
        long computed = System.nanoTime();
        String body = write(answer);
        // where the server's time went, as browsers show it (Server-Timing): the wait for a worker, the
        // runs and their summaries, and writing the JSON; the page's timing reads it
        ctx.header("Server-Timing", "queue;dur=" + millis(started[0] - asked) + ", whatif;dur="
                + millis(computed - started[0]) + ", json;dur=" + millis(System.nanoTime() - computed));
        json(ctx, 200, body);
    }

    private static String millis(long nanos) {
        return String.valueOf(Math.round(nanos / 1e5) / 10.0);
    }

    private void play(Context ctx) throws IOException, InterruptedException {
        WhatIfRequest request = WhatIfRequest.parse(body(ctx));
        limit(ctx, PLAY_COST);
        json(ctx, 200, write(queue.run(() -> play(request))));
    }

    /** GET /download/NAME?levers: the page's setting as a scenario file, or its numbers as CSV. */
    private void download(Context ctx) throws InterruptedException {
        WhatIfRequest request = WhatIfRequest.fromQuery(ctx.queryParamMap());
        String name = ctx.pathParam("name");
        String base = Downloads.parentName(scenario) + "-whatif";
        switch (name) {
            case "scenario.yaml" -> attach(ctx, base + ".yaml", "application/yaml; charset=utf-8",
                    Downloads.scenarioYaml(scenario, request));
            case "bands.csv", "differences.csv" -> {
                limit(ctx);
                PairedEnsemble.Outcome outcome = queue.run(() -> outcome(request));
                attach(ctx, base + "-" + name, "text/csv; charset=utf-8", name.equals("bands.csv")
                        ? Downloads.bandsCsv(outcome) : Downloads.differencesCsv(outcome));
            }
            default -> throw new BadRequest(404, "no such download: " + WhatIfRequest.shown(name)
                    + "; there are scenario.yaml, bands.csv and differences.csv");
        }
    }

    private static void attach(Context ctx, String file, String type, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.status(200).contentType(type).result(body);
    }

    /** A what-if taken from the client's allowance, or a 429 that says when to ask again. */
    private void limit(Context ctx) {
        limit(ctx, 1);
    }

    private void limit(Context ctx, double cost) {
        double wait = rateLimit.take(client(ctx), cost);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf((long) Math.ceil(wait)));
            throw new BadRequest(429, "too many what-ifs from this page at once: wait a second and move the slider again");
        }
    }

    /**
     * Who asks, for the rate limit: the id this server gave the page in a cookie, or else its address. A
     * page gets an id with the scenario or its first what-if; an id the server did not give counts as none.
     */
    private String client(Context ctx) {
        String id = ctx.cookie(CLIENT_COOKIE);
        if (id != null && rateLimit.knows(id)) {
            return id;
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String issued = java.util.HexFormat.of().formatHex(bytes);
        if (rateLimit.admit(issued, MAX_CLIENTS)) {
            ctx.addHeader("Set-Cookie", CLIENT_COOKIE + "=" + issued + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return "address " + ctx.ip();
    }

    /** With a join code: the code from the address (then kept as a cookie), the cookie or the header, or a 401/403. */
    private void checkJoinCode(Context ctx) {
        if (joinCode.isEmpty()) {
            return;
        }
        String fromAddress = ctx.queryParam("join");
        String given = fromAddress != null ? fromAddress
                : ctx.header(JoinCode.HEADER) != null ? ctx.header(JoinCode.HEADER) : ctx.cookie(JoinCode.COOKIE);
        if (given == null) {
            throw new BadRequest(401, "this page is open to a room and needs its join code: open the address the"
                    + " teacher gives, ending in ?join=CODE (scripts send the header " + JoinCode.HEADER + ")");
        }
        if (!joinCode.get().matches(given)) {
            throw new BadRequest(403, "wrong join code: check the code the teacher gives and open the address again");
        }
        if (fromAddress != null) {
            ctx.addHeader("Set-Cookie", JoinCode.COOKIE + "=" + joinCode.get().code() + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }

    /** An oversized body is read to its end up to this many bytes before the 413, beyond it not at all. */
    private static final int DRAIN_BYTES = 1 << 20;

    /** The body, refused past {@link WhatIfRequest#MAX_BODY_BYTES} whatever Content-Length says. */
    private static String body(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        try (InputStream in = ctx.bodyInputStream()) {
            if (declared > DRAIN_BYTES) {
                throw new BadRequest(413, "the body is larger than " + WhatIfRequest.MAX_BODY_BYTES + " bytes");
            }
            byte[] bytes = in.readNBytes(WhatIfRequest.MAX_BODY_BYTES + 1);
            if (declared > WhatIfRequest.MAX_BODY_BYTES || bytes.length > WhatIfRequest.MAX_BODY_BYTES) {
                // Read the rest before answering: a connection closed with bytes unread is reset, and the reset
                // can reach the client before the 413 does (it then sees no answer at all).
                drain(in, DRAIN_BYTES);
                throw new BadRequest(413, "the body is larger than " + WhatIfRequest.MAX_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Reads and drops up to {@code max} bytes, a small buffer at a time (an oversized body costs no big array). */
    private static void drain(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = max; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    private Simulator simulator(Scenario s) {
        return posterior == null ? Simulator.MODEL : PosteriorSimulator.of(s, posterior, Simulator.MODEL);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }

    private static void error(Context ctx, int status, String message) {
        json(ctx, status, write(Map.of("error", message)));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** The outputs the page charts, in its order. */
    static final java.util.List<Output> OUTPUTS = java.util.List.of(Output.SHELLS_TRANSFERRED, Output.TERRITORY_CHANGE,
            Output.RUS_CASUALTIES, Output.PRK_GDP_INDEX, Output.RUS_GDP_INDEX, Output.CHINA_FACILITATION,
            Output.REGIONAL_TENSION, Output.TRILATERAL_POSTURE);

    /** The scenario's main levers, as sliders; every other registry parameter may be set through the API too. */
    static final java.util.List<Param> LEVERS = java.util.List.of(Param.SANCTIONS_PRESSURE_RUS,
            Param.SANCTIONS_PRESSURE_PRK, Param.SANCTIONS_ENFORCEMENT, Param.SANCTIONS_SECONDARY,
            Param.CHINA_FACILITATION, Param.MUNITIONS_PRK_EXPORT_SHARE, Param.MUNITIONS_CAPACITY_PRK,
            Param.MUNITIONS_CAPACITY_WEST, Param.TROOPS_PRK_TO_RUS, Param.FRONT_CEASEFIRE);
}
