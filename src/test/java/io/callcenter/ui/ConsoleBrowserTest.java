package io.callcenter.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.ari.model.Channel;
import io.callcenter.console.DemoCalls;
import io.callcenter.security.TestUsers;
import io.callcenter.security.auth.SessionExpiry;
import io.callcenter.testsupport.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The operator console in a real headless Chromium against the app with the demo PBX running. */
@QuarkusTest
@TestProfile(ConsoleUiProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_A_SECOND =
            new LocatorAssertions.IsVisibleOptions().setTimeout(1000);

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @Inject
    AriConnections connections;

    @Inject
    SessionExpiry expiry;

    @Inject
    DemoCalls calls;

    private Chromium chromium;

    @BeforeAll
    void browser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @BeforeEach
    void demoConnected() {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals("demo") && s.state() == ConnectionState.CONNECTED));
    }

    /** Logs a fresh admin in and opens the console; returns once the live feed is in. */
    private Page openConsole(String hash) {
        Page page = chromium.browser.newContext().newPage();
        Chromium.logIn(page, root, users.admin(), TestUsers.PASSWORD);
        assertThat(page.locator("#open-console")).isVisible();
        page.navigate(root + "app/" + hash);
        assertThat(page.locator("#link-status")).hasText("Live");
        return page;
    }

    private AriApi ari() {
        return connections.client("demo").orElseThrow();
    }

    @Test
    void aNewCallAppearsWithinASecondAndHangingItUpFromTheUiRemovesIt() {
        Page page = openConsole("#/channels");
        // a channel created into our Stasis app stays Down until someone acts on it: a stable row to look for
        Channel call = ari().channels().create("PJSIP/1001", "callcenter", null, null, null, null, null, Map.of());
        Locator row = page.locator("#channels tr[data-id='" + call.id() + "']");
        assertThat(row).isVisible(WITHIN_A_SECOND);
        assertThat(row).containsText("PJSIP/1001");
        assertThat(row.locator("time")).hasText(Pattern.compile("\\d+:\\d\\d"));

        row.locator("button.row-actions").click();
        page.click("#action-dialog [data-menu=hangup]");
        page.selectOption("#f-hangup-reason", "normal");
        page.click("#action-dialog [data-action=hangup]");
        assertThat(page.locator("#action-dialog .result.ok")).isVisible();
        assertThat(row).hasCount(0);
        page.context().close();
    }

    @Test
    void theLiveTableIsSearchedAndFilteredByState() {
        Page page = openConsole("#/channels");
        String down = calls.downChannel(); // PJSIP/1002, Down
        DemoCalls.EchoCall up = calls.echoCall(); // Local/s@echo, Up
        Locator downRow = page.locator("#channels tr[data-id='" + down + "']");
        Locator upRow = page.locator("#channels tr[data-id='" + up.id() + "']");
        assertThat(downRow).isVisible();
        assertThat(upRow).isVisible();

        page.fill("#channels input.search", "PJSIP/1002");
        assertThat(upRow).hasCount(0);
        assertThat(downRow).isVisible();
        page.fill("#channels input.search", "");
        assertThat(upRow).isVisible();
        page.selectOption("#channels select.filter", "Up");
        assertThat(downRow).hasCount(0);
        assertThat(upRow).isVisible();
        page.selectOption("#channels select.filter", "");
        assertThat(downRow).isVisible();
        ari().channels().hangup(down, null, "normal");
        ari().channels().hangup(up.id(), null, "normal");
        page.context().close();
    }

    @Test
    void anActionAriRefusesShowsAriSErrorInWords() {
        Page page = openConsole("#/channels");
        Channel call = ari().channels().create("PJSIP/1001", "callcenter", null, null, null, null, null, Map.of());
        Locator row = page.locator("#channels tr[data-id='" + call.id() + "']");
        row.locator("button.row-actions").click();
        ari().channels().hangup(call.id(), null, "normal"); // gone before the user acts
        page.click("#action-dialog [data-menu=answer]");
        page.click("#action-dialog [data-action=answer]");
        assertThat(page.locator("#action-dialog .result.err")).containsText("404");
        page.context().close();
    }

    @Test
    void theOriginateFormShowsTheFinalStatusOfACompletedCall() {
        Page page = openConsole("#/originate");
        page.fill("#o-endpoint", "PJSIP/1001");
        page.fill("#o-callerId", "\"Ops\" <100>");
        page.fill("#o-context", "default");
        page.fill("#o-extension", "s");
        page.click("#originate-submit");
        // the demo's context "default" answers, waits a second and hangs up
        assertThat(page.locator("#originate-status")).hasText("completed",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#originate-message")).hasText("Normal Clearing (16)");
        assertThat(page.locator("#originate-duration")).hasText(Pattern.compile("\\d+ s"));
        page.context().close();
    }

    @Test
    void aStasisDeviceStateSetInTheFormShowsUpInTheLiveTable() {
        Page page = openConsole("#/device-states");
        String name = "ui-test-" + System.nanoTime() % 100_000;
        Locator form = page.locator("#set-device-state");
        form.locator("[name=name]").fill(name);
        form.locator("[name=state]").selectOption("BUSY");
        form.locator("[data-action=device-state]").click();
        assertThat(form.locator(".result.ok")).isVisible();
        Locator row = page.locator("#device-states tr[data-id='Stasis:" + name + "']");
        assertThat(row).containsText("BUSY");
        page.context().close();
    }

    @Test
    void theSystemPanelLoadsEverySectionFromAsterisk() {
        Page page = openConsole("#/system");
        for (String section : List.of("info", "modules", "sounds", "recordings", "mailboxes")) {
            page.click("[data-load=" + section + "]");
            assertThat(page.locator("#sys-" + section + " .result.ok")).isVisible();
        }
        assertThat(page.locator("#sys-info")).containsText("22.10.1");
        assertThat(page.locator("#sys-modules")).containsText("res_ari.so");
        assertThat(page.locator("#sys-sounds")).containsText("hello-world");
        assertThat(page.locator("#sys-mailboxes")).containsText("1001@default");
        page.fill("#sys-variables [name=name]", "UI_TEST_VAR");
        page.fill("#sys-variables [name=value]", "42");
        page.click("#sys-variables button:text('Set')");
        assertThat(page.locator("#sys-variables .result.ok")).containsText("UI_TEST_VAR set to");
        page.fill("#sys-variables [name=value]", "");
        page.click("#sys-variables button:text('Read')");
        assertThat(page.locator("#sys-variables .result.ok")).hasText("UI_TEST_VAR = \"42\"");
        page.context().close();
    }

    @Test
    void everyPageLoadsFromTheAppAloneAndFitsA1280pxScreenAndA1080pTv() {
        String admin = users.admin();
        String origin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort() + "/";
        String wsOrigin = "ws://" + root.getHost() + ":" + root.getPort() + "/";
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(size[0], size[1]));
            List<String> elsewhere = new CopyOnWriteArrayList<>();
            context.onRequest(r -> {
                if (!r.url().startsWith(origin) && !r.url().startsWith(wsOrigin) && !r.url().startsWith("data:")) {
                    elsewhere.add(r.url());
                }
            });
            Page page = context.newPage();
            Chromium.logIn(page, root, admin, TestUsers.PASSWORD);
            for (String hash : List.of("#/channels", "#/bridges", "#/endpoints", "#/device-states", "#/system",
                    "#/originate", "#/supervisor")) {
                page.navigate(root + "app/" + hash);
                assertThat(page.locator("#link-status")).hasText("Live");
                assertThat(page.locator("nav a.active")).hasAttribute("href", hash);
                assertFitsWidth(page, size[0] + " px, console " + hash);
            }
            for (String other : List.of("app/reports.html", "app/wallboard.html")) {
                page.navigate(root + other);
                assertThat(page.locator("main, #app").first()).isVisible();
                assertFitsWidth(page, size[0] + " px, " + other);
            }
            assertEquals(List.of(), elsewhere, "nothing is fetched from outside the app (no CDN, no internet)");
            context.close();
        }
    }

    private static void assertFitsWidth(Page page, String where) {
        assertEquals(Boolean.TRUE, page.evaluate("() => document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth"), "no horizontal scrolling at " + where);
    }

    @Test
    void anExpiredSessionClosesTheLiveLinkAndThePageSaysLogInAgain() {
        String admin = users.admin();
        Page page = chromium.browser.newContext().newPage();
        Chromium.logIn(page, root, admin, TestUsers.PASSWORD);
        page.navigate(root + "app/#/channels");
        assertThat(page.locator("#link-status")).hasText("Live");
        users.agedSessions(admin, Duration.ofHours(11)); // past the absolute limit; an open page does not extend it
        expiry.endExpired(); // what the scheduler does every callcenter.security.session.expiry-check
        assertThat(page.locator("#link-banner")).containsText("Your session has ended: log in again.");
        assertThat(page.locator("#link-banner a[href='/login']")).hasText("Log in again");
        assertThat(page.locator("#link-status")).hasText("Logged out");
        page.context().close();
    }

    @Test
    void aDroppedLiveLinkShowsTheBannerUntilTheReconnectIsLive() {
        List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();
        Page page = chromium.browser.newContext().newPage();
        // between page and server: the test can close the page's websocket as the server would (4008 too slow)
        page.routeWebSocket("**/api/live", ws -> {
            ws.connectToServer();
            sockets.add(ws);
        });
        Chromium.logIn(page, root, users.admin(), TestUsers.PASSWORD);
        page.navigate(root + "app/#/channels");
        assertThat(page.locator("#link-status")).hasText("Live");
        assertThat(page.locator("#link-banner")).isHidden();
        sockets.get(sockets.size() - 1).close(new WebSocketRoute.CloseOptions().setCode(4008).setReason("too slow: resync"));
        assertThat(page.locator("#link-banner")).isVisible();
        assertThat(page.locator("#link-banner")).containsText("Disconnected");
        assertThat(page.locator("#link-banner")).containsText("too slow");
        // the client reconnects with backoff and takes a fresh snapshot
        assertThat(page.locator("#link-banner")).isHidden();
        assertThat(page.locator("#link-status")).hasText("Live");
        page.context().close();
    }
}
