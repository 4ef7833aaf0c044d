package io.callcenter.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's own headless Chromium under Playwright (no browser download: CI installs Debian's chromium),
 * started with the flags this closed network needs, plus logging in through the real login form.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    public final Browser browser;

    private Chromium() {
        assertTrue(Files.isExecutable(EXECUTABLE), "install Chromium first: apt-get install -y chromium");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static Chromium launch() {
        return new Chromium();
    }

    /** Fills and submits the login form at {@code root}/login; the browser ends on the home page. */
    public static void logIn(Page page, URL root, String username, String password) {
        logIn(page, root, username, password, "");
    }

    /** The same for users who land elsewhere (agents: {@code app/agent.html}); {@code landing} is relative to root. */
    public static void logIn(Page page, URL root, String username, String password, String landing) {
        page.navigate(root.toString() + "login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login");
        page.waitForURL(root.toString() + landing);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
