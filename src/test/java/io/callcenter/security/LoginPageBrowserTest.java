package io.callcenter.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page in a real headless Chromium (the machine's own: CI installs the chromium package). */
@QuarkusTest
class LoginPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @Test
    void logInSeeYourNameLogOut() {
        assertTrue(Files.isExecutable(CHROMIUM), "install Chromium first: apt-get install -y chromium");
        String agent = users.agent(TestUsers.freshEndpoint());
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate(root.toString());
            // not logged in: the app sends the browser to the login page
            page.waitForURL("**/login");
            page.fill("#username", agent);
            page.fill("#password", "not-the-password");
            page.click("#login");
            assertThat(page.locator("[role=alert]")).containsText("Wrong username or password");
            page.fill("#username", agent);
            page.fill("#password", TestUsers.PASSWORD);
            page.click("#login");
            page.waitForURL(root.toString());
            assertThat(page.locator("#display-name")).hasText("Test " + agent);
            assertThat(page.locator("#username")).hasText(agent);
            page.click("#logout");
            assertThat(page.locator("#logged-out")).isVisible();
            page.navigate(root.toString());
            page.waitForURL("**/login");
        }
    }
}
