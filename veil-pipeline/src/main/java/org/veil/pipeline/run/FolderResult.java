package org.veil.pipeline.run;

import java.nio.file.Path;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.report.DeliveryFacts;

/**
 * What a folder run did.
 *
 * @param summary     the counts and settings (also in {@code summary.json} in the work folder)
 * @param input       the input as given
 * @param output      the output folder as given
 * @param mappingFile the mapping file in the work folder; it names original files (PHI): keep it out of the
 *                    delivery
 * @param pixelCleaned output name to input file of every output whose pixels were cleaned in this session (PHI: for
 *                    the report's "before" thumbnails, kept in the work folder)
 * @param delivered   what the delivery report shows of the outputs written in this session, collected while they
 *                    were written; null when not collected
 */
public record FolderResult(RunSummary summary, Path input, Path output, Path mappingFile,
                           java.util.Map<String, Path> pixelCleaned, DeliveryFacts delivered) {
    /** A result without collected report facts (the report reads the outputs back). */
    public FolderResult(RunSummary summary, Path input, Path output, Path mappingFile,
                        java.util.Map<String, Path> pixelCleaned) {
        this(summary, input, output, mappingFile, pixelCleaned, null);
    }

    /** True when something was quarantined or could not be done. */
    public boolean hasProblems() {
        return summary.hasProblems();
    }
}
