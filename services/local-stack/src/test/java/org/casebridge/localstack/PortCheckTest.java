package org.casebridge.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

import org.casebridge.localstack.PortCheck.PortInUseException;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void findsAPortSomeoneListensOn() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortCheck.inUse(taken.getLocalPort())).isTrue();
        }
    }

    @Test
    void findsAPortFreeOnceItsListenerClosed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(PortCheck.inUse(port)).isFalse();
    }

    @Test
    void namesTheTakenPortAndWhatNeedsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int freePort = free.getLocalPort();
            free.close();
            Map<StackService, Integer> services = new EnumMap<>(StackService.class);
            for (StackService service : StackService.values()) {
                services.put(service, service == StackService.POLICE ? taken.getLocalPort() : freePort);
            }
            StackPorts ports = new StackPorts(freePort, freePort, freePort, services);

            assertThatThrownBy(() -> PortCheck.requireFree(ports)).isInstanceOf(PortInUseException.class)
                    .hasMessageStartingWith("port " + taken.getLocalPort() + " (needed by the police-service) is")
                    .hasMessageContaining("nothing was started");
        }
    }
}
