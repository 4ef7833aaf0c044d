package io.callcenter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The app starts on a real PostgreSQL and reports its database as ready. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }
}
