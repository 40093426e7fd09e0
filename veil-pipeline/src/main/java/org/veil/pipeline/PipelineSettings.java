package org.veil.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ProfileOption;

/**
 * What the flow does to every instance of a run, fixed before the first one. Immutable; build with {@link #builder}.
 *
 * @param deidentifier the compiled de-identification (options, recipe, key)
 * @param pixels       the pixel step
 * @param naming       how outputs are named
 * @param limits       read limits for inputs
 * @param write        how outputs are encoded; the file meta is always rebuilt and the preamble zeroed
 * @param duplicates   what happens to a second input that maps to an output already written
 * @param truncatedPixelData what to do with an input whose encapsulated pixel data was cut off at end of file
 * @param logInputPaths whether warnings and errors name an input by its path (PHI: folders and files are often named
 *                      after patients) besides its id; off by default (id only)
 */
public record PipelineSettings(Deidentifier deidentifier, PixelStage pixels, OutputNaming naming, ReadLimits limits,
                               WriteOptions write, DuplicatePolicy duplicates,
                               TruncatedPixelData truncatedPixelData, boolean logInputPaths) {
    private static final Set<ProfileOption> PIXEL_OPTIONS = EnumSet.of(ProfileOption.CLEAN_PIXEL_DATA,
            ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);

    /**
     * @throws IllegalArgumentException when a selected pixel option is not supported by the pixel stage (the run would
     *                                  otherwise record a cleaning it never did), or when the write options keep the
     *                                  input's file meta or preamble (both may carry identifying data)
     */
    public PipelineSettings {
        Objects.requireNonNull(deidentifier, "deidentifier");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(truncatedPixelData, "truncatedPixelData");
        for (ProfileOption o : pixelOptions(deidentifier)) {
            if (!pixels.supported().contains(o)) {
                throw new IllegalArgumentException("option " + o.cliName() + " needs a pixel stage that supports it; "
                        + "the pixel stage '" + pixels + "' does not (pixel cleaning is not available yet)");
            }
        }
        if (write.meta() != WriteOptions.MetaPolicy.REBUILD || write.preamble() != WriteOptions.PreamblePolicy.ZERO) {
            throw new IllegalArgumentException("outputs must have a rebuilt file meta and a zero preamble "
                    + "(PS3.15 E.1.1); got " + write.meta() + " and " + write.preamble());
        }
    }

    /** The selected options that the pixel stage applies. */
    public Set<ProfileOption> pixelOptions() {
        return pixelOptions(deidentifier);
    }

    private static Set<ProfileOption> pixelOptions(Deidentifier deid) {
        Set<ProfileOption> s = EnumSet.noneOf(ProfileOption.class);
        for (ProfileOption o : deid.config().options()) {
            if (PIXEL_OPTIONS.contains(o)) {
                s.add(o);
            }
        }
        return s;
    }

    public static Builder builder(Deidentifier deidentifier) {
        return new Builder(deidentifier);
    }

    /**
     * Assembles {@link PipelineSettings}; defaults: no pixel stage, default naming and limits, rebuilt meta, truncated
     * pixel data quarantined.
     */
    public static final class Builder {
        private final Deidentifier deidentifier;
        private PixelStage pixels = PixelStage.NONE;
        private OutputNaming naming = OutputNaming.DEFAULT;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private boolean logInputPaths;
        private WriteOptions write = WriteOptions.DEFAULT;
        private DuplicatePolicy duplicates = DuplicatePolicy.QUARANTINE;
        private TruncatedPixelData truncatedPixelData = TruncatedPixelData.QUARANTINE;

        private Builder(Deidentifier deidentifier) {
            this.deidentifier = deidentifier;
        }

        public Builder pixels(PixelStage v) {
            pixels = v;
            return this;
        }

        public Builder naming(OutputNaming v) {
            naming = v;
            return this;
        }

        public Builder limits(ReadLimits v) {
            limits = v;
            return this;
        }

        public Builder write(WriteOptions v) {
            write = v;
            return this;
        }

        public Builder duplicates(DuplicatePolicy v) {
            duplicates = v;
            return this;
        }

        /** What to do with encapsulated pixel data cut off at end of file; default: quarantine. */
        public Builder truncatedPixelData(TruncatedPixelData v) {
            truncatedPixelData = v;
            return this;
        }

        /** Name inputs by path in warnings and errors (PHI), besides their id. */
        public Builder logInputPaths(boolean v) {
            logInputPaths = v;
            return this;
        }

        public PipelineSettings build() {
            return new PipelineSettings(deidentifier, pixels, naming, limits, write, duplicates, truncatedPixelData,
                    logInputPaths);
        }
    }
}
