package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.cli.Main;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.TargetsLoader;
import alliancesim.stats.NumberText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a free port: its API, its checks of input, its page and assets from the jar. */
class WhatIfServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.esm.min.js";
    private static WhatIfServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
        server = new WhatIfServer(s, new TargetsLoader().load(Path.of("seeds", "targets.yaml"), s.start(), s.months()), 2)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post("/api/whatif", body);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void scenarioListsTheLeversWithUnitsRangesAndDefaults() throws Exception {
        HttpResponse<String> r = get("/api/scenario");
        assertEquals(200, r.statusCode());
        JsonNode s = JSON.readTree(r.body());
        assertEquals("2023-09", s.get("start").asText());
        assertEquals("2026-02", s.get("record_ends").asText());
        List<String> keys = new ArrayList<>();
        s.get("levers").forEach(l -> keys.add(l.get("key").asText()));
        assertEquals(List.of("sanctions.pressure.rus", "sanctions.pressure.prk", "sanctions.enforcement",
                "sanctions.secondary", "china.facilitation", "munitions.prk_export_share", "munitions.capacity.prk",
                "munitions.capacity.west", "troops.prk_to_rus", "front.ceasefire"), keys);
        JsonNode pressure = s.get("levers").get(0);
        assertEquals("share", pressure.get("unit").asText());
        assertEquals(0.0, pressure.get("min").asDouble());
        assertEquals(1.0, pressure.get("max").asDouble());
        assertEquals(0.6, pressure.get("default").asDouble());
        JsonNode shells = s.get("outputs").get(0);
        assertEquals("shells_transferred", shells.get("key").asText());
        assertTrue(shells.get("figures").size() > 0, "the public figures of shells delivered are drawn");
        for (JsonNode f : shells.get("figures")) {
            assertTrue(f.get("low").asDouble() <= f.get("value").asDouble()
                    && f.get("value").asDouble() <= f.get("high").asDouble(), f.toString());
        }
    }

    /** Behind "more", every other parameter of the registry, with its range; the API takes and checks them as levers. */
    @Test
    void theRestOfTheParametersAreListedAndCheckedAsLevers() throws Exception {
        JsonNode s = JSON.readTree(get("/api/scenario").body());
        List<String> keys = new ArrayList<>();
        s.get("levers").forEach(l -> keys.add(l.get("key").asText()));
        s.get("more").forEach(l -> keys.add(l.get("key").asText()));
        assertEquals(alliancesim.model.Param.all().stream().map(alliancesim.model.Param::key).sorted().toList(),
                keys.stream().sorted().toList(), "each parameter once");
        for (JsonNode l : s.get("more")) {
            double v = l.get("default").asDouble();
            assertTrue(l.get("min").asDouble() <= v && v <= l.get("max").asDouble(), l.toString());
            double steps = (v - l.get("min").asDouble()) / l.get("step").asDouble();
            assertEquals(Math.rint(steps), steps, 1e-6 * Math.max(1, steps), "the scenario's value is on the slider: " + l);
        }
        JsonNode exchange = s.get("more").get(0);
        double above = exchange.get("max").asDouble() * 2 + 1;
        HttpResponse<String> r = post("{\"levers\": {\"" + exchange.get("key").asText() + "\": " + above + "}}");
        assertEquals(400, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("out of range"), r.body());
    }

    /** The page's numbers are `whatif`'s: the same sentences, and the same differences as summary.csv holds them. */
    @Test
    void whatIfGivesThePairedDifferenceThatWhatifGives() throws Exception {
        HttpResponse<String> r = post("{\"levers\": {\"sanctions.enforcement\": 0.9, \"china.facilitation\": 0.2},"
                + " \"replications\": 12}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals(12, answer.get("replications").asInt());

        Path out = dir.resolve("whatif");
        StringWriter printed = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"whatif", "scenarios/baseline.yaml", "--replications", "12", "--set",
            "sanctions.enforcement=0.9", "--set", "china.facilitation=0.2", "--threads", "2", "--out", out.toString()},
                new PrintWriter(printed), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<org.apache.commons.csv.CSVRecord> summary = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(out.resolve("summary.csv"))).getRecords();
        assertEquals(8, answer.get("outputs").size());
        for (JsonNode o : answer.get("outputs")) {
            String key = o.get("key").asText();
            assertTrue(printed.toString().contains("  " + o.get("sentence").asText() + "\n"),
                    key + ": " + o.get("sentence").asText() + " not in\n" + printed);
            org.apache.commons.csv.CSVRecord row = summary.stream().filter(f -> f.get("output").equals(key)).findFirst()
                    .orElseThrow();
            JsonNode d = o.get("difference");
            assertEquals(row.get("n"), d.get("n").asText(), key);
            assertEquals(row.get("difference"), NumberText.csv(d.get("difference").asDouble()), key);
            assertEquals(row.get("ci90_low"), NumberText.csv(d.get("low").asDouble()), key);
            assertEquals(row.get("ci90_high"), NumberText.csv(d.get("high").asDouble()), key);
            assertEquals(52, o.get("before").get("p50").size());
            assertEquals(52, o.get("after").get("p95").size());
        }

        // the page's downloads of the same setting: differences.csv is summary.csv's numbers, bands.csv the arms' timeseries.csv
        String query = "?sanctions.enforcement=0.9&china.facilitation=0.2&replications=12";
        HttpResponse<String> differences = get("/download/differences.csv" + query);
        assertEquals(200, differences.statusCode(), differences.body());
        assertTrue(differences.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"baseline-whatif-differences.csv\""));
        List<org.apache.commons.csv.CSVRecord> rows = csv(differences.body());
        assertEquals(8, rows.size());
        for (org.apache.commons.csv.CSVRecord row : rows) {
            org.apache.commons.csv.CSVRecord expected = summary.stream().filter(f -> f.get("output").equals(row.get("output")))
                    .findFirst().orElseThrow();
            for (String column : List.of("n", "unit", "statistic", "before_mean", "after_mean", "difference", "ci90_low", "ci90_high")) {
                assertEquals(expected.get(column), row.get(column), row.get("output") + " " + column);
            }
        }
        HttpResponse<String> bands = get("/download/bands.csv" + query);
        assertEquals(200, bands.statusCode(), bands.body());
        List<org.apache.commons.csv.CSVRecord> bandRows = csv(bands.body());
        assertEquals(8 * 2 * 52, bandRows.size());
        for (String arm : List.of("before", "after")) {
            String name = arm.equals("before") ? "as_it_is" : "with_levers";
            for (org.apache.commons.csv.CSVRecord t : csv(Files.readString(out.resolve(arm).resolve("timeseries.csv")))) {
                org.apache.commons.csv.CSVRecord row = bandRows.stream().filter(b -> b.get("arm").equals(name)
                        && b.get("output").equals(t.get("output")) && b.get("month").equals(t.get("month"))).findFirst()
                        .orElse(null);
                if (row == null) {
                    continue; // an output the page does not chart
                }
                for (String column : List.of("date", "n", "p05", "p50", "p95")) {
                    assertEquals(t.get(column), row.get(column), arm + " " + t.get("output") + " " + t.get("month"));
                }
            }
        }
    }

    private static List<org.apache.commons.csv.CSVRecord> csv(String text) throws IOException {
        return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    /** The page's setting as a scenario file: the loader reads it, and it sets what the page set. */
    @Test
    void theDownloadedScenarioLoadsWithTheSameOverrides() throws Exception {
        HttpResponse<String> r = get("/download/scenario.yaml?sanctions.enforcement=0.9&troops.prk_to_rus=5000"
                + "&front.ceasefire=true&replications=50&join=ignored");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        Path file = dir.resolve("my-question.yaml");
        Files.writeString(file, r.body());
        Scenario loaded = new ScenarioLoader().load(file);
        Scenario expected = server.scenario().withSet(alliancesim.model.Param.SANCTIONS_ENFORCEMENT, 0.9)
                .withSet(alliancesim.model.Param.TROOPS_PRK_TO_RUS, 5000)
                .withSet(alliancesim.model.Param.FRONT_CEASEFIRE, 1);
        assertEquals(expected.parameters(), loaded.parameters(), r.body());
        assertEquals(50, loaded.replications());
        assertEquals(server.scenario().events(), loaded.events());
        assertEquals(server.scenario().months(), loaded.months());
        assertEquals(server.scenario().seed(), loaded.seed());
        assertEquals("baseline-whatif", loaded.name());
    }

    @Test
    void aDownloadChecksItsAddressAsAWhatIfChecksItsBody() throws Exception {
        assertEquals("sanctions.enforcement takes a number (share), not \"NaN\"",
                JSON.readTree(get("/download/scenario.yaml?sanctions.enforcement=NaN").body()).get("error").asText());
        assertEquals(400, get("/download/bands.csv?sanctions.enforcement=1e400").statusCode());
        assertTrue(get("/download/scenario.yaml?sanctions.enforcment=0.5").body().contains("did you mean"));
        assertEquals(400, get("/download/scenario.yaml?replications=2&replications=3").statusCode());
        assertEquals(404, get("/download/..%2fpom.xml").statusCode());
        assertEquals(404, get("/download/report.html").statusCode());
    }

    /**
     * Play mode's run is replicate 0 of the what-if's ensemble: month by month the batch simulator's run on
     * that replicate's seed and posterior draw, and its total or final value the one the ensemble pairs.
     */
    @Test
    void playGivesTheEnsemblesFirstRunMonthByMonthWithTheMap() throws Exception {
        String body = "{\"levers\": {\"sanctions.enforcement\": 0.9, \"troops.prk_to_rus\": 5000}, \"replications\": 4}";
        HttpResponse<String> r = post("/api/play", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode play = JSON.readTree(r.body());
        assertEquals(0, play.get("replicate").asInt());

        Scenario after = server.scenario().withReplications(4).withSet(alliancesim.model.Param.SANCTIONS_ENFORCEMENT, 0.9)
                .withSet(alliancesim.model.Param.TROOPS_PRK_TO_RUS, 5000);
        long seed = alliancesim.batch.SeedDerivation.runSeed(after.seed(), 0, 0);
        assertEquals(Long.toString(seed), play.get("seed").asText());
        alliancesim.model.Trajectory batch = alliancesim.calibrate.PosteriorSimulator.of(after,
                alliancesim.batch.Simulator.MODEL).simulate(after.parameters(), after.modelEvents(), after.months(), seed);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        alliancesim.batch.PairedEnsemble.Outcome ensemble = alliancesim.batch.PairedEnsemble.run(
                server.scenario().withReplications(4), after, alliancesim.calibrate.PosteriorSimulator.of(
                        server.scenario(), alliancesim.batch.Simulator.MODEL), alliancesim.calibrate.PosteriorSimulator.of(
                        after, alliancesim.batch.Simulator.MODEL), pool);
        pool.shutdown();
        assertEquals(8, play.get("outputs").size());
        for (JsonNode o : play.get("outputs")) {
            alliancesim.model.Output output = alliancesim.model.Output.byKey(o.get("key").asText()).orElseThrow();
            double[] expected = batch.series(output);
            assertEquals(expected.length, o.get("series").size());
            for (int m = 0; m < expected.length; m++) {
                assertEquals(expected[m], o.get("series").get(m).asDouble(), 0.0, output.key() + " month " + m);
            }
            double total = 0;
            for (JsonNode v : o.get("series")) {
                total += v.asDouble();
            }
            double kept = output.flow() ? total : o.get("series").get(expected.length - 1).asDouble();
            assertEquals(NumberText.csv(ensemble.withChange().finals().get(0)[output.ordinal()]), NumberText.csv(kept),
                    output.key() + ": replicate 0 of the ensemble");
        }
        assertEquals(7, play.get("states").size());
        JsonNode map = play.get("map");
        assertEquals(after.months(), map.size());
        JsonNode last = map.get(map.size() - 1);
        assertEquals(6, last.get("ties").size());
        assertEquals(batch.finalValue(alliancesim.model.Output.TIE_RUS_PRK), last.get("ties").get("RUS-PRK").asDouble(), 0.0);
        assertEquals(batch.finalValue(alliancesim.model.Output.PRK_TROOPS_AT_FRONT),
                last.get("troops_prk_at_front").asDouble(), 1e-6);
        for (String flow : List.of("shells_prk_rus", "shells_west_ukr", "sanctions_rus", "sanctions_prk")) {
            assertTrue(last.get(flow).asDouble() >= 0, flow);
        }
    }

    @Test
    void playChecksItsBodyAsAWhatIfDoes() throws Exception {
        for (String body : List.of("{\"levers\": {\"sanctions.enforcment\": 0.5}}", "{\"levers\": {\"sanctions.enforcement\": 2}}",
                "{\"levers\": {\"sanctions.enforcement\": NaN}}", "not json", "[]", "{\"replicate\": 3}")) {
            HttpResponse<String> r = post("/api/play", body);
            assertEquals(400, r.statusCode(), body);
            assertFalse(JSON.readTree(r.body()).get("error").asText().isBlank(), body);
        }
        assertEquals(413, post("/api/play", "{\"x\": \"" + "a".repeat(WhatIfRequest.MAX_BODY_BYTES) + "\"}").statusCode());
        int get = get("/api/play").statusCode();
        assertTrue(get >= 400 && get < 500, "GET /api/play: " + get);
        assertEquals(200, post("/api/play", "{}").statusCode(), "and it keeps serving");
    }

    @Test
    void aLeverOutOfRangeIsRefused() throws Exception {
        HttpResponse<String> r = post("{\"levers\": {\"sanctions.enforcement\": 1.5}}");
        assertEquals(400, r.statusCode());
        assertEquals("sanctions.enforcement = 1.5 is out of range; use a value from 0 to 1 (share)",
                JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void replicationsAboveTheCapAreRefused() throws Exception {
        HttpResponse<String> r = post("{\"replications\": 201}");
        assertEquals(400, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("from 2 to 200"), r.body());
    }

    @Test
    void badInputGetsAMessageAndTheServerGoesOn() throws Exception {
        for (String body : List.of("{\"levers\": {\"sanctions.enforcment\": 0.5}}", "{\"levers\": {\"troops.prk_to_rus\": 0.5}}",
                "{\"levers\": {\"sanctions.enforcement\": \"high\"}}", "{\"levers\": {\"sanctions.enforcement\": 1e400}}",
                "{\"levers\": [1]}", "{\"file\": \"/etc/passwd\"}", "[]", "not json", "{\"replications\": 1.5}")) {
            HttpResponse<String> r = post(body);
            assertEquals(400, r.statusCode(), body);
            assertFalse(JSON.readTree(r.body()).get("error").asText().isBlank(), body);
        }
        assertTrue(post("{\"levers\": {\"sanctions.enforcment\": 0.5}}").body().contains("did you mean 'sanctions.enforcement'"));
        assertEquals(413, post("{\"levers\": {}, \"x\": \"" + "a".repeat(WhatIfRequest.MAX_BODY_BYTES) + "\"}").statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
        assertEquals(200, get("/api/scenario").statusCode());
    }

    /** NaN, infinities and huge numbers are numbers to JSON or JavaScript; to a lever they are out of range or not JSON. */
    @Test
    void nanInfinitiesAndHugeNumbersAreRefused() throws Exception {
        for (String v : List.of("NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e400", "\"NaN\"")) {
            HttpResponse<String> r = post("{\"levers\": {\"sanctions.enforcement\": " + v + "}}");
            assertEquals(400, r.statusCode(), v);
            String error = JSON.readTree(r.body()).get("error").asText();
            assertTrue(error.contains("out of range") || error.contains("not valid JSON") || error.contains("takes a number"),
                    v + ": " + error);
        }
        assertEquals(400, post("{\"replications\": 1e9}").statusCode());
        assertEquals(400, post("{\"replications\": 99999999999999999999}").statusCode());
    }

    /** No address reaches a file outside the page's own: dots, encoded dots and slashes, NUL, the seeds in the jar. */
    @Test
    void pathTricksReachNoFile() throws Exception {
        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2fseeds%2fevidence.yaml",
                "/../seeds/evidence.yaml", "/seeds/evidence.yaml", "/webjars/../../seeds/evidence.yaml",
                "/webjars/echarts/5.3.1/..%2f..%2f..%2fseeds/evidence.yaml", "/app.js%00.txt", "/%5c..%5cpom.xml",
                "/web/index.html", "//etc/passwd", "/api/../../pom.xml")) {
            String answer = raw(path);
            int status = Integer.parseInt(answer.substring(9, 12));
            assertTrue(status >= 400 && status < 500, path + " -> " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("<project") || answer.contains("parameters:") || answer.contains("root:"),
                    path + " served a file:\n" + answer);
        }
        assertEquals(200, get("/api/scenario").statusCode(), "and it keeps serving");
    }

    /** A GET sent as written, without the client library tidying the path first. */
    private static String raw(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePageAndTheChartLibraryComeFromTheJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\">"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        for (String asset : List.of("/app.js", "/chart.js", "/map.js", "/app.css", ECHARTS)) {
            HttpResponse<String> r = get(asset);
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.body().length() > 500, asset);
        }
        assertTrue(get(ECHARTS).body().contains("renderToSVGString"), "ECharts with its SVG renderer");
    }
}
