package io.callcenter.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Accounts, sessions, login throttling and the first-start admin. */
@ConfigMapping(prefix = "callcenter.security")
public interface SecurityConfig {

    /** Sessions and their cookie. */
    Session session();

    /** Login throttling. */
    Lockout lockout();

    /** The admin account created at first start. */
    Admin admin();

    /** bcrypt cost factor (log2 rounds) for new password hashes; 4..31. */
    @WithDefault("11")
    int bcryptCost();

    /** Sessions and their cookie. */
    interface Session {
        /** Name of the session cookie (HttpOnly, SameSite=Strict). */
        @WithDefault("callcenter_session")
        String cookieName();

        /** Mark the session cookie Secure (set true when browsers reach the app over HTTPS). */
        @WithDefault("false")
        boolean secureCookie();

        /** A session unused for this long expires. */
        @WithDefault("30M")
        Duration inactivityTimeout();

        /** A session expires this long after login, however active. */
        @WithDefault("10H")
        Duration absoluteTimeout();

        /** Last-seen time is written at most this often per session (limits writes). */
        @WithDefault("1M")
        Duration touchInterval();

        /**
         * How often sessions that expired (inactivity or absolute timeout) are ended, so their open websockets close
         * (the scheduler reads the key {@code callcenter.security.session.expiry-check} directly; same default).
         */
        @WithDefault("30S")
        Duration expiryCheck();
    }

    /** Login throttling. */
    interface Lockout {
        /** Consecutive failed logins for one username before it is locked. */
        @WithDefault("5")
        int userMaxFailures();

        /** Failed logins from one address within the window before the address is refused. */
        @WithDefault("20")
        int addressMaxFailures();

        /** How long failures count, and how long a lock lasts after the last failure. */
        @WithDefault("15M")
        Duration window();
    }

    /** The admin account created at first start. */
    interface Admin {
        /** Username of the first admin (env CALLCENTER_ADMIN_USER). */
        @WithDefault("admin")
        String username();

        /** Its password (env CALLCENTER_ADMIN_PASSWORD); empty: a one-time password is logged once. */
        Optional<String> password();
    }
}
