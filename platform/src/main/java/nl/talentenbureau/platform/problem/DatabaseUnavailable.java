package nl.talentenbureau.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, failing over, or the pool
 * cannot get a connection in time), which the client should hear as 503 and retry, not as a server error.
 */
final class DatabaseUnavailable {

    /** Connection exceptions (class 08) and the server shutting down or starting up (57P01-57P03). */
    private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OPERATOR_INTERVENTION.contains(sql.getSQLState()))) {
                return true;
            }
            // Agroal's pool, when no connection could be opened within the acquisition timeout
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
