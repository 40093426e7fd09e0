/**
 * The pixel step of a run: region rules first, then (policy {@code detect}) text detection with OCR, a keep-list of
 * harmless overlay words and identifier matching, or quarantine. Never logs or reports recognized text or values;
 * the change report gets box positions and the policy that decided.
 */
package org.veil.pipeline.pixel;
