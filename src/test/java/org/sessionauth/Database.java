package org.sessionauth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The service's database, read from a client-side test: what an HTTP answer cannot show. */
final class Database {

    private Database() {
    }

    /** The number in the first column of the one row {@code sql} selects. */
    static long number(String sql, Object parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + parameter + ": " + sql);
                }
                return row.getLong(1);
            }
        }
    }
}
