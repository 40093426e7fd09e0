package org.veil.verify;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ProfileOption;

/**
 * What a verification checks, fixed before it starts. Immutable; build with {@link #builder()}.
 *
 * @param options        the profile options the delivery was made with (decide which attributes must have changed)
 * @param keptTags       top-level attributes that must be byte-identical in input and output when present
 * @param pixelData      whether pixel data must be identical (unless the output records a pixel cleaning option)
 * @param pixelScan      whether the bytes of image pixel data are searched for needles too
 * @param mappingFile    the pairing file, or null: {@code OUTPUT/mapping.tsv} when present, else
 *                       {@code OUTPUT.veil/mapping.tsv} (veil deid's work folder), else same relative paths
 * @param minNeedleChars values shorter than this are not searched for (too many false positives)
 * @param minDigits      values without letters need at least this many digits
 * @param ignoredValues  upper-case values never searched for (the de-identifier's own dummy values)
 * @param limits         limits for reading inputs and outputs
 * @param threads        threads reading inputs and checking outputs (results do not depend on it)
 */
public record VerifyConfig(Set<ProfileOption> options, Set<Integer> keptTags, PixelDataCheck pixelData,
                           PixelScan pixelScan, Path mappingFile, int minNeedleChars, int minDigits,
                           Set<String> ignoredValues, ReadLimits limits, int threads) {

    /** Whether pixel data must be byte-identical. */
    public enum PixelDataCheck {
        /** Identical unless the output's De-identification Method Code Sequence records pixel cleaning. */
        IDENTICAL_UNLESS_CLEANED,
        /** Not compared. */
        SKIP
    }

    /** Whether image pixel data bytes are searched. */
    public enum PixelScan {
        /** Pixel Data, Float and Double Float Pixel Data at the top level are not searched (the default). */
        SKIP,
        /** Every byte is searched. */
        SCAN
    }

    /** Geometry, acquisition and pixel-describing attributes: none is changed by PS3.15 Table E.1-1. */
    public static final Set<Integer> DEFAULT_KEPT = Set.of(
            Tags.SOPClassUID, Tags.Modality,
            Tags.ImagePositionPatient, Tags.ImageOrientationPatient, Tags.PixelSpacing, Tags.SliceThickness,
            Tags.SliceLocation, Tags.SpacingBetweenSlices,
            Tags.KVP, Tags.ExposureTime, Tags.XRayTubeCurrent, Tags.Exposure, Tags.RepetitionTime, Tags.EchoTime,
            Tags.FlipAngle, Tags.MagneticFieldStrength, Tags.ScanningSequence,
            Tags.SamplesPerPixel, Tags.PhotometricInterpretation, Tags.PlanarConfiguration, Tags.NumberOfFrames,
            Tags.Rows, Tags.Columns, Tags.BitsAllocated, Tags.BitsStored, Tags.HighBit, Tags.PixelRepresentation,
            Tags.RescaleIntercept, Tags.RescaleSlope, Tags.WindowCenter, Tags.WindowWidth);

    public VerifyConfig {
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
        keptTags = Set.copyOf(keptTags);
        ignoredValues = Set.copyOf(ignoredValues);
        if (minNeedleChars < 1 || minDigits < 1) {
            throw new IllegalArgumentException("minNeedleChars and minDigits must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public static VerifyConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assembles a {@link VerifyConfig}; defaults: Basic Profile, {@link #DEFAULT_KEPT}, 4 characters, 6 digits, one
     * thread per processor.
     */
    public static final class Builder {
        private Set<ProfileOption> options = Set.of();
        private Set<Integer> keptTags = DEFAULT_KEPT;
        private PixelDataCheck pixelData = PixelDataCheck.IDENTICAL_UNLESS_CLEANED;
        private PixelScan pixelScan = PixelScan.SKIP;
        private Path mappingFile;
        private int minNeedleChars = 4;
        private int minDigits = 6;
        private Set<String> ignoredValues = NeedleSet.defaultIgnored();
        private ReadLimits limits = ReadLimits.DEFAULT;
        private int threads = Runtime.getRuntime().availableProcessors();

        public Builder options(Set<ProfileOption> v) {
            options = v;
            return this;
        }

        public Builder keptTags(Set<Integer> v) {
            keptTags = v;
            return this;
        }

        public Builder pixelData(PixelDataCheck v) {
            pixelData = v;
            return this;
        }

        public Builder pixelScan(PixelScan v) {
            pixelScan = v;
            return this;
        }

        public Builder mappingFile(Path v) {
            mappingFile = v;
            return this;
        }

        public Builder minNeedleChars(int v) {
            minNeedleChars = v;
            return this;
        }

        public Builder minDigits(int v) {
            minDigits = v;
            return this;
        }

        public Builder ignoredValues(Set<String> v) {
            ignoredValues = v;
            return this;
        }

        public Builder limits(ReadLimits v) {
            limits = v;
            return this;
        }

        /** Threads reading inputs and checking outputs; default: the number of processors. */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public VerifyConfig build() {
            return new VerifyConfig(options, keptTags, pixelData, pixelScan, mappingFile, minNeedleChars, minDigits,
                    ignoredValues, limits, threads);
        }
    }
}
