package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
    private final byte[] key;

    public ReviewAudit(Path reviewDir) throws IOException {
        this.key = key(reviewDir.resolve("audit.key"));
        this.log = AuditLog.open(reviewDir.resolve("audit.jsonl"), ProjectKey.of(key));
    }

    /**
     * A keyed digest of a value that must not be written (a term that is PHI): HMAC-SHA256 under the audit key of a
     * label and the value (the label keeps it apart from the log's own MACs), 16 hex digits. Whoever holds the key can check a guess; the log alone tells nothing.
     */
    public String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("veil-web term\u0000".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HMAC-SHA256", e);
        }
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
