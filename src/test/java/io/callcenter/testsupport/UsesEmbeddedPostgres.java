package io.callcenter.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest of the suite. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class UsesEmbeddedPostgres {

    private UsesEmbeddedPostgres() {
    }
}
