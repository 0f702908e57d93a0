package nl.talentenbureau.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Which of the ports the stack needs are already taken by another program. */
public final class Ports {

    /** A port and what the stack wants it for. */
    public record Use(String what, int port) {
    }

    private Ports() {
    }

    /** True when nothing listens on the port, on any interface. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static List<Use> taken(List<Use> wanted) {
        return wanted.stream().filter(use -> !isFree(use.port())).toList();
    }

    /** A message that names every taken port, what needed it and how to find who holds it. */
    public static String explain(List<Use> taken) {
        StringBuilder text = new StringBuilder("Cannot start: ");
        text.append(taken.size() == 1 ? "a port the stack needs is taken." : "ports the stack needs are taken.");
        for (Use use : taken) {
            text.append(System.lineSeparator())
                    .append("  port ").append(use.port()).append(" (").append(use.what())
                    .append(") is taken: see who holds it with `ss -ltnp 'sport = :")
                    .append(use.port()).append("'` or `lsof -iTCP:").append(use.port()).append(" -sTCP:LISTEN`");
        }
        text.append(System.lineSeparator())
                .append(taken.size() == 1 ? "Stop that program" : "Stop those programs")
                .append(" (perhaps an earlier run of this launcher, or a local PostgreSQL or Keycloak) and try again.");
        return text.toString();
    }

    /**
     * {@code count} different ports nothing listens on now, for tests: all sockets are held open until every port is
     * chosen, so two of them can never be the same port.
     */
    public static java.util.Deque<Integer> free(int count) {
        List<ServerSocket> held = new java.util.ArrayList<>();
        try {
            java.util.Deque<Integer> ports = new java.util.ArrayDeque<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a socket we only held to reserve a number
                }
            }
        }
    }

    /** A port nothing listens on now, for tests. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
