package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One connection to the store with what reads and writes through it. A {@link LinkageStore} replaces its session
 * when the connection is lost (a shared H2 file's serving process ended: the next connection finds the new server,
 * or serves the file itself).
 */
record LinkageSession(Connection connection, LinkageWriter writer, LinkageQueries queries, AuditHeadRow auditHead) {

    /**
     * @throws LinkageException as {@link LinkageDatabase#connect}, or when the database is neither H2 nor PostgreSQL
     */
    static LinkageSession open(String jdbcUrl, Properties properties, String keyFingerprint) {
        Connection connection = LinkageDatabase.connect(jdbcUrl, properties);
        try {
            SqlDialect dialect = SqlDialect.of(connection);
            return new LinkageSession(connection, new LinkageWriter(connection, dialect, keyFingerprint),
                    new LinkageQueries(connection, keyFingerprint), new AuditHeadRow(connection, keyFingerprint));
        } catch (SQLException e) {
            LinkageDatabase.closeQuietly(connection);
            throw new LinkageException("cannot open linkage store " + LinkageDatabase.printable(jdbcUrl) + ": "
                    + e.getMessage());
        } catch (LinkageException e) {
            LinkageDatabase.closeQuietly(connection);
            throw e;
        }
    }

    void close() {
        LinkageDatabase.closeQuietly(connection);
    }
}
