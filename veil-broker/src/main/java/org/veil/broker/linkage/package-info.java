/**
 * The linkage store: a JDBC database (H2 embedded by default, PostgreSQL for teams) recording what was derived -
 * patient (issuer, ID) to pseudonym and date offset, study UID to pseudonymous UID, patient and accession - with
 * first and last sighting, warnings about pseudonym collisions and studies that arrived with several patients.
 *
 * <p>The stored originals are PHI: the database is the honest broker's secret, to be kept like the keystore (file
 * permissions 600 for H2, a dedicated role and encrypted connections for PostgreSQL, encrypted backups). The
 * derivation of pseudonyms never waits on this store; it is written after the fact and read for re-identification
 * and for the dirty-input rule (one study, several Patient IDs).
 *
 * <p>Must never: put an original value into a log line or an exception message (database driver messages, which
 * may quote values, are not passed on); derive anything itself.
 */
package org.veil.broker.linkage;
