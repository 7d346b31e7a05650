package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void preferredPortIsUsedWhenFree() {
        int free = Ports.anyFree();
        assertThat(Ports.choose(free)).isEqualTo(free);
    }

    @Test
    void takenPreferredPortFallsBackToAnotherFreePort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(Ports.LOOPBACK, 0));
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThat(Ports.isListening(port)).isTrue();
            int chosen = Ports.choose(port);
            assertThat(chosen).isNotEqualTo(port).isPositive();
            assertThat(Ports.isFree(chosen)).isTrue();
        }
    }

    @Test
    void zeroMeansAnyFreePortAndTakenPortsAreAvoided() {
        int first = Ports.choose(0);
        assertThat(first).isPositive();
        assertThat(Ports.choose(first, first)).isNotEqualTo(first);
        assertThat(Ports.anyFree(first)).isNotEqualTo(first);
    }
}
