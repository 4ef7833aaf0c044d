package io.callcenter.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Logs in through the real login form and hands out a request spec carrying the session cookie and the
 * CSRF header: what other features' tests use to call protected endpoints.
 */
public final class TestLogin {

    public static final String SESSION_COOKIE = "callcenter_session";
    public static final String LOGIN_CSRF_COOKIE = "callcenter_login_csrf";

    /** A logged-in browser: its session cookie and the session's CSRF token. */
    public record Session(String cookie, String csrfToken) {

        /** JSON request with cookie and CSRF header. */
        public RequestSpecification api() {
            return given().cookie(SESSION_COOKIE, cookie).header("X-CSRF-Token", csrfToken)
                    .contentType(ContentType.JSON).accept(ContentType.JSON);
        }

        /** Request with the cookie only (no CSRF token), e.g. to prove the CSRF check. */
        public RequestSpecification withoutCsrf() {
            return given().cookie(SESSION_COOKIE, cookie).redirects().follow(false);
        }
    }

    private TestLogin() {
    }

    /** Posts the login form; returns the raw response (303 on success). */
    public static Response postLogin(String username, String password) {
        String csrf = given().get("/login").then().statusCode(200).extract().cookie(LOGIN_CSRF_COOKIE);
        return given().redirects().follow(false).cookie(LOGIN_CSRF_COOKIE, csrf)
                .formParam("username", username).formParam("password", password).formParam("csrf-token", csrf)
                .post("/login");
    }

    /** Logs in (must succeed) and fetches the session's CSRF token. */
    public static Session as(String username, String password) {
        Response login = postLogin(username, password);
        login.then().statusCode(303);
        String cookie = login.getCookie(SESSION_COOKIE);
        String csrf = given().cookie(SESSION_COOKIE, cookie).get("/api/session")
                .then().statusCode(200).extract().path("csrfToken");
        return new Session(cookie, csrf);
    }
}
