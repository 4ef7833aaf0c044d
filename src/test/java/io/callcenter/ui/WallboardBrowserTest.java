package io.callcenter.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.Chromium;
import io.callcenter.testsupport.TestLogin;
import io.callcenter.wallboard.push.BoardFigures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The wallboard in a real headless Chromium: live figures from a demo call, and a kiosk link with and without login. */
@QuarkusTest
@TestProfile(ConsoleUiProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WallboardBrowserTest {

    /**
     * The bound: a caller waiting in the ACD shows on the wallboard within a second. The push is built for it
     * (engine tail 200 ms + urgent event 250 ms + push tick 200 ms); waiting for the DOM itself is generous, so a
     * slow run fails on the measured latency, with its value, not on a timeout.
     */
    private static final long WITHIN_MS = 1_000;
    private static final LocatorAssertions.HasTextOptions PROMPTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasTextOptions SOON =
            new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    /**
     * Records (browser clock = this machine's clock) the first moment the queue's row shows one caller waiting with a
     * longest wait, so the latency is measured at the DOM, not when a poll of it happens to look.
     */
    private static final String SHOWN_AT = """
            queue => {
              window.wbShownAt = null;
              const row = (metric) => document.querySelector(
                `.tile[data-metric=${metric}] li[data-queue="${CSS.escape(queue)}"] .q-value`);
              const check = () => {
                if (window.wbShownAt === null && row('waiting')?.textContent === '1'
                    && /^\\d+:\\d\\d$/.test(row('longestWait')?.textContent ?? '')) {
                  window.wbShownAt = Date.now();
                }
              };
              new MutationObserver(check).observe(document.getElementById('wb-board'),
                { childList: true, characterData: true, subtree: true });
            }""";

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestUsers users;
    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    BoardFigures figures;

    private Chromium chromium;
    private String queue;
    private String did;
    private String admin;
    private TestLogin.Session adminApi;

    @BeforeAll
    void browser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @BeforeEach
    void queueWithoutAgents() {
        queue = AcdDriver.unique("wb");
        did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did)); // callers may join with nobody logged in: they wait
        admin = users.admin();
        adminApi = TestLogin.as(admin, TestUsers.PASSWORD);
    }

    private long wallboard(String name) {
        return adminApi.api().body(Map.of("name", name, "queues", List.of(queue),
                "widgets", List.of(Map.of("kind", "tile", "metric", "waiting"),
                        Map.of("kind", "tile", "metric", "longestWait"), Map.of("kind", "tile", "metric", "serviceLevel"),
                        Map.of("kind", "sparkline", "metric", "waiting"), Map.of("kind", "agents"),
                        Map.of("kind", "waiting")),
                "thresholds", List.of(Map.of("metric", "waiting", "yellow", 1, "red", 1))))
                .post("/api/wallboards").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Locator tile(Page page, String metric, String queueKey) {
        Locator group = page.locator(".tile[data-metric=" + metric + "]");
        return "*".equals(queueKey) ? group.locator(".tile-value") : group.locator("li[data-queue='" + queueKey + "'] .q-value");
    }

    @Test
    void aDemoCallWaitingChangesCallsWaitingAndLongestWaitWithinASecond() {
        Assumptions.assumeTrue(figures.available(), "the wallboard metric engine (wb-metrics) is not in this build yet");
        long id = wallboard("Browser floor");
        Page page = chromium.browser.newContext().newPage();
        Chromium.logIn(page, root, admin, TestUsers.PASSWORD);
        page.navigate(root + "app/wallboard.html?id=" + id);
        assertThat(page.locator("#wb-title")).hasText("Browser floor");
        assertThat(page.locator("#wb-status")).hasText("Live", SOON);
        assertThat(tile(page, "waiting", queue)).hasText("0", SOON);
        assertThat(tile(page, "longestWait", queue)).hasText("—");
        assertThat(page.locator(".tile[data-metric=serviceLevel] .tile-caption")).containsText("SL 20 s");

        try (AcdPbx pbx = new AcdPbx(connections, 2, new ScriptedPhones(ScriptedPhones.answerAfter(300)))) {
            // warm-up: the first call pays for JIT and the first render, which is not what the issue measures
            String warmUp = pbx.call(did);
            assertThat(tile(page, "waiting", queue)).hasText("1", PROMPTLY);
            pbx.hangup(warmUp);
            assertThat(tile(page, "waiting", queue)).hasText("0", SOON);

            page.evaluate(SHOWN_AT, queue);
            String caller = pbx.call(did);
            assertThat(tile(page, "waiting", queue)).hasText("1", PROMPTLY);
            assertThat(tile(page, "longestWait", queue)).hasText(Pattern.compile("0:\\d\\d"), PROMPTLY);
            Instant waiting = await().atMost(Duration.ofSeconds(10)).until(() -> (Instant) acd.call(pbx.asteriskId,
                    caller).get("enqueued_at"), java.util.Objects::nonNull);
            long shownAt = ((Number) page.evaluate("() => window.wbShownAt")).longValue();
            long latency = shownAt - waiting.toEpochMilli();
            System.out.printf("wallboard showed calls waiting and longest wait %d ms after the ACD enqueued the caller%n",
                    latency);
            assertTrue(latency < WITHIN_MS, "calls waiting / longest wait shown " + latency + " ms after the caller"
                    + " started waiting in the ACD (bound " + WITHIN_MS + " ms)");

            assertThat(tile(page, "waiting", "*")).hasText("1");
            assertThat(page.locator(".tile[data-metric=waiting]")).hasClass(Pattern.compile("level-red"));
            assertThat(page.locator("#wb-alarm")).containsText("Calls waiting");
            assertThat(page.locator("#wb-board .waiting tbody tr")).hasCount(1);
            // the queue's own sparkline on its tile row, from the same trend series as the sparkline widget
            assertThat(page.locator(".tile[data-metric=waiting] li[data-queue='" + queue + "'] .q-spark canvas"))
                    .hasCount(1);

            pbx.hangup(caller);
            assertThat(tile(page, "waiting", queue)).hasText("0", SOON);
            assertThat(tile(page, "longestWait", queue)).hasText("—");
        }
        page.context().close();
    }

    @Test
    void aKioskLinkOpensTheWallboardWithoutLoginAndIsRefusedOnceRevoked() {
        long id = wallboard("Lobby");
        JsonPath link = adminApi.api().body(Map.of("label", "Lobby TV")).post("/api/wallboards/" + id + "/kiosk-links")
                .then().statusCode(201).extract().jsonPath();
        BrowserContext anonymous = chromium.browser.newContext();
        Page tv = anonymous.newPage();
        tv.navigate(root + link.getString("path").substring(1));
        assertThat(tv.locator("#wb-title")).hasText("Lobby");
        assertThat(tv.locator("body")).hasClass(Pattern.compile("kiosk"));
        assertThat(tv.locator("#wb-edit")).hasCount(0);
        if (figures.available()) {
            assertThat(tv.locator("#wb-status")).hasText("Live", SOON);
            assertThat(tile(tv, "waiting", queue)).hasText("0", SOON);
        }

        adminApi.api().delete("/api/wallboards/" + id + "/kiosk-links/" + link.getLong("link.id")).then().statusCode(200);
        if (figures.available()) {
            assertThat(tv.locator("#wb-status")).hasText(Pattern.compile(".*revoked.*"), SOON); // the open socket is closed at once
        }
        tv.reload();
        assertThat(tv.locator("#wb-fatal")).containsText("revoked");
        // the kiosk browser has no session: the console and the wallboard API stay closed to it
        tv.navigate(root + "app/");
        tv.waitForURL(Pattern.compile(".*/login.*"));
        anonymous.close();
    }
}
