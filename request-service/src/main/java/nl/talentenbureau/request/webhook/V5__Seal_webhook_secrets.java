package nl.talentenbureau.request.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.quarkus.logging.Log;

/**
 * Flyway migration 5 (Java, since the key is configuration and SQL has no AES-GCM): seals every webhook secret that
 * is still stored in clear with {@link SecretBox} under {@code request.webhook.secret-key}. Secrets keep their value,
 * so partners verify as before; a database without webhooks only needs the key to be set.
 */
public class V5__Seal_webhook_secrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        String key = ConfigProvider.getConfig().getValue("request.webhook.secret-key", String.class);
        int sealed = sealAll(context.getConnection(), new SecretBox(key));
        Log.infof("webhook secrets: %d sealed with request.webhook.secret-key", sealed);
    }

    /** Seals the secrets in clear (current and previous); the number of webhooks changed. */
    static int sealAll(Connection connection, SecretBox box) throws SQLException {
        Map<UUID, String[]> clear = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, secret, previous_secret from webhook where secret not like 'v1.%' "
                        + "or previous_secret not like 'v1.%' for update");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                clear.put(rows.getObject(1, UUID.class), new String[]{rows.getString(2), rows.getString(3)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update webhook set secret = ?, previous_secret = ? where id = ?")) {
            for (Map.Entry<UUID, String[]> row : clear.entrySet()) {
                update.setString(1, seal(box, row.getValue()[0], row.getKey()));
                update.setString(2, seal(box, row.getValue()[1], row.getKey()));
                update.setObject(3, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return clear.size();
    }

    private static String seal(SecretBox box, String value, UUID id) {
        return value == null || SecretBox.isSealed(value) ? value : box.seal(value, id);
    }
}
