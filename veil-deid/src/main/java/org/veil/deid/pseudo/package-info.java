/**
 * Keyed building blocks of pseudonymisation: everything that must agree across files, runs, threads and machines is
 * derived from one secret {@link org.veil.deid.pseudo.ProjectKey} with HMAC-SHA256 under purpose-specific subkeys
 * (HKDF, RFC 5869), never looked up. Pseudonymous IDs and names ({@link org.veil.deid.pseudo.IdPseudonymizer}),
 * {@code 2.25} UIDs ({@link org.veil.deid.pseudo.UidPseudonymizer}), per-patient date offsets
 * ({@link org.veil.deid.pseudo.DateShifter}, {@link org.veil.deid.pseudo.DateShift}) and HIPAA Safe Harbor
 * generalisation ({@link org.veil.deid.pseudo.SafeHarbor}).
 *
 * <p>Everything here is pure and deterministic: the same key and input give the same output on any machine, with no
 * state, no I/O, no clock and no randomness (except {@link org.veil.deid.pseudo.ProjectKey#random()}).
 *
 * <p>This package must never: print, log or put into an exception message a key, a subkey or an input value (a
 * reason names what is wrong, never the value); use an unkeyed hash as a pseudonym; depend on JDBC, a keystore or
 * any crypto provider beyond the JDK's.
 */
package org.veil.deid.pseudo;
