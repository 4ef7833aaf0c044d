package io.callcenter.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.callcenter.testsupport.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The login page in a real headless Chromium (the machine's own: CI installs the chromium package). */
@QuarkusTest
class LoginPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @Test
    void logInSeeYourNameLogOut() {
        // a supervisor lands on the home page (agents land on their desktop: AgentDeskBrowserTest)
        String agent = users.supervisor();
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser.newPage();
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
