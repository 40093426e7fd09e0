package org.veil.pipeline.run;

import java.nio.file.Path;
import org.veil.pipeline.folder.RunSummary;

/**
 * What a folder run did.
 *
 * @param summary     the counts and settings (also in {@code OUT/.veil/summary.json})
 * @param input       the input as given
 * @param output      the output folder as given
 * @param mappingFile the mapping file beside the output folder; it names original files (PHI): keep it out of the
 *                    delivery
 */
public record FolderResult(RunSummary summary, Path input, Path output, Path mappingFile) {
    /** True when something was quarantined or could not be done. */
    public boolean hasProblems() {
        return summary.hasProblems();
    }
}
