package io.callcenter.security;

import io.callcenter.testsupport.EmbeddedPostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Puts the shared database in the "no enabled admin" state of a first start. */
final class AdminsDisabled {

    private AdminsDisabled() {
    }

    static void disableEveryAdmin() throws SQLException {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresResource.database().jdbcUrl(), "postgres",
                "postgres")) {
            db.createStatement().executeUpdate("update app_user set enabled = false "
                    + "where id in (select user_id from user_role where role = 'admin')");
        }
    }
}
