package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page open to a room: the join code, the rate limit per page, the cap on months, a short load test. */
class WhatIfServerRoomTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JoinCode CODE = new JoinCode("K7PQ2M");
    private static final String BODY = "{\"levers\": {\"sanctions.enforcement\": 0.5}, \"replications\": 2}";

    private final Scenario baseline = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").asText();
    }

    @Test
    void everyRequestWithoutTheJoinCodeIsRefusedAndNothingRuns() throws Exception {
        try (WhatIfServer server = new WhatIfServer(baseline, List.of(), 1, Optional.of(CODE)).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/", "/app.js", "/api/scenario", "/webjars/echarts/5.3.1/dist/echarts.esm.min.js",
                    "/nothing")) {
                HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + path)));
                assertEquals(401, r.statusCode(), path);
                assertTrue(error(r).contains("?join=CODE"), r.body());
            }
            HttpResponse<String> post = send(http, HttpRequest.newBuilder(URI.create(base + "/api/whatif"))
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)));
            assertEquals(401, post.statusCode());
            assertEquals(401, send(http, HttpRequest.newBuilder(URI.create(base + "/api/play"))
                    .POST(HttpRequest.BodyPublishers.ofString(BODY))).statusCode(), "play mode needs the code too");
            HttpResponse<String> wrong = send(http, HttpRequest.newBuilder(URI.create(base + "/?join=K7PQ2N")));
            assertEquals(403, wrong.statusCode());
            assertTrue(error(wrong).startsWith("wrong join code"), wrong.body());
            assertEquals(403, send(http, HttpRequest.newBuilder(URI.create(base + "/api/scenario"))
                    .header(JoinCode.HEADER, "")).statusCode());
        }
    }

    @Test
    void theCodeInTheAddressIsKeptAsACookieAndAScriptSendsItAsAHeader() throws Exception {
        try (WhatIfServer server = new WhatIfServer(baseline, List.of(), 1, Optional.of(CODE)).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(base + "/?join=k7pq2m")));
            assertEquals(200, page.statusCode(), "case does not matter");
            assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("join=K7PQ2M;")
                    && c.contains("HttpOnly") && c.contains("SameSite=Strict")), page.headers().toString());
            assertEquals(200, send(browser, HttpRequest.newBuilder(URI.create(base + "/app.js"))).statusCode());
            assertEquals(200, send(browser, HttpRequest.newBuilder(URI.create(base + "/api/whatif"))
                    .POST(HttpRequest.BodyPublishers.ofString(BODY))).statusCode());
            assertEquals(200, send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/api/scenario"))
                    .header(JoinCode.HEADER, "K7PQ2M")).statusCode());
        }
    }

    @Test
    void aPageThatAsksTooOftenIsToldToWaitAndAnotherPageIsNot() throws Exception {
        long[] frozen = {0};
        RateLimit limit = new RateLimit(1, 2, () -> frozen[0]);
        try (WhatIfServer server = new WhatIfServer(baseline, List.of(), 1, Optional.empty(), limit,
                new WorkQueue(1, 4, 60_000)).start("127.0.0.1", 0)) {
            URI whatIf = URI.create("http://127.0.0.1:" + server.port() + "/api/whatif");
            URI scenario = URI.create("http://127.0.0.1:" + server.port() + "/api/scenario");
            HttpClient page = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertEquals(200, send(page, HttpRequest.newBuilder(scenario)).statusCode(), "the page gets its id");
            for (int i = 0; i < 2; i++) {
                assertEquals(200, send(page, HttpRequest.newBuilder(whatIf).POST(HttpRequest.BodyPublishers.ofString(BODY)))
                        .statusCode(), "move " + i);
            }
            HttpResponse<String> third = send(page, HttpRequest.newBuilder(whatIf)
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)));
            assertEquals(429, third.statusCode());
            assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
            assertTrue(error(third).startsWith("too many what-ifs"), third.body());
            HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertEquals(200, send(other, HttpRequest.newBuilder(scenario)).statusCode());
            assertEquals(200, send(other, HttpRequest.newBuilder(whatIf).POST(HttpRequest.BodyPublishers.ofString(BODY)))
                    .statusCode(), "another page has its own allowance");
            HttpResponse<String> forged = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(whatIf)
                    .header("Cookie", "client=0123456789abcdef01234567").POST(HttpRequest.BodyPublishers.ofString(BODY)));
            assertEquals(200, forged.statusCode(), "an id the server did not give counts as the address's first move");
        }
    }

    @Test
    void aScenarioLongerThanTheCapIsRefusedBeforeItServes() {
        Scenario tooLong = baseline.withHorizon(WhatIfServer.MAX_MONTHS + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WhatIfServer(tooLong, List.of(), 1));
        assertTrue(e.getMessage().contains("at most " + WhatIfServer.MAX_MONTHS), e.getMessage());
    }

    @Test
    void aShortLoadTestCountsEveryAnswer() throws Exception {
        JoinCode code = JoinCode.random(new SecureRandom());
        try (WhatIfServer server = new WhatIfServer(baseline, List.of(), 1, Optional.of(code)).start("127.0.0.1", 0)) {
            LoadTest.Report r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port() + "/"), Optional.of(code), 3,
                    Duration.ofSeconds(3), Duration.ofSeconds(1), 2, 1);
            assertTrue(r.requests() >= 3, "each client moves its slider within the first second: " + r);
            assertEquals(r.requests(), r.statuses().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(0, r.errors(), r.statuses().toString());
            assertEquals(LoadTest.WINDOWS, r.heapMb().size());
        }
    }

    @Test
    void aJoinCodeIsSixCharactersThatCannotBeMisread() {
        String c = JoinCode.random(new SecureRandom()).code();
        assertTrue(c.matches("[A-HJKMNP-Z2-9]{6}"), c);
        assertThrows(IllegalArgumentException.class, () -> new JoinCode("AB0O"));
    }
}
