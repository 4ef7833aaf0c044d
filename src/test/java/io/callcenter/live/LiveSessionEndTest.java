package io.callcenter.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.live.wire.ServerMessage;
import io.callcenter.security.TestUsers;
import io.callcenter.security.auth.SessionExpiry;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A live socket closes with 4003 "session ended, log in again" when its login session ends (revoked or expired), and
 * only then.
 */
@QuarkusTest
class LiveSessionEndTest {

    static final Vertx vertx = Vertx.vertx();

    @TestHTTPResource("/api/live")
    URI uri;
    @Inject
    ObjectMapper mapper;
    @Inject
    TestUsers users;
    @Inject
    SessionExpiry expiry;

    @Test
    void logoutClosesTheSocketsOfThatSessionOnly() {
        String supervisor = users.supervisor("sales");
        TestLogin.Session leaving = TestLogin.as(supervisor, TestUsers.PASSWORD);
        TestLogin.Session staying = TestLogin.as(supervisor, TestUsers.PASSWORD);
        try (LiveClient tab1 = open(leaving); LiveClient tab2 = open(leaving); LiveClient other = open(staying)) {
            leaving.withoutCsrf().formParam("csrf-token", leaving.csrfToken()).post("/logout")
                    .then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> tab1.closeCode != null && tab2.closeCode != null);
            for (LiveClient tab : new LiveClient[] {tab1, tab2}) {
                assertEquals(LiveSession.SESSION_ENDED, tab.closeCode.intValue());
                assertEquals("session ended, log in again", tab.closeReason);
            }
            other.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !other.of(ServerMessage.Pong.class).isEmpty());
            assertFalse(other.closed(), "another session of the same user keeps its socket");
            assertNull(other.closeCode);
        }
    }

    @Test
    void passwordChangeClosesTheUsersOtherSessionsSockets() {
        String supervisor = users.supervisor("sales");
        TestLogin.Session here = TestLogin.as(supervisor, TestUsers.PASSWORD);
        TestLogin.Session elsewhere = TestLogin.as(supervisor, TestUsers.PASSWORD);
        try (LiveClient mine = open(here); LiveClient theirs = open(elsewhere)) {
            here.api().body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a-much-better-one"))
                    .post("/api/me/password").then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> theirs.closeCode != null);
            assertEquals(LiveSession.SESSION_ENDED, theirs.closeCode.intValue());
            mine.send("{\"type\":\"ping\",\"id\":\"mine\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !mine.of(ServerMessage.Pong.class).isEmpty());
            assertNull(mine.closeCode, "the session that changed the password keeps its socket");
        }
    }

    @Test
    void disablingAUserClosesAllItsSockets() {
        String supervisor = users.supervisor("sales");
        TestLogin.Session session = TestLogin.as(supervisor, TestUsers.PASSWORD);
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        try (LiveClient client = open(session)) {
            admin.api().body(Map.of("enabled", false)).put("/api/admin/users/" + supervisor + "/enabled")
                    .then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> client.closeCode != null);
            assertEquals(LiveSession.SESSION_ENDED, client.closeCode.intValue());
        }
    }

    @Test
    void aSessionPastItsAbsoluteLimitHasItsSocketClosedByTheExpiryCheck() {
        String supervisor = users.supervisor("sales");
        TestLogin.Session expiring = TestLogin.as(supervisor, TestUsers.PASSWORD);
        TestLogin.Session active = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        try (LiveClient old = open(expiring); LiveClient busy = open(active)) {
            // logged in longer ago than the absolute limit (10 h): an open socket does not extend that
            assertEquals(1, users.agedSessions(supervisor, Duration.ofHours(11)));
            expiry.endExpired(); // what the scheduler does every callcenter.security.session.expiry-check

            await().atMost(Duration.ofSeconds(10)).until(() -> old.closeCode != null);
            assertEquals(LiveSession.SESSION_ENDED, old.closeCode.intValue());
            assertEquals("session ended, log in again", old.closeReason);
            expiring.withoutCsrf().get("/api/session").then().statusCode(401);
            busy.send("{\"type\":\"ping\",\"id\":\"active\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !busy.of(ServerMessage.Pong.class).isEmpty());
            assertNull(busy.closeCode, "a session in use is not expired");
        }
    }

    @Test
    void anOpenPageKeepsItsSessionAliveWithoutClicksButAClosedOneExpires() {
        String waiting = users.supervisor("sales");
        String gone = users.supervisor("sales");
        TestLogin.Session desk = TestLogin.as(waiting, TestUsers.PASSWORD);
        TestLogin.Session closedPage = TestLogin.as(gone, TestUsers.PASSWORD);
        try (LiveClient open = open(desk)) {
            // no request for 2 h (e.g. an agent waiting for calls, or in a long call); its socket stayed open
            assertEquals(1, users.idleSessions(waiting, Duration.ofHours(2)));
            assertEquals(1, users.idleSessions(gone, Duration.ofHours(2)));
            expiry.endExpired();

            desk.withoutCsrf().get("/api/session").then().statusCode(200);
            open.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !open.of(ServerMessage.Pong.class).isEmpty());
            assertNull(open.closeCode, "the open page's session was kept");
            closedPage.withoutCsrf().get("/api/session").then().statusCode(401);
        }
    }

    private LiveClient open(TestLogin.Session session) {
        LiveClient client = LiveClient.connect(vertx, mapper, uri, false, session.cookie());
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Snapshot.class).isEmpty());
        return client;
    }
}
