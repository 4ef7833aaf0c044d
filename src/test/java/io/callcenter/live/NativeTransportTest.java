package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The event loops run on Netty's native epoll transport where it is configured and the pom ships its library
 * (Linux x86_64): a JNI library that fails to load makes Vert.x fall back to the JDK's transport without an error.
 */
@QuarkusTest
class NativeTransportTest {

    @Inject
    LiveTransport transport;
    @ConfigProperty(name = "quarkus.vertx.prefer-native-transport")
    boolean preferred;

    @Test
    void epollRunsTheEventLoopsWhereConfigured() {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue("Linux".equals(os) && List.of("amd64", "x86_64").contains(arch),
                "the pom ships the epoll library for Linux x86_64 only; on " + os + "/" + arch
                        + " the JDK transport runs, not checked here");
        Assumptions.assumeTrue(preferred, "quarkus.vertx.prefer-native-transport is off: nothing to check");
        assertTrue(transport.nativeEpoll(), "native transport configured but not running: " + transport.epollProblem());
        assertEquals("io.netty.channel.epoll.EpollEventLoop", transport.loopClass());
    }
}
