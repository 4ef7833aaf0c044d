package io.callcenter.ari.client;

import io.callcenter.ari.config.AriServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh tiny ARI HTTP server per test and the app's real client pointed at it. */
abstract class AriClientTestBase {

    @Inject
    AriClientFactory factory;

    TinyAriHttpServer ari;
    AriApi client;

    @BeforeEach
    void start() throws Exception {
        ari = new TinyAriHttpServer();
        client = factory.create(new AriServer("pbx1", ari.baseUri(), "callcenter", "s3cret", "callcenter", true));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        ari.close();
    }
}
