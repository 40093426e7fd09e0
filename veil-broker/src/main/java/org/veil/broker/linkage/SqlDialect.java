package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The upsert statements, which differ between the supported databases: PostgreSQL's {@code INSERT ... ON CONFLICT}
 * is safe when several processes write the same row at once; H2's standard {@code MERGE} runs in the one H2 engine
 * that serves a file to every process sharing it (AUTO_SERVER), where a row inserted by a racing writer meanwhile
 * fails with a duplicate key that the writer retries. Every statement takes the same parameters in the same order on
 * both.
 */
enum SqlDialect {
    H2(
            "MERGE INTO veil_patient t USING (VALUES (?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE)))"
                    + " s(key_fp, issuer, patient_id, pseudonym, date_offset, first_seen, last_seen)"
                    + " ON t.key_fp = s.key_fp AND t.issuer = s.issuer AND t.patient_id = s.patient_id"
                    + " AND t.pseudonym = s.pseudonym"
                    + " WHEN MATCHED THEN UPDATE SET first_seen = LEAST(t.first_seen, s.first_seen),"
                    + " last_seen = GREATEST(t.last_seen, s.last_seen)"
                    + " WHEN NOT MATCHED THEN INSERT (key_fp, issuer, patient_id, pseudonym, date_offset, first_seen,"
                    + " last_seen) VALUES (s.key_fp, s.issuer, s.patient_id, s.pseudonym, s.date_offset, s.first_seen,"
                    + " s.last_seen)",
            "MERGE INTO veil_study t USING (VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE)))"
                    + " s(key_fp, study_uid, pseudo_study_uid, patient_pseudonym, accession, pseudo_accession,"
                    + " first_seen, last_seen)"
                    + " ON t.key_fp = s.key_fp AND t.study_uid = s.study_uid"
                    + " WHEN MATCHED THEN UPDATE SET first_seen = LEAST(t.first_seen, s.first_seen),"
                    + " last_seen = GREATEST(t.last_seen, s.last_seen)"
                    + " WHEN NOT MATCHED THEN INSERT (key_fp, study_uid, pseudo_study_uid, patient_pseudonym,"
                    + " accession, pseudo_accession, first_seen, last_seen) VALUES (s.key_fp, s.study_uid,"
                    + " s.pseudo_study_uid, s.patient_pseudonym, s.accession, s.pseudo_accession, s.first_seen,"
                    + " s.last_seen)",
            "MERGE INTO veil_warning t USING (VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE)))"
                    + " s(key_fp, kind, subject, detail, created)"
                    + " ON t.key_fp = s.key_fp AND t.kind = s.kind AND t.subject = s.subject AND t.detail = s.detail"
                    + " WHEN NOT MATCHED THEN INSERT (key_fp, kind, subject, detail, created)"
                    + " VALUES (s.key_fp, s.kind, s.subject, s.detail, s.created)"),
    POSTGRESQL(
            "INSERT INTO veil_patient (key_fp, issuer, patient_id, pseudonym, date_offset, first_seen, last_seen)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key_fp, issuer, patient_id, pseudonym) DO UPDATE"
                    + " SET first_seen = LEAST(veil_patient.first_seen, EXCLUDED.first_seen),"
                    + " last_seen = GREATEST(veil_patient.last_seen, EXCLUDED.last_seen)",
            "INSERT INTO veil_study (key_fp, study_uid, pseudo_study_uid, patient_pseudonym, accession,"
                    + " pseudo_accession, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (key_fp, study_uid) DO UPDATE"
                    + " SET first_seen = LEAST(veil_study.first_seen, EXCLUDED.first_seen),"
                    + " last_seen = GREATEST(veil_study.last_seen, EXCLUDED.last_seen)",
            "INSERT INTO veil_warning (key_fp, kind, subject, detail, created) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING");

    private final String upsertPatient;
    private final String upsertStudy;
    private final String insertWarning;

    SqlDialect(String upsertPatient, String upsertStudy, String insertWarning) {
        this.upsertPatient = upsertPatient;
        this.upsertStudy = upsertStudy;
        this.insertWarning = insertWarning;
    }

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("H2")) {
            return H2;
        }
        if (product.equalsIgnoreCase("PostgreSQL")) {
            return POSTGRESQL;
        }
        throw new LinkageException("linkage store on " + product + " is not supported (H2 and PostgreSQL are)");
    }

    /** key_fp, issuer, patient_id, pseudonym, date_offset, first_seen, last_seen. */
    String upsertPatient() {
        return upsertPatient;
    }

    /** key_fp, study_uid, pseudo_study_uid, patient_pseudonym, accession, pseudo_accession, first_seen, last_seen. */
    String upsertStudy() {
        return upsertStudy;
    }

    /** key_fp, kind, subject, detail, created; nothing happens when the same warning exists. */
    String insertWarning() {
        return insertWarning;
    }
}
