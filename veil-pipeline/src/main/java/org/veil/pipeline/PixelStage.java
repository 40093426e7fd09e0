package org.veil.pipeline;

import java.util.Set;
import org.veil.deid.engine.DeidException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.profile.ProfileOption;

/**
 * The pixel step: cleans the pixels of a de-identified instance (burned-in text, recognizable features) in place. The
 * pixel module plugs its implementation in here; until then {@link #NONE} leaves pixels alone and supports no pixel
 * option, so a run asking for clean-pixel-data is refused rather than silently not cleaning.
 *
 * <p>Implementations must be thread-safe, must either clean fully or throw (fail closed), and must never log pixel
 * content or header values.
 */
public interface PixelStage {

    /** Leaves pixels untouched; supports no pixel option. */
    PixelStage NONE = new PixelStage() {
        @Override
        public Set<ProfileOption> supported() {
            return Set.of();
        }

        @Override
        public TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options) {
            return ts;
        }

        @Override
        public String toString() {
            return "none";
        }
    };

    /** The pixel options (clean-pixel-data, clean-recognizable-visual-features) this stage can apply. */
    Set<ProfileOption> supported();

    /**
     * Cleans the pixels of {@code ds} for the selected pixel options.
     *
     * @param ds      the de-identified data set; its pixel data may still reference the input file
     * @param ts      the transfer syntax the pixel data is in
     * @param options the selected pixel options, a subset of {@link #supported()}; each is recorded in the output's
     *                De-identification Method Code Sequence, so each must have been applied when this returns
     * @return the transfer syntax to write the instance in (the given one unless the pixel data was re-encoded)
     * @throws DeidException when the pixels cannot be cleaned as asked; the instance is quarantined
     */
    TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options) throws DeidException;

    /**
     * Like {@link #clean(Dataset, TransferSyntax, Set)}, knowing the original instance's identifying values (for
     * matching text read in the pixels) and saying what was done for the change report.
     */
    default PixelResult clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options, PixelContext context)
            throws DeidException {
        return new PixelResult(clean(ds, ts, options), java.util.List.of());
    }

    /** Called once the instance cleaned by {@link #clean} has been written (or given up): temporary data can go. */
    default void written(Dataset ds) {
    }
}
