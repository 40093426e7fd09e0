package org.veil.pipeline.imports;

import java.util.Optional;
import org.veil.deid.imports.ImportReport;

/**
 * What an import produced.
 *
 * @param main       the recipe (ctp, deid) or the pixel rules (ctp-pixel, deid-filter), YAML
 * @param pixelRules for a deid recipe with {@code %filter} rules: those rules, to be written beside the recipe under
 *                   the name the recipe's {@code pixel-rules} key gives
 * @param report     every line and what became of it
 */
public record ImportResult(String main, Optional<String> pixelRules, ImportReport report) {
}
