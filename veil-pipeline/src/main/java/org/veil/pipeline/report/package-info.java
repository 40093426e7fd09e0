/**
 * The HTML delivery report of a folder run: one self-contained file (inline CSS, an SVG chart, thumbnails as
 * {@code data:} URIs; nothing fetched from the network) written next to the change report, built from what the run
 * wrote (the summary, the change report and the de-identified outputs): counts by outcome and modality, quarantine
 * reason categories, the options and rules applied, the k-anonymity step of {@code veil deid --k} (its line, the
 * attributes each rule changed, the outputs rewritten or withheld), the verification result, one row per study in
 * pseudonyms, and a thumbnail of every pixel-cleaned image after cleaning.
 *
 * <p>Thumbnails of the originals ("before") are added only when the report lies outside the output folder (with
 * the run's PHI-side state): the delivered folder never receives an original pixel.
 *
 * <p>Must never: put an original value, input path or file name into a report meant for the output side; fetch
 * anything; fail the run (a report that cannot be written is logged and skipped).
 */
package org.veil.pipeline.report;
