package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema: tables are created when missing, the version is recorded in {@code veil_schema}, and a
 * database of a newer version is refused rather than misread.
 */
final class LinkageSchema {
    /** The schema version this code reads and writes. */
    static final int VERSION = 1;
    private static final String TIME = " TIMESTAMP WITH TIME ZONE NOT NULL";
    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS veil_schema (version INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS veil_patient (key_fp VARCHAR(64) NOT NULL, issuer VARCHAR(1024) NOT NULL,"
                    + " patient_id VARCHAR(1024) NOT NULL, pseudonym VARCHAR(128) NOT NULL,"
                    + " date_offset INTEGER NOT NULL, first_seen" + TIME + ", last_seen" + TIME + ","
                    + " PRIMARY KEY (key_fp, issuer, patient_id, pseudonym))",
            "CREATE INDEX IF NOT EXISTS veil_patient_by_pseudonym ON veil_patient (key_fp, pseudonym)",
            "CREATE TABLE IF NOT EXISTS veil_study (key_fp VARCHAR(64) NOT NULL, study_uid VARCHAR(128) NOT NULL,"
                    + " pseudo_study_uid VARCHAR(128) NOT NULL, patient_pseudonym VARCHAR(128) NOT NULL,"
                    + " accession VARCHAR(1024) NOT NULL, pseudo_accession VARCHAR(128) NOT NULL,"
                    + " first_seen" + TIME + ", last_seen" + TIME + ", PRIMARY KEY (key_fp, study_uid))",
            "CREATE INDEX IF NOT EXISTS veil_study_by_pseudo_uid ON veil_study (key_fp, pseudo_study_uid)",
            "CREATE INDEX IF NOT EXISTS veil_study_by_patient ON veil_study (key_fp, patient_pseudonym)",
            "CREATE TABLE IF NOT EXISTS veil_warning (key_fp VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL,"
                    + " subject VARCHAR(128) NOT NULL, detail VARCHAR(512) NOT NULL, created" + TIME + ","
                    + " PRIMARY KEY (key_fp, kind, subject, detail))",
            "CREATE TABLE IF NOT EXISTS veil_audit_head (key_fp VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " seq BIGINT NOT NULL, mac VARCHAR(64) NOT NULL)");

    private LinkageSchema() {
    }

    /** Creates what is missing and checks the version; commits. */
    static void ensure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
            int version = version(statement);
            if (version == 0) {
                statement.executeUpdate("INSERT INTO veil_schema (version) VALUES (" + VERSION + ")");
            } else if (version > VERSION) {
                connection.rollback();
                throw new LinkageException("linkage store schema version " + version + " is newer than this Veil"
                        + " supports (" + VERSION + ")");
            }
            connection.commit();
        }
    }

    private static int version(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM veil_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
