package org.casebridge.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Collectors;

import org.casebridge.localstack.StackPorts.PortUse;

/** Finds ports someone else already listens on, before anything starts, so nothing starts half-way. */
final class PortCheck {

    private PortCheck() {
    }

    /** Whether binding {@code port} on the loopback interface fails, i.e. something listens on it. */
    static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the children will: a port in TIME_WAIT after the last stack stopped counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return false;
        } catch (IOException taken) {
            return true;
        }
    }

    /** @throws PortInUseException naming every taken port and what needs it */
    static void requireFree(StackPorts ports) {
        List<PortUse> taken = ports.uses().stream().filter(use -> inUse(use.port())).toList();
        if (!taken.isEmpty()) {
            throw new PortInUseException(taken);
        }
    }

    /** Ports of the stack that another process holds. */
    static final class PortInUseException extends StackException {
        PortInUseException(List<PortUse> taken) {
            super(taken.stream().map(use -> "port " + use.port() + " (needed by " + use.purpose() + ")")
                    .collect(Collectors.joining(", ")) + (taken.size() == 1 ? " is" : " are")
                    + " already in use by another program; nothing was started. Stop that program, or give "
                    + "this stack other ports with --base-port (./casebridge status tells whether it is "
                    + "another CaseBridge).");
        }
    }
}
