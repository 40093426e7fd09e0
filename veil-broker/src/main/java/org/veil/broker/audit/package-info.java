/**
 * The append-only audit log of re-identification: one JSON object per line, each carrying the MAC of the record
 * before it, so that editing, inserting, deleting or reordering records breaks the chain, plus a head file that
 * catches a cut-off tail. The MACs are HMAC-SHA256 under the project key's AUDIT subkey: without the key nobody can
 * rebuild a chain that verifies, which an unkeyed SHA-256 chain would allow.
 *
 * <p>Must never: rewrite or delete a record, append after a record that does not verify (fail closed), or write an
 * original identifier (records name pseudonyms; the stated reason is whatever the requester typed). The same events,
 * with key creation and delivery seals, are also written as DICOM Audit Messages (PS3.15 A.5.1) by
 * {@link org.veil.broker.audit.AuditMessageWriter}; those never carry the stated reason.
 */
package org.veil.broker.audit;
