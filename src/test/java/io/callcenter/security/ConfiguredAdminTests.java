package io.callcenter.security;

import static org.hamcrest.Matchers.endsWith;

import io.callcenter.security.user.FirstStartAccounts;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CALLCENTER_ADMIN_USER / CALLCENTER_ADMIN_PASSWORD give the first admin, usable at once. */
@QuarkusTest
@TestProfile(ConfiguredAdminTests.ConfiguredAdmin.class)
class ConfiguredAdminTests {

    /** The admin as the environment would configure it. */
    public static class ConfiguredAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("callcenter.security.admin.username", "ops-admin",
                    "callcenter.security.admin.password", "configured-admin-pw");
        }
    }

    @Inject
    FirstStartAccounts firstStart;

    @Test
    void configuredAdminCanLogInWithoutForcedChange() throws Exception {
        AdminsDisabled.disableEveryAdmin();
        firstStart.ensureAdmin();
        TestLogin.postLogin("ops-admin", "configured-admin-pw").then().statusCode(303).header("Location", endsWith(":" + io.restassured.RestAssured.port + "/"));
        TestLogin.as("ops-admin", "configured-admin-pw").api().get("/api/admin/users").then().statusCode(200);
    }
}
