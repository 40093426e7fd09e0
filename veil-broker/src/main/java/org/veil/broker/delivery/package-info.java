/**
 * Signed delivery records: a manifest of what a delivery holds (every file's size and SHA-256, the run's summary,
 * the key fingerprint, Veil's version and commit, the date) signed with a delivery signing key as a detached CMS
 * signature, and the check that a delivery still matches it. An IRB or a data-use agreement can cite the manifest.
 *
 * <p>Must never put a value of the data, an input path or key material into a manifest, and never report a delivery
 * as intact when any file, the manifest or its signature does not check.
 */
package org.veil.broker.delivery;
