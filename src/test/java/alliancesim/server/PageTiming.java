package alliancesim.server;

import alliancesim.batch.ScenarioRun;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.TargetsLoader;
import alliancesim.stats.Summary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A measuring run, not a test: the page in headless Chromium with 200 paired runs, a slider moved
 * with the keyboard MOVES times, and the time from each release to the charts' next paint as the page
 * measures it, with its phases (server, the rest of the round trip, parsing, the charts' update, the
 * paint); then screenshots of the page at a laptop's 1280×720, at 1280×1150 (down to play mode's map) and on a
 * phone's 390×844: docs/img/serve-1280x720.png, serve-play-1280x1150.png and serve-390x844.png.
 * Arguments: FOLDER for the screenshots, MOVES (default 40).
 */
public final class PageTiming {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page the screenshots show: two levers moved, and play mode's run up to month 30 (2026-03) with its map. */
    private static final String SHOWN = "?sanctions.enforcement=0.9&china.facilitation=0.2&month=30";

    private PageTiming() {
    }

    public static void main(String[] args) throws Exception {
        String missing = Chromium.missing();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "results/page");
        int moves = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Files.createDirectories(folder);
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
        try (WhatIfServer server = new WhatIfServer(s, new TargetsLoader().load(Path.of("seeds", "targets.yaml"),
                s.start(), s.months()), ScenarioRun.defaultThreads()).start("127.0.0.1", 0)) {
            String page = "http://127.0.0.1:" + server.port() + "/";
            ChromeDriver browser = Chromium.open(1280, 720);
            try {
                browser.get(page + "?replications=200");
                waitFor(browser, 1);
                WebElement slider = browser.findElement(By.cssSelector("input[data-key='sanctions.enforcement']"));
                int warmup = 5;
                double[] ms = new double[moves];
                double[] all = new double[moves];
                java.util.Map<String, double[]> phases = new java.util.LinkedHashMap<>();
                long last = 0;
                for (int i = 0; i < warmup + moves; i++) {
                    // a move every 1.2 s at most: the page's rate limit refills one what-if (and its play run) a second
                    Thread.sleep(Math.max(0, last + 1200 - System.currentTimeMillis()));
                    last = System.currentTimeMillis();
                    slider.sendKeys(i % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
                    waitFor(browser, i + 2);
                    if (i >= warmup) {
                        ms[i - warmup] = Double.parseDouble((String) browser.executeScript(
                                "return document.body.dataset.redrawMs"));
                        all[i - warmup] = Double.parseDouble((String) browser.executeScript(
                                "return document.body.dataset.allMs"));
                        JsonNode phase = JSON.readTree((String) browser.executeScript("return document.body.dataset.phases"));
                        for (var e : phase.properties()) {
                            phases.computeIfAbsent(e.getKey(), k -> new double[moves])[i - warmup] = e.getValue().asDouble();
                        }
                    }
                }
                Summary t = Summary.of(ms);
                System.out.printf(moves == 0 ? "" : "release to redrawn charts, 200 paired runs, %d moves: p50 %.0f ms, p95 %.0f ms,"
                        + " mean %.0f ms%n", moves, t.p50(), t.p95(), t.mean());
                Summary a = Summary.of(all);
                System.out.printf(moves == 0 ? "" : "  and every chart, those off screen too: p50 %.0f ms, p95 %.0f ms%n",
                        a.p50(), a.p95());
                phases.forEach((name, values) -> {
                    Summary p = Summary.of(values);
                    System.out.printf("  %-8s p50 %5.1f ms, p95 %5.1f ms, mean %5.1f ms%n", name, p.p50(), p.p95(), p.mean());
                });
                shoot(browser, page + SHOWN, folder.resolve("page-1280x720.png"));
            } finally {
                browser.quit();
            }
            ChromeDriver tall = Chromium.open(1280, 1150);
            try {
                shoot(tall, page + SHOWN, folder.resolve("page-play-1280x1150.png"));
            } finally {
                tall.quit();
            }
            ChromeDriver phone = Chromium.open(390, 844);
            try {
                shoot(phone, page + SHOWN, folder.resolve("page-390x844.png"));
            } finally {
                phone.quit();
            }
        }
    }

    private static void shoot(ChromeDriver browser, String url, Path file) throws Exception {
        browser.get(url);
        waitFor(browser, 1);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> "30".equals(
                browser.executeScript("return document.body.dataset.month || null")));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot " + file);
    }

    private static void waitFor(ChromeDriver browser, int seq) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> String.valueOf(seq).equals(
                    browser.executeScript("return document.body.dataset.ready || null")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("move " + seq + " was not redrawn; the page says: "
                    + browser.executeScript("return document.getElementById('status').textContent"), e);
        }
    }
}
