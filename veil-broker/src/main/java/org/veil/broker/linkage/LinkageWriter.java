package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch in the current transaction: upserts of patients and studies, then detection of pseudonym
 * collisions and of studies recorded for another patient, stored as warnings. Returns the warnings found.
 */
final class LinkageWriter {
    private static final Comparator<PatientLink> PATIENT_ORDER = Comparator.comparing(PatientLink::issuer)
            .thenComparing(PatientLink::patientId).thenComparing(PatientLink::pseudonym);
    private static final Comparator<StudyLink> STUDY_ORDER = Comparator.comparing(StudyLink::studyUid)
            .thenComparing(StudyLink::patientPseudonym);

    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "23505", "HYT00", "90131");
    private static final int ATTEMPTS = 3;

    private final Connection connection;
    private final SqlDialect dialect;
    private final String keyFingerprint;

    LinkageWriter(Connection connection, SqlDialect dialect, String keyFingerprint) {
        this.connection = connection;
        this.dialect = dialect;
        this.keyFingerprint = keyFingerprint;
    }

    /**
     * Writes and commits the batch, retrying when concurrent writers got in the way (serialization failure,
     * deadlock, a unique key inserted meanwhile, or a lock wait that timed out).
     *
     * @throws LinkageException naming the SQLState only, after rolling back
     */
    List<LinkageWarning> writeAndCommit(Batch batch, Instant now) {
        String sqlState = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                List<LinkageWarning> warnings = write(batch, now);
                connection.commit();
                return warnings;
            } catch (SQLException e) {
                LinkageDatabase.rollback(connection);
                sqlState = e.getSQLState();
                if (!RETRYABLE.contains(sqlState) || LinkageException.lost(sqlState)) {
                    break;
                }
            }
        }
        throw new LinkageException("linkage store: writing " + batch.size() + " links failed (SQLState " + sqlState
                + "); they stay buffered", sqlState);
    }

    private List<LinkageWarning> write(Batch batch, Instant now) throws SQLException {
        upsertPatients(batch.patients());
        upsertStudies(batch.studies());
        List<LinkageWarning> warnings = new ArrayList<>();
        warnings.addAll(collisions(batch.patients().keySet(), now));
        warnings.addAll(studyConflicts(batch.studies().keySet(), now));
        insertWarnings(warnings);
        return warnings;
    }

    /** Rows are written in key order, so that concurrent writers lock them in the same order. */
    private static <K> List<Map.Entry<K, Sightings>> sorted(Map<K, Sightings> links, Comparator<K> order) {
        List<Map.Entry<K, Sightings>> entries = new ArrayList<>(links.entrySet());
        entries.sort(Map.Entry.comparingByKey(order));
        return entries;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void upsertPatients(Map<PatientLink, Sightings> patients) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect.upsertPatient())) {
            for (Map.Entry<PatientLink, Sightings> e : sorted(patients, PATIENT_ORDER)) {
                PatientLink p = e.getKey();
                ps.setString(1, keyFingerprint);
                ps.setString(2, p.issuer());
                ps.setString(3, p.patientId());
                ps.setString(4, p.pseudonym());
                ps.setInt(5, p.dateOffsetDays());
                ps.setObject(6, utc(e.getValue().first()));
                ps.setObject(7, utc(e.getValue().last()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertStudies(Map<StudyLink, Sightings> studies) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect.upsertStudy())) {
            for (Map.Entry<StudyLink, Sightings> e : sorted(studies, STUDY_ORDER)) {
                StudyLink s = e.getKey();
                ps.setString(1, keyFingerprint);
                ps.setString(2, s.studyUid());
                ps.setString(3, s.pseudoStudyUid());
                ps.setString(4, s.patientPseudonym());
                ps.setString(5, s.accession());
                ps.setString(6, s.pseudoAccession());
                ps.setObject(7, utc(e.getValue().first()));
                ps.setObject(8, utc(e.getValue().last()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<LinkageWarning> collisions(Set<PatientLink> patients, Instant now) throws SQLException {
        Set<String> pseudonyms = new LinkedHashSet<>();
        patients.forEach(p -> pseudonyms.add(p.pseudonym()));
        List<LinkageWarning> found = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM veil_patient WHERE key_fp = ? AND pseudonym = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (String pseudonym : pseudonyms) {
                ps.setString(1, keyFingerprint);
                ps.setString(2, pseudonym);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int originals = rs.getInt(1);
                    if (originals > 1) {
                        found.add(new LinkageWarning(WarningKind.PSEUDONYM_COLLISION, pseudonym,
                                "shared by " + originals + " different patients", now));
                    }
                }
            }
        }
        return found;
    }

    private List<LinkageWarning> studyConflicts(Set<StudyLink> studies, Instant now) throws SQLException {
        List<LinkageWarning> found = new ArrayList<>();
        String sql = "SELECT pseudo_study_uid, patient_pseudonym FROM veil_study WHERE key_fp = ? AND study_uid = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (StudyLink study : studies) {
                ps.setString(1, keyFingerprint);
                ps.setString(2, study.studyUid());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !rs.getString(2).equals(study.patientPseudonym())) {
                        found.add(new LinkageWarning(WarningKind.STUDY_PATIENT_CONFLICT, rs.getString(1),
                                "recorded for patient " + rs.getString(2) + ", also arrived for patient "
                                        + study.patientPseudonym(), now));
                    }
                }
            }
        }
        return found;
    }

    private void insertWarnings(List<LinkageWarning> warnings) throws SQLException {
        if (warnings.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(dialect.insertWarning())) {
            for (LinkageWarning w : warnings) {
                ps.setString(1, keyFingerprint);
                ps.setString(2, w.kind().name());
                ps.setString(3, w.subject());
                ps.setString(4, w.detail());
                ps.setObject(5, utc(w.created()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
