package org.veil.broker.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One DICOM Audit Message (PS3.15 A.5.1, the RFC 3881 structure): what happened, who took part, which system
 * reported it and which objects it concerned. Built by {@link AuditMessages}, written by {@link AuditMessageWriter}.
 *
 * @param eventId   the event, e.g. DCM 110110 Patient Record
 * @param action    EventActionCode: C, R, U, D or E
 * @param time      EventDateTime
 * @param outcome   EventOutcomeIndicator: 0 success, 4 minor failure, 8 serious failure, 12 major failure
 * @param eventType EventTypeCode, or null
 * @param actors    the active participants (at least one)
 * @param sourceId  AuditSourceID (the reporting application)
 * @param siteId    AuditEnterpriseSiteID (the project, by its key id)
 * @param objects   the participant objects
 */
public record AuditMessage(CodedValue eventId, String action, Instant time, int outcome, CodedValue eventType,
        List<Participant> actors, String sourceId, String siteId, List<ParticipantObject> objects) {

    public AuditMessage {
        if (!List.of("C", "R", "U", "D", "E").contains(action)) {
            throw new IllegalArgumentException("EventActionCode must be C, R, U, D or E");
        }
        if (!List.of(0, 4, 8, 12).contains(outcome)) {
            throw new IllegalArgumentException("EventOutcomeIndicator must be 0, 4, 8 or 12");
        }
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("an audit message needs at least one active participant");
        }
        actors = List.copyOf(actors);
        objects = List.copyOf(objects);
    }

    /**
     * An ActiveParticipant.
     *
     * @param userId    UserID (an operating system user, or the application)
     * @param requestor UserIsRequestor
     * @param role      RoleIDCode, or null
     */
    public record Participant(String userId, boolean requestor, CodedValue role) {
    }

    /**
     * A ParticipantObjectIdentification.
     *
     * @param id      ParticipantObjectID (a pseudonym, a key fingerprint or a digest: never an original identifier)
     * @param type    ParticipantObjectTypeCode: 1 person, 2 system object, 3 organization, 4 other
     * @param role    ParticipantObjectTypeCodeRole (RFC 3881: 1 patient, 3 report, 13 security resource, ...)
     * @param idType  ParticipantObjectIDTypeCode
     * @param name    ParticipantObjectName, or null
     * @param details ParticipantObjectDetail entries, type to value (written base64 encoded)
     */
    public record ParticipantObject(String id, int type, int role, CodedValue idType, String name,
            Map<String, String> details) {
    }
}
