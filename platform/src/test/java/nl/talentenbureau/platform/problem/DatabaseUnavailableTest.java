package nl.talentenbureau.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailable() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(new JDBCConnectionException("gone",
                new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
