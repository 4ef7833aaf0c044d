package io.callcenter.console;

import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** What every console test shares: the demo calls helper, test users, a logged-in admin and the API paths. */
abstract class ConsoleTestBase {

    static final String SERVER = "/api/console/servers/demo";
    static final String CHANNELS = SERVER + "/channels/";
    static final String BRIDGES = SERVER + "/bridges";
    static final String SYSTEM = SERVER + "/system";

    @Inject
    DemoCalls calls;

    @Inject
    TestUsers users;

    String adminName;
    TestLogin.Session admin;

    @BeforeEach
    void loginAdmin() {
        adminName = users.admin();
        admin = TestLogin.as(adminName, TestUsers.PASSWORD);
    }

    TestLogin.Session supervisor() {
        return TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
    }

    /** Hangs the channels up through the console, so no test leaves a call behind for the next. */
    void hangUp(String... ids) {
        for (String id : ids) {
            admin.api().post(CHANNELS + id + "/hangup").then().statusCode(200);
        }
    }
}
