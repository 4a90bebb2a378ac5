package alliancesim.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromium-driver (packages {@code chromium chromium-driver}),
 * headless, at a given window size. The browser test and the page's measuring run share it.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    /**
     * Held so the level sticks: Selenium warns that it has no DevTools module for Debian's newer Chromium,
     * which these tests do not use (they speak WebDriver only).
     */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    private Chromium() {
    }

    /** Why the browser cannot be driven here, or null when it can. */
    static String missing() {
        if (!Files.isExecutable(BROWSER)) {
            return BROWSER + " not found: install Debian's chromium and chromium-driver (.ci/run does) to run the browser test";
        }
        if (!Files.isExecutable(DRIVER)) {
            return DRIVER + " not found: install Debian's chromium-driver (.ci/run does) to run the browser test";
        }
        return null;
    }

    /**
     * A headless browser with a viewport of width × height CSS pixels (a phone's is emulated: a headless
     * window is never narrower than 500 pixels).
     */
    static ChromeDriver open(int width, int height) {
        return open(width, height, null);
    }

    /** As above, saving downloads into {@code downloads} (null: the browser's default). */
    static ChromeDriver open(int width, int height, Path downloads) {
        DEVTOOLS.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // no sandbox: CI runs as root in a container, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1", "--lang=en-GB");
        if (width < 500) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
