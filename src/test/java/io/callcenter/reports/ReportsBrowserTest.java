package io.callcenter.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.AcdDriver;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.rollup.ReportProjection;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.Chromium;
import io.callcenter.ui.ConsoleUiProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reports page in a real headless Chromium over {@link ReportDataset}'s day: run a report (table and chart),
 * export its CSV, save it, search calls and open a call's detail page with its timeline; and a call recorded on the
 * demo PBX, whose detail page plays the recording to the queue's supervisor and refuses it to another.
 */
@QuarkusTest
@TestProfile(ConsoleUiProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @Inject
    AgroalDataSource ds;

    @Inject
    ReportProjection projection;

    @Inject
    AriConnections connections;

    @Inject
    LiveMirror mirror;

    @Inject
    AcdDriver acd;

    @Inject
    CallSearch search;

    private Chromium chromium;

    @BeforeAll
    void browser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void runAReportExportItsCsvAndOpenACallsDetail() throws Exception {
        ReportDataset data = new ReportDataset(new HistoryFixture(ds), projection);
        data.load();
        Page page = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setAcceptDownloads(true)).newPage();
        Chromium.logIn(page, root, users.admin(), TestUsers.PASSWORD);
        page.click("#open-reports");
        assertThat(page.locator("#report-form")).isVisible();

        fillDayAndQueue(page, data.queue);
        page.selectOption("#p-interval", "quarter-hour");
        page.click("#run-report");
        Locator firstRow = page.locator("#report-rows tbody tr").first();
        assertThat(firstRow).containsText(data.queue);
        assertThat(firstRow).containsText("50.0 %");
        assertThat(page.locator("#report-totals tbody tr").first()).containsText("total");
        assertThat(page.locator("#report-chart canvas")).isVisible();

        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        assertEquals("queue-interval_2026-03-10..2026-03-10.csv", csv.suggestedFilename());
        String content = Files.readString(csv.path());
        assertTrue(content.startsWith("queue,bucket,start,end,offered,answered,"), content);
        assertTrue(content.contains(data.queue + ",2026-03-10 10:00,"), content);

        page.fill("#saved-name", "March 10th " + data.tag);
        page.click("#save-report");
        assertThat(page.locator("#saved-list")).containsText("March 10th " + data.tag);

        page.click("nav a[href='#/calls']");
        fillDayAndQueue(page, data.queue);
        page.fill("#p-number", "5551002");
        page.click("#run-report");
        Locator call = page.locator("#calls tr[data-id='" + HistoryFixture.AST + "/" + data.call(2) + "']");
        assertThat(call).containsText("answered");
        call.locator("a.call-link").click();
        assertThat(page.locator("#call-detail")).containsText(data.agentB);
        assertThat(page.locator("#timeline")).containsText("offer_result");
        assertThat(page.locator("#timeline")).containsText("no_answer");
        assertThat(page.locator("#legs")).containsText("agent");
        page.context().close();
    }

    @Test
    void aRecordedCallsDetailPagePlaysTheRecordingToItsSupervisorOnly() {
        try (RecordedCall call = new RecordedCall(connections, mirror, acd, projection, search)) {
            String detail = root + "app/reports.html#/call/" + URLEncoder.encode(call.pbx.asteriskId, StandardCharsets.UTF_8)
                    + "/" + URLEncoder.encode(call.callId, StandardCharsets.UTF_8);
            Page page = chromium.browser.newContext().newPage();
            Chromium.logIn(page, root, users.supervisor(call.queue), TestUsers.PASSWORD);
            page.navigate(detail);
            Locator audio = page.locator("#call-detail audio#recording");
            assertThat(audio).isVisible();
            assertEquals(call.url(), audio.getAttribute("src"));
            // what the <audio> element fetches, with this browser's session cookie
            assertEquals(List.of(200, "audio/wav"), page.evaluate("async u => { const r = await fetch(u);"
                    + " return [r.status, r.headers.get('content-type')]; }", call.url()));
            // and Chromium decodes it: the stored recording has a length
            page.evaluate("() => { const a = document.getElementById('recording'); a.preload = 'metadata'; a.load(); }");
            page.waitForFunction("() => document.getElementById('recording').duration > 0");
            page.context().close();

            Page other = chromium.browser.newContext().newPage();
            Chromium.logIn(other, root, users.supervisor("other-" + call.queue), TestUsers.PASSWORD);
            other.navigate(detail);
            assertThat(other.locator("#call-error")).containsText("none of the queues you supervise");
            assertEquals(List.of(403, "application/problem+json"), other.evaluate("async u => { const r = await"
                    + " fetch(u); return [r.status, r.headers.get('content-type')]; }", call.url()));
            other.context().close();
        }
    }

    /** The dataset's day as dates, and its queue (not configured, so added to the pick list as a link would). */
    private static void fillDayAndQueue(Page page, String queue) {
        page.selectOption("#p-range", "");
        page.fill("#p-from", "2026-03-10");
        page.fill("#p-to", "2026-03-10");
        page.evaluate("q => { const s = document.getElementById('p-queue'); s.add(new Option(q, q)); s.value = q; }",
                queue);
    }
}
