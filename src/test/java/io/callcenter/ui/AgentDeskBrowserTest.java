package io.callcenter.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.Chromium;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The agent desktop in a real headless Chromium: an agent logs in through the login form, works its ACD state and
 * handles calls that callers make through a demo PBX (hold, blind and attended transfer, disposition, wrap-up).
 */
@QuarkusTest
@TestProfile(ConsoleUiProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentDeskBrowserTest {

    /** A call's route through the ACD (offer, originate, answer) can take a while on a loaded CI machine. */
    private static final LocatorAssertions.HasTextOptions CALL_WAIT = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @TestHTTPResource("/")
    URL root;

    @Inject
    AriConnections connections;

    @Inject
    AcdDriver acd;

    @Inject
    TestUsers users;

    private Chromium chromium;
    private AcdPbx pbx;

    @BeforeAll
    void start() {
        chromium = Chromium.launch();
        // phone 1001 (our agent) rings a while so the offered call can be seen; 1002 (the colleague) answers quickly
        pbx = new AcdPbx(connections, 4, new ScriptedPhones(ScriptedPhones.answerAfter(300))
                .set("1001", ScriptedPhones.answerAfter(2500)));
    }

    @AfterAll
    void stop() {
        pbx.close();
        chromium.close();
    }

    private Page openDesk(String username) {
        Page page = chromium.browser.newContext().newPage();
        Chromium.logIn(page, root, username, TestUsers.PASSWORD, "app/agent.html");
        assertThat(page.locator("#link-status")).hasText("Live");
        return page;
    }

    @Test
    void anAgentLandsOnTheDesktopWorksItsStateAndSeesBroadcasts() {
        String queue = AcdDriver.unique("desk");
        acd.queue(new QueueBuilder(queue, AcdDriver.unique("did")));
        String agent = acd.configure("1003", queue, 0, Map.of());

        Page page = openDesk(agent);
        Locator state = page.locator("#agent-state");
        assertThat(state).hasText("Logged out");
        assertThat(page.locator("#btn-ready")).isHidden();
        assertThat(page.locator("#login-queues input[value='" + queue + "']")).isChecked();
        page.click("#btn-login");
        assertThat(state).hasText("Ready");
        assertThat(page.locator("#agent-detail")).containsText(queue);
        assertThat(page.locator("#btn-login")).isHidden();
        page.selectOption("#pause-reason", "break");
        page.click("#btn-pause");
        assertThat(state).hasText("Paused");
        assertThat(page.locator("#agent-detail")).containsText("Break");
        page.keyboard().press("Alt+R"); // the shortcut of "Ready"
        assertThat(state).hasText("Ready");

        String supervisor = users.supervisor(queue);
        TestLogin.as(supervisor, TestUsers.PASSWORD).api()
                .body(Map.of("text", "Team meeting at 3", "queues", List.of(queue)))
                .post("/api/supervise/broadcasts").then().statusCode(201);
        Locator banner = page.locator("#broadcasts .broadcast");
        assertThat(banner).containsText("Team meeting at 3");
        assertThat(banner).containsText(supervisor);
        banner.locator("button.dismiss").click();
        assertThat(banner).hasCount(0);

        page.click("#btn-logout");
        assertThat(state).hasText("Logged out");
        page.context().close();
    }

    @Test
    void anAgentHandlesCallsFromTheDesktop() {
        String queue = AcdDriver.unique("desk");
        String did = AcdDriver.unique("did");
        String otherQueue = AcdDriver.unique("desk2");
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofMinutes(10)));
        acd.queue(new QueueBuilder(otherQueue, AcdDriver.unique("did")));
        String agent = acd.configure("1001", queue, 0, Map.of());
        // the colleague takes no calls of our queue, only transfers
        String colleague = acd.agent("1002", otherQueue);

        Page page = openDesk(agent);
        Locator state = page.locator("#agent-state");
        page.click("#btn-login");
        assertThat(state).hasText("Ready");

        // 1: offered (ringing, ticking wait), answered, held and resumed, blind transfer to the colleague
        String caller = pbx.call(did);
        assertThat(page.locator("#call-state")).hasText(Pattern.compile("Ringing"), CALL_WAIT);
        assertThat(state).hasText("Ringing");
        assertThat(page.locator("#call-caller")).containsText("Caller");
        assertThat(page.locator("#call-queue")).containsText(queue);
        assertThat(page.locator("#call-wait")).hasText(Pattern.compile("\\d+:\\d\\d"));
        assertThat(page.locator("#btn-hangup")).isHidden();
        assertThat(page.locator("#call-state")).hasText("Connected", CALL_WAIT);
        assertThat(state).hasText("On call");
        page.click("#btn-hold");
        assertThat(page.locator("#call-state")).hasText("On hold");
        assertThat(page.locator("#btn-consult")).isHidden();
        page.click("#btn-unhold");
        assertThat(page.locator("#call-state")).hasText("Connected");

        // a bad number is refused with the API's words
        page.selectOption("#transfer-kind", "number");
        page.fill("#transfer-number", "not a number");
        page.click("#btn-transfer");
        assertThat(page.locator("#desk-result.err")).containsText("HTTP 400");
        assertThat(page.locator("#call-state")).hasText("Connected");

        page.selectOption("#transfer-kind", "agent");
        page.selectOption("#transfer-target", colleague);
        page.click("#btn-transfer");
        assertThat(page.locator("#call-state")).hasText("Transferred to agent " + colleague + " — wrap-up");
        assertThat(state).hasText("Wrap-up");
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(colleague) == AgentState.ON_CALL);
        wrapUp(page, "sale", "Sale");
        pbx.hangup(caller);
        // the colleague wraps up the transferred call with its queue's (ten-minute) wrap-up: end it early
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(colleague) == AgentState.WRAP_UP);
        acd.endWrapUp(colleague);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(colleague) == AgentState.READY);

        // 2: attended transfer: consult the colleague, then complete
        String second = pbx.call(did);
        assertThat(page.locator("#call-state")).hasText("Connected", CALL_WAIT);
        page.selectOption("#transfer-kind", "agent");
        page.selectOption("#transfer-target", colleague);
        page.click("#btn-consult");
        // no Pattern.quote: Playwright hands the regex to JavaScript, which has no \\Q...\\E
        assertThat(page.locator("#call-state")).hasText(Pattern.compile("Consulting " + colleague));
        assertThat(page.locator("#btn-consult-complete")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("#btn-conference")).isVisible();
        page.click("#btn-consult-complete");
        assertThat(page.locator("#call-state")).hasText("Transferred to agent " + colleague + " — wrap-up");
        wrapUp(page, "callback", "Call back");
        pbx.hangup(second);

        // both calls are in the agent's history, newest first, with their dispositions
        page.click("#history-refresh");
        Locator rows = page.locator("#history tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.first().locator("td.disposition")).hasText("Call back");
        assertThat(page.locator("#history-info")).hasText("Calls 1–2 of 2");
        page.context().close();
    }

    /** Picks the disposition, ends the wrap-up early and checks the agent is ready with no call shown. */
    private void wrapUp(Page page, String code, String label) {
        page.selectOption("#disposition", code);
        page.click("#btn-disposition");
        assertThat(page.locator("#call-disposition")).hasText("Saved: " + label);
        page.click("#btn-end-wrap-up");
        assertThat(page.locator("#agent-state")).hasText("Ready");
        assertThat(page.locator("#call-idle")).isVisible();
    }
}
