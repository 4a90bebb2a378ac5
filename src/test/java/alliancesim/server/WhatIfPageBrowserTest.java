package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.cli.Main;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.TargetsLoader;
import alliancesim.stats.NumberText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's Chromium): open it, move a slider with the mouse, wait for the
 * band to change, and find in it the numbers that the `whatif` command gives for the same setting; keep
 * a chart as SVG and PNG; play one run and find in its line the batch code's run of the first replicate.
 */
class WhatIfPageBrowserTest {
    private static final String LEVER = "sanctions.enforcement";
    private static final String OUTPUT = "shells_transferred";
    private static final int REPLICATIONS = 50;

    @TempDir
    Path dir;

    @Test
    void aSliderMovedInTheBrowserRedrawsTheBandThatWhatifComputes() throws Exception {
        String missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, missing);
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
        try (WhatIfServer server = new WhatIfServer(s, new TargetsLoader().load(Path.of("seeds", "targets.yaml"),
                s.start(), s.months()), 2).start("127.0.0.1", 0)) {
            Path downloads = Files.createDirectories(dir.resolve("downloads"));
            ChromeDriver browser = Chromium.open(1280, 720, downloads);
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/?replications=" + REPLICATIONS);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(b -> "1".equals(ready(browser)));
                List<?> firstAfter = series(browser, 5);
                assertEquals(series(browser, 2), firstAfter, "untouched sliders: the what-if band is the scenario's");

                WebElement slider = browser.findElement(By.cssSelector("input[data-key='" + LEVER + "']"));
                String before = slider.getDomProperty("value");
                // a click a quarter of the way in from the right end puts the thumb there and releases it
                new Actions(browser).moveToElement(slider, slider.getSize().getWidth() / 4, 0).click().perform();
                String value = slider.getDomProperty("value");
                assertNotEquals(before, value, "the click moved the slider");
                wait.until(b -> "2".equals(ready(browser)));
                assertNotEquals(firstAfter, series(browser, 5), "the what-if band changed");
                assertTrue(browser.getCurrentUrl().contains(LEVER + "=" + value), browser.getCurrentUrl());

                Path out = dir.resolve("whatif");
                StringWriter printed = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.execute(new String[] {"whatif", "scenarios/baseline.yaml", "--replications",
                    String.valueOf(REPLICATIONS), "--set", LEVER + "=" + value, "--threads", "2", "--out", out.toString()},
                        new PrintWriter(printed), new PrintWriter(err));
                assertEquals(0, code, err.toString());
                String sentence = browser.findElement(By.cssSelector("section[data-output='" + OUTPUT + "'] .sentence"))
                        .getText();
                assertTrue(printed.toString().contains("  " + sentence + "\n"), sentence + " not in\n" + printed);
                assertBandIs(out.resolve("after").resolve("timeseries.csv"), browser, 4, 5, 6);
                assertBandIs(out.resolve("before").resolve("timeseries.csv"), browser, 1, 2, 3);

                // the chart kept as SVG and PNG, both drawn by ECharts with the title and the sentence
                browser.findElement(By.cssSelector("section[data-output='" + OUTPUT + "'] .svg")).click();
                Path svg = downloads.resolve(OUTPUT + ".svg");
                wait.until(b -> Files.isRegularFile(svg) && svg.toFile().length() > 0);
                String svgText = Files.readString(svg);
                assertTrue(svgText.startsWith("<svg") && svgText.contains(alliancesim.model.Output.byKey(OUTPUT).orElseThrow().title()), svgText);
                assertTrue(svgText.contains(sentence.substring(0, 20)), "the sentence is in the SVG");
                browser.findElement(By.cssSelector("section[data-output='" + OUTPUT + "'] .png")).click();
                Path png = downloads.resolve(OUTPUT + ".png");
                wait.until(b -> Files.isRegularFile(png) && png.toFile().length() > 0);
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
                java.util.regex.Matcher width = java.util.regex.Pattern.compile("width=\"(\\d+)\"").matcher(svgText);
                assertTrue(width.find(), "the SVG says its width");
                assertEquals(2 * Integer.parseInt(width.group(1)), image.getWidth(), "the PNG is the SVG at twice its size");

                // play mode: the black line is replicate 0 of the what-if's ensemble, month by month
                browser.findElement(By.id("play-button")).click();
                String lastMonth = String.valueOf(s.months() - 1);
                wait.until(b -> lastMonth.equals(browser.executeScript("return document.body.dataset.month")));
                List<?> run = (List<?>) browser.executeScript("return document.querySelector(\"section[data-output='"
                        + OUTPUT + "'] .chart\").plot.run.series");
                Scenario after = s.withReplications(REPLICATIONS).withSet(alliancesim.model.Param.byKey(LEVER).orElseThrow(),
                        Double.parseDouble(value));
                double[] expected = alliancesim.calibrate.PosteriorSimulator.of(after, alliancesim.batch.Simulator.MODEL)
                        .simulate(after.parameters(), after.modelEvents(), after.months(), OneRun.seed(after, 0))
                        .series(alliancesim.model.Output.byKey(OUTPUT).orElseThrow());
                assertEquals(expected.length, run.size());
                for (int m = 0; m < expected.length; m++) {
                    assertEquals(expected[m], ((Number) run.get(m)).doubleValue(), 0.0, "the run's month " + m);
                }
                assertEquals(s.months() - 1, ((Number) browser.executeScript("return document.querySelector('#map').shown.month"))
                        .intValue(), "the map shows the month played");
                assertEquals(6L, browser.executeScript("return Object.keys(document.querySelector('#map').shown.data.ties).length"));
                // The map's shells are the run's deliveries that month (some runs' North Korean stock is spent by then).
                double delivered = alliancesim.calibrate.PosteriorSimulator.of(after, alliancesim.batch.Simulator.MODEL)
                        .simulate(after.parameters(), after.modelEvents(), after.months(), OneRun.seed(after, 0))
                        .series(alliancesim.model.Output.SHELLS_TRANSFERRED)[s.months() - 1];
                assertEquals(delivered, ((Number) browser.executeScript(
                        "return document.querySelector('#map').shown.data.shells_prk_rus")).doubleValue(), 1e-6,
                        "North Korean shells on the map");

                // the map kept as SVG and PNG: the month shown, the states, the run's seed in the title
                browser.findElement(By.id("map-svg")).click();
                Path mapSvg = downloads.resolve("map-month-" + lastMonth + ".svg");
                wait.until(b -> Files.isRegularFile(mapSvg) && mapSvg.toFile().length() > 0);
                String mapText = Files.readString(mapSvg);
                assertTrue(mapText.startsWith("<svg") && mapText.contains("North Korea") && mapText.contains("Ukraine"), mapText);
                assertTrue(mapText.contains("seed " + OneRun.seed(after, 0)), "the run's seed in the map's title");
                browser.findElement(By.id("map-png")).click();
                Path mapPng = downloads.resolve("map-month-" + lastMonth + ".png");
                wait.until(b -> Files.isRegularFile(mapPng) && mapPng.toFile().length() > 0);
                java.util.regex.Matcher mapWidth = java.util.regex.Pattern.compile("width=\"(\\d+)\"").matcher(mapText);
                assertTrue(mapWidth.find(), "the map's SVG says its width");
                assertEquals(2 * Integer.parseInt(mapWidth.group(1)), javax.imageio.ImageIO.read(mapPng.toFile()).getWidth());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A move the server refuses for the moment (the page's allowance spent, the rate limit's clock
     * stopped) leaves the bands and the played run as they were: the page says so, dims the map, and
     * asks again after the wait the server gives; once the allowance is back, the move is computed.
     */
    @Test
    void aRefusedMoveSaysTheRunIsStaleAndIsAskedAgain() throws Exception {
        String missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, missing);
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        // two what-ifs in a burst: the page's first (1) and its run (0.1) leave 0.9, short of a move
        RateLimit limit = new RateLimit(1, 2, clock::get);
        try (WhatIfServer server = new WhatIfServer(s, List.of(), 2, java.util.Optional.empty(), limit,
                new WorkQueue(2, 4, 60_000)).start("127.0.0.1", 0)) {
            ChromeDriver browser = Chromium.open(1280, 720);
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/?replications=" + REPLICATIONS);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(b -> "1".equals(ready(browser)));
                wait.until(b -> "1".equals(browser.executeScript("return document.body.dataset.runReady || null")));
                List<?> firstAfter = series(browser, 5);

                browser.findElement(By.cssSelector("input[data-key='" + LEVER + "']")).sendKeys(
                        org.openqa.selenium.Keys.ARROW_RIGHT);
                wait.until(b -> browser.findElement(By.id("play")).getDomAttribute("class").contains("stale"));
                String note = browser.findElement(By.id("play-note")).getText();
                assertTrue(note.startsWith("The map (and Play) still show the run for the levers before your last change")
                        && note.contains("too many what-ifs") && note.contains("asking again in 1 s"), note);
                assertTrue(browser.findElement(By.id("status")).getText().startsWith("too many what-ifs"));
                assertEquals(firstAfter, series(browser, 5), "the band is the one before the refused move");

                clock.addAndGet(10_000_000_000L); // ten seconds later: the allowance is back
                // the move was number 2; each asking again is the next (the first may come before the clock moved)
                wait.until(b -> ready(browser) != null && Integer.parseInt(ready(browser)) > 2);
                assertNotEquals(firstAfter, series(browser, 5), "the move asked again was computed");
                wait.until(b -> !browser.findElement(By.id("play")).getDomAttribute("class").contains("stale"));
                assertTrue(browser.findElement(By.id("play-note")).getText().startsWith("Play draws one run with your levers"));
            } finally {
                browser.quit();
            }
        }
    }

    /** The chart's series p05, p50 and p95 (the columns the chart draws) equal the command's timeseries.csv, month by month. */
    private static void assertBandIs(Path timeseries, ChromeDriver browser, int p05, int p50, int p95) throws Exception {
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(timeseries)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().filter(r -> r.get("output").equals(OUTPUT)).toList();
        }
        List<?> low = series(browser, p05);
        List<?> mid = series(browser, p50);
        List<?> high = series(browser, p95);
        assertEquals(rows.size(), mid.size(), "a value a month");
        for (CSVRecord r : rows) {
            int m = Integer.parseInt(r.get("month"));
            assertEquals(r.get("p05"), text(low.get(m)), timeseries + " month " + m);
            assertEquals(r.get("p50"), text(mid.get(m)), timeseries + " month " + m);
            assertEquals(r.get("p95"), text(high.get(m)), timeseries + " month " + m);
        }
    }

    private static String text(Object v) {
        return v == null ? "NA" : NumberText.csv(((Number) v).doubleValue());
    }

    private static String ready(ChromeDriver browser) {
        return (String) browser.executeScript("return document.body.dataset.ready || null");
    }

    /** Series i of the output's chart as drawn (0 is the months). */
    private static List<?> series(ChromeDriver browser, int i) {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return document.querySelector("
                + "\"section[data-output='" + OUTPUT + "'] .chart\").plot.data[arguments[0]]", i);
    }
}
