package org.veil.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.veil.broker.audit.AuditEvent;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.audit.AuditRecord;
import org.veil.deid.pseudo.ProjectKey;

/**
 * The review's decisions in veil-broker's MAC-chained audit log ({@code review/audit.jsonl}). The log records the
 * operating system user that runs the server; the signed-in web user is named in the event's reason. The MAC key is
 * a random key in {@code review/audit.key} (mode 600): it detects edits by anyone who cannot read the work folder.
 */
public final class ReviewAudit {
    private final AuditLog log;

    public ReviewAudit(Path reviewDir) throws IOException {
        this.log = AuditLog.open(reviewDir.resolve("audit.jsonl"), ProjectKey.of(key(reviewDir.resolve("audit.key"))));
    }

    private static byte[] key(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, k);
        }
        return Files.readAllBytes(file);
    }

    /** Records one decision: {@code action} on {@code subject} (a study UID or instance id) by {@code user}. */
    public void record(String user, String action, String subject, String what) {
        log.append(new AuditEvent(action, subject, "web user " + user + ": " + what, "done"));
    }

    public List<AuditRecord> records() {
        return log.records();
    }

    public boolean intact() {
        return log.verify().intact();
    }
}
