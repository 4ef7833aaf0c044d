package io.callcenter.security.user;

import io.callcenter.security.SecurityConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** bcrypt hashing, plus generation of one-time passwords. */
@ApplicationScoped
public class PasswordHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    // compared against when the username is unknown, so that both cases take the same time
    private final String decoyHash;

    PasswordHasher(SecurityConfig config) {
        this.cost = config.bcryptCost();
        this.decoyHash = BcryptUtil.bcryptHash(generate(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Checks a password against a stored hash; a null hash still costs one bcrypt round. */
    public boolean matches(String password, String hash) {
        boolean ok = BcryptUtil.matches(password == null ? "" : password, hash == null ? decoyHash : hash);
        return ok && hash != null;
    }

    /** A random 16-character password (about 96 bits). */
    public static String generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
