package org.veil.broker.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.broker.audit.AuditMessage.Participant;
import org.veil.broker.audit.AuditMessage.ParticipantObject;

/**
 * The DICOM Audit Messages Veil writes (docs/keys.md, "Audit messages"). They name the requester, pseudonyms, key
 * fingerprints and digests, never an original identifier nor the stated reason (free text, which stays in the
 * MAC-chained log only).
 *
 * <ul>
 *   <li>re-identification: Patient Record (DCM 110110), action R, event type Use of Restricted Function (110137);
 *   the object is the pseudonym (or pseudonymous Study Instance UID) that was looked up;</li>
 *   <li>key creation: Security Alert (110113), action C, event type Security Configuration (110129); the object is
 *   the key's fingerprint;</li>
 *   <li>delivery seal: Export (110106), action R; the object is the delivery, by the SHA-256 of its manifest.</li>
 * </ul>
 */
public final class AuditMessages {
    /** AuditSourceID of every message. */
    public static final String SOURCE = "veil";
    private static final String STUDY_ACTION = "reidentify-study";

    private AuditMessages() {
    }

    /** The message for a record of the MAC-chained log (a re-identification request). */
    public static AuditMessage reidentification(AuditRecord record) {
        AuditEvent event = record.event();
        ParticipantObject looked = STUDY_ACTION.equals(event.action())
                ? new ParticipantObject(event.subject(), 2, 3, CodedValue.STUDY_INSTANCE_UID, null, link(record))
                : new ParticipantObject(event.subject(), 1, 1, CodedValue.PATIENT_NUMBER, null, link(record));
        return new AuditMessage(CodedValue.PATIENT_RECORD, "R", record.time(), outcome(event.outcome()),
                CodedValue.USE_OF_RESTRICTED_FUNCTION, actors(record.user(), CodedValue.APPLICATION), SOURCE,
                record.keyId(), List.of(looked));
    }

    /** The message for a new project key; {@code storage} says where it lives (e.g. "PKCS#12 keystore"). */
    public static AuditMessage keyCreated(String fingerprint, String storage, Instant time) {
        ParticipantObject key = new ParticipantObject(fingerprint, 2, 13, CodedValue.KEY_FINGERPRINT,
                "project key in a " + storage, Map.of());
        return new AuditMessage(CodedValue.SECURITY_ALERT, "C", time, 0, CodedValue.SECURITY_CONFIGURATION,
                actors(user(), CodedValue.APPLICATION), SOURCE, fingerprint, List.of(key));
    }

    /** The message for a sealed delivery: the manifest's SHA-256 (hex) and how many files it lists. */
    public static AuditMessage deliverySealed(String keyFingerprint, String manifestSha256, int files,
                                              Instant time) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("files", Integer.toString(files));
        details.put("keyFingerprint", keyFingerprint);
        ParticipantObject delivery = new ParticipantObject(manifestSha256, 2, 3, CodedValue.MANIFEST_DIGEST,
                "sealed delivery", details);
        List<Participant> actors = new java.util.ArrayList<>(actors(user(), CodedValue.SOURCE_ROLE));
        actors.add(new Participant("sha256:" + manifestSha256, false, CodedValue.DESTINATION_MEDIA));
        return new AuditMessage(CodedValue.EXPORT, "R", time, 0, null, actors, SOURCE, keyFingerprint,
                List.of(delivery));
    }

    /** found 0; not-found and ambiguous 4 (minor failure); anything else, e.g. failed, 8 (serious failure). */
    static int outcome(String token) {
        return switch (token) {
            case "found" -> 0;
            case "not-found", "ambiguous" -> 4;
            default -> 8;
        };
    }

    private static Map<String, String> link(AuditRecord record) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("auditLogRecord", Long.toString(record.seq()));
        details.put("auditLogMac", record.mac());
        details.put("outcome", record.event().outcome());
        return details;
    }

    private static List<Participant> actors(String user, CodedValue applicationRole) {
        return List.of(new Participant(user == null ? "unknown" : user, true, null),
                new Participant(SOURCE, false, applicationRole));
    }

    private static String user() {
        return System.getProperty("user.name");
    }
}
