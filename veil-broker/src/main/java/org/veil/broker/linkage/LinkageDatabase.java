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
    /** H2's error code for a database file locked by a process that does not serve it. */
    private static final int H2_IN_USE = 90020;

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
            throw new LinkageException(e.getErrorCode() == H2_IN_USE ? inUse(jdbcUrl)
                    : "cannot open linkage store " + printable(jdbcUrl) + ": " + e.getMessage());
        } catch (LinkageException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A sentence for H2's "Database may be already in use": a program that does not share the file holds it. */
    private static String inUse(String jdbcUrl) {
        return "the linkage store " + printable(jdbcUrl).replaceFirst(";.*", "") + " is open in another program "
                + "that does not share it (an H2 tool, or a Veil older than 0.1 that opened it alone); Veil runs share "
                + "it with each other, so wait until that program ends and run again";
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
