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
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * `serve`: the browser page and its JSON API over the paired what-if, on an embedded Javalin server.
 * GET /api/scenario describes the scenario, its levers, outputs, events and public figures; POST
 * /api/whatif runs the scenario as it is and with the levers changed on the same seeds and
 * answers with the bands and paired differences. Every asset comes from the jar (the page from
 * web/, uPlot from its WebJar). No request names a file.
 */
public final class WhatIfServer implements AutoCloseable {
    /** What-ifs computed at once; a request that waits longer than {@link #BUSY_WAIT_SECONDS} is told to retry. */
    static final int CONCURRENT_WHATIFS = 2;
    static final int BUSY_WAIT_SECONDS = 10;
    static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scenario scenario;
    private final String scenarioJson;
    private final Simulator beforeSimulator;
    private final Posterior posterior;
    private final ExecutorService pool;
    private final Semaphore permits = new Semaphore(CONCURRENT_WHATIFS, true);
    private Javalin app;

    /** A server for one scenario, its public figures ({@code targets}, may be empty) and {@code threads} workers. */
    public WhatIfServer(Scenario scenario, java.util.List<Target> targets, int threads) {
        this.scenario = scenario;
        this.posterior = scenario.posterior().map(Posterior::read).orElse(null);
        this.beforeSimulator = simulator(scenario);
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
            config.routes.get("/api/scenario", ctx -> json(ctx, 200, scenarioJson));
            config.routes.post("/api/whatif", this::whatIf);
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "the server failed on this request ("
                    + e.getClass().getSimpleName() + "); it keeps serving; please report it"));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "no such API: " + WhatIfRequest.shown(ctx.path())
                            + "; there are GET /api/scenario and POST /api/whatif");
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
        Scenario before = scenario.withReplications(request.replications());
        Scenario after = before;
        for (Map.Entry<Param, Double> e : request.levers().entrySet()) {
            after = after.withSet(e.getKey(), e.getValue());
        }
        long started = System.nanoTime();
        PairedEnsemble.Outcome outcome = PairedEnsemble.run(before, after, beforeSimulator, simulator(after), pool);
        double millis = (System.nanoTime() - started) / 1e6;
        return Api.whatIf(outcome, request, millis);
    }

    private void whatIf(Context ctx) throws IOException, InterruptedException {
        WhatIfRequest request = WhatIfRequest.parse(body(ctx));
        if (!permits.tryAcquire(BUSY_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new BadRequest(503, "busy — try again in a moment");
        }
        try {
            json(ctx, 200, write(whatIf(request)));
        } finally {
            permits.release();
        }
    }

    /** The body, refused past {@link WhatIfRequest#MAX_BODY_BYTES} whatever Content-Length says. */
    private static String body(Context ctx) throws IOException {
        if (ctx.contentLength() > WhatIfRequest.MAX_BODY_BYTES) {
            throw new BadRequest(413, "the body is larger than " + WhatIfRequest.MAX_BODY_BYTES + " bytes");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(WhatIfRequest.MAX_BODY_BYTES + 1);
            if (bytes.length > WhatIfRequest.MAX_BODY_BYTES) {
                throw new BadRequest(413, "the body is larger than " + WhatIfRequest.MAX_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
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
