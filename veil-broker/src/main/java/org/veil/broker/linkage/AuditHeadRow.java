package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.veil.broker.audit.AuditHead;

/** The row of {@code veil_audit_head} for one key fingerprint: the audit chain's anchored head. */
final class AuditHeadRow {
    private final Connection connection;
    private final String keyFingerprint;

    AuditHeadRow(Connection connection, String keyFingerprint) {
        this.connection = connection;
        this.keyFingerprint = keyFingerprint;
    }

    Optional<AuditHead> read() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT seq, mac FROM veil_audit_head WHERE key_fp = ?")) {
            ps.setString(1, keyFingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AuditHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** Replaces the row (audit appends are serialised by the log's file lock, so no two writers race here). */
    void write(AuditHead head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE veil_audit_head SET seq = ?, mac = ? WHERE key_fp = ?")) {
            update.setLong(1, head.seq());
            update.setString(2, head.mac());
            update.setString(3, keyFingerprint);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO veil_audit_head (key_fp, seq, mac) VALUES (?, ?, ?)")) {
            insert.setString(1, keyFingerprint);
            insert.setLong(2, head.seq());
            insert.setString(3, head.mac());
            insert.executeUpdate();
        }
    }
}
