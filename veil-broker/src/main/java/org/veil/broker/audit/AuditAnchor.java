package org.veil.broker.audit;

import java.util.Optional;

/**
 * A second place that keeps the audit chain's head, away from the log and its head file (the linkage store does), so
 * that deleting or rolling back both files is detected: the anchor then confirms more records than the log holds.
 * Written after the log and its head file, so an interrupted append leaves it one record behind at most.
 */
public interface AuditAnchor {
    /** No second place: only the head file guards the end of the log. */
    AuditAnchor NONE = new AuditAnchor() {
        @Override
        public Optional<AuditHead> anchoredHead() {
            return Optional.empty();
        }

        @Override
        public void anchor(AuditHead head) {
        }
    };

    /** The head last anchored, empty when none was. */
    Optional<AuditHead> anchoredHead();

    /** Anchors a new head. */
    void anchor(AuditHead head);
}
