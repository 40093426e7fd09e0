package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connecting to the database and preparing it: manual commits, read-committed isolation, the schema. */
final class LinkageDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageDatabase.class);

    private LinkageDatabase() {
    }

    /**
     * A connection with the schema in place. Creating the schema is tried twice, since two processes creating it at
     * once on PostgreSQL can collide.
     *
     * @throws LinkageException with the driver's message (connection problems quote no stored values)
     */
    static Connection connect(String jdbcUrl, Properties properties) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(jdbcUrl, properties);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                LinkageSchema.ensure(connection);
            } catch (SQLException e) {
                connection.rollback();
                LinkageSchema.ensure(connection);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LinkageException("cannot open linkage store " + printable(jdbcUrl) + ": " + e.getMessage());
        } catch (LinkageException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The URL with any password parameter hidden. */
    static String printable(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)password=[^;&]*", "password=(hidden)");
    }

    static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("linkage store: rollback failed (SQLState {})", e.getSQLState());
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("linkage store: close failed (SQLState {})", e.getSQLState());
        }
    }
}
