package io.callcenter.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.security.TestUsers;
import io.callcenter.supervise.SuperviseFixture;
import io.callcenter.testsupport.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The supervisor page in headless Chromium: listen to an agent's call, then force an agent to pause. */
@QuarkusTest
@TestProfile(ConsoleUiProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorBrowserTest {

    private static final LocatorAssertions.HasTextOptions PATIENT = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);

    @TestHTTPResource("/")
    URL root;
    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    SuperviseFixture fx;

    private Chromium chromium;
    private AcdPbx pbx;

    @BeforeAll
    void start() {
        chromium = Chromium.launch();
        pbx = new AcdPbx(connections, 4, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
    }

    @AfterAll
    void stop() {
        pbx.close();
        chromium.close();
    }

    @Test
    void aSupervisorListensToACallAndForcesAnAgentToPause() {
        String[] q = fx.queue("ui-sup");
        String talking = acd.agent("1001", q[0]);
        String idle = acd.agent("1002", q[0]);
        String supervisor = fx.supervisorName("1004", q[0]);
        String caller = fx.connectedCall(pbx, q[1], talking);

        Page page = chromium.browser.newContext().newPage();
        Chromium.logIn(page, root, supervisor, TestUsers.PASSWORD);
        page.navigate(root + "app/#/supervisor");
        assertThat(page.locator("#link-status")).hasText("Live");
        Locator row = page.locator("#sup-agents tr[data-id='" + talking + "']");
        assertThat(row.locator("[data-field=state]")).containsText("ON_CALL");
        assertThat(row).containsText("Caller 1 <5551001>");

        row.locator("[data-act=listen]").click();
        assertThat(page.locator("#monitor-state")).hasText("listen on " + talking + ": connected", PATIENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.leftovers(pbx).stream()
                .filter(id -> id.startsWith("sup-leg-") || id.startsWith("sup-snoop-")).count() == 2);
        page.click("#monitor-panel [data-switch=whisper]");
        assertThat(page.locator("#monitor-state")).hasText("whisper on " + talking + ": connected", PATIENT);
        page.click("#monitor-stop");
        assertThat(page.locator("#monitor-state")).containsText("Not monitoring",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.leftovers(pbx).isEmpty());

        Locator idleRow = page.locator("#sup-agents tr[data-id='" + idle + "']");
        assertThat(idleRow.locator("[data-field=state]")).containsText("READY");
        idleRow.locator("[data-act=pause]").click();
        page.selectOption("#pause-reason", "lunch");
        page.click("#pause-submit");
        assertThat(idleRow.locator("[data-field=state]")).hasText("PAUSED (lunch)", PATIENT);
        await().atMost(Duration.ofSeconds(5)).until(() -> acd.state(idle) == AgentState.PAUSED);
        List<String> actors = acd.rows("select actor from audit_log where action = 'acd.agent.pause' and target = ?",
                idle).stream().map(r -> (String) r.get("actor")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(supervisor), actors);
        pbx.hangup(caller);
        page.context().close();
    }
}
