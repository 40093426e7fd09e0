/**
 * Re-identification by the honest broker: from a pseudonym or pseudonymous study UID back to the original patient
 * and studies, through the linkage store, each request audited before any answer leaves.
 *
 * <p>Must never: answer when the audit record could not be written (fail closed), log an original, or accept a
 * linkage store of another key.
 */
package org.veil.broker.reid;
