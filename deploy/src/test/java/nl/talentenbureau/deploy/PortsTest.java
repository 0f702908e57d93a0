package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortNobodyListensOnIsFree() {
        assertThat(Ports.isFree(Ports.free())).isTrue();
    }

    @Test
    void aPortSomeoneListensOnIsTakenAndNamed() throws IOException {
        try (ServerSocket holder = new ServerSocket(0)) {
            int port = holder.getLocalPort();
            List<Ports.Use> taken = Ports.taken(List.of(new Ports.Use("Keycloak", port),
                    new Ports.Use("volunteer-service", Ports.free())));
            assertThat(taken).containsExactly(new Ports.Use("Keycloak", port));
            assertThat(Ports.explain(taken)).contains("port " + port + " (Keycloak) is taken")
                    .contains("ss -ltnp 'sport = :" + port + "'");
        }
    }

    @Test
    void aPortTakenOnLoopbackOnlyCountsAsTaken() throws IOException {
        // embedded PostgreSQL listens on localhost only; the check must still see it
        try (ServerSocket holder = new ServerSocket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThat(Ports.isFree(holder.getLocalPort())).isFalse();
        }
    }

    @Test
    void theStackAsksForItsFixedPorts() {
        java.nio.file.Path root = java.nio.file.Path.of(".");
        LocalStack stack = new LocalStack(root, LocalStack.Layout.standard(root), System.out);
        assertThat(stack.ports()).extracting(Ports.Use::port)
                .contains(LocalStack.POSTGRES_PORT, LocalStack.KEYCLOAK_PORT, 8081)
                .doesNotHaveDuplicates()
                .doesNotContain(5432);
    }
}
