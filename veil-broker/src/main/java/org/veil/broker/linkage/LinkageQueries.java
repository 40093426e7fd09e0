package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The read side of the store, for one key fingerprint. */
final class LinkageQueries {
    private static final String PATIENT = "SELECT issuer, patient_id, pseudonym, date_offset, first_seen, last_seen"
            + " FROM veil_patient WHERE key_fp = ? ";
    private static final String STUDY = "SELECT study_uid, pseudo_study_uid, patient_pseudonym, accession,"
            + " pseudo_accession, first_seen, last_seen FROM veil_study WHERE key_fp = ? ";

    private final Connection connection;
    private final String keyFingerprint;

    LinkageQueries(Connection connection, String keyFingerprint) {
        this.connection = connection;
        this.keyFingerprint = keyFingerprint;
    }

    List<PatientRecord> patientsByPseudonym(String pseudonym) throws SQLException {
        return patients(PATIENT + "AND pseudonym = ? ORDER BY first_seen, issuer, patient_id", pseudonym);
    }

    List<PatientRecord> patientsById(String issuer, String patientId) throws SQLException {
        return patients(PATIENT + "AND issuer = ? AND patient_id = ? ORDER BY first_seen, pseudonym", issuer,
                patientId);
    }

    List<StudyRecord> studiesByUid(String studyUid) throws SQLException {
        return studies(STUDY + "AND study_uid = ?", studyUid);
    }

    List<StudyRecord> studiesByPseudonymousUid(String pseudoStudyUid) throws SQLException {
        return studies(STUDY + "AND pseudo_study_uid = ? ORDER BY first_seen, study_uid", pseudoStudyUid);
    }

    List<StudyRecord> studiesOfPatient(String patientPseudonym) throws SQLException {
        return studies(STUDY + "AND patient_pseudonym = ? ORDER BY first_seen, study_uid", patientPseudonym);
    }

    List<Collision> collisions() throws SQLException {
        String sql = "SELECT pseudonym, COUNT(*) FROM veil_patient WHERE key_fp = ? GROUP BY pseudonym"
                + " HAVING COUNT(*) > 1 ORDER BY pseudonym";
        List<Collision> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Collision(rs.getString(1), rs.getInt(2)));
            }
        }
        return out;
    }

    List<LinkageWarning> warnings() throws SQLException {
        String sql = "SELECT kind, subject, detail, created FROM veil_warning WHERE key_fp = ?"
                + " ORDER BY created, kind, subject, detail";
        List<LinkageWarning> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LinkageWarning(WarningKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        instant(rs, 4)));
            }
        }
        return out;
    }

    private List<PatientRecord> patients(String sql, String... parameters) throws SQLException {
        List<PatientRecord> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PatientLink link = new PatientLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                out.add(new PatientRecord(link, instant(rs, 5), instant(rs, 6)));
            }
        }
        return out;
    }

    private List<StudyRecord> studies(String sql, String... parameters) throws SQLException {
        List<StudyRecord> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StudyLink link = new StudyLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
                out.add(new StudyRecord(link, instant(rs, 6), instant(rs, 7)));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, String... parameters) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setString(1, keyFingerprint);
        for (int i = 0; i < parameters.length; i++) {
            ps.setString(i + 2, parameters[i]);
        }
        return ps;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
