/**
 * The honest broker: the party that holds the project key and the linkage between originals and pseudonyms, and
 * the only one able to re-identify, always under audit. Sub-packages: {@code keys} (the PKCS#12 keystore),
 * {@code linkage} (the JDBC store of what was derived), {@code audit} (the MAC-chained log), {@code reid}
 * (re-identification), {@code cms} (PS3.15 Encrypted Attributes).
 *
 * <p>Nothing in this module may log or put into an exception message a key, a password or an original identifier.
 */
package org.veil.broker;
