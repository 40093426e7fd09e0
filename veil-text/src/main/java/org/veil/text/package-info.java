/**
 * Free-text cleaning: {@link org.veil.text.TextScrubber} finds person names, identifiers, dates, times, addresses,
 * organizations, telephone numbers and e-mail addresses in text with its detectors and lexicons and rewrites them;
 * {@link org.veil.text.ScrubbingTextCleaner} adds one instance's own identifiers (and those remembered from the
 * patient's earlier files) and is what a run hands the de-identification engine for the Clean options. Depends on the
 * codec and the profile tables only, never on the engine.
 */
package org.veil.text;
