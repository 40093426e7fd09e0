package org.veil.pipeline.deface;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.veil.deid.recipe.DefaceChoices;
import org.veil.volume.deface.Defacer;

/**
 * Which series are defaced and how (docs/defacing.md; a recipe's {@code deface} section gives them through
 * {@link #from(DefaceChoices)}).
 *
 * @param modalities    Modality values whose series are candidates (CT, MR)
 * @param headBodyParts Body Part Examined (0018,0015) values that mean the field of view holds the face; a candidate
 *                      series with one of them is defaced or, when that fails, refused. A series with another body
 *                      part is left alone; one without a body part is defaced when a head is found in it and
 *                      {@code detectedHead} is true
 * @param series        Series Description patterns a candidate must match (include) and must not match (exclude)
 * @param detectedHead  whether a series without body part counts as a head when a head is found in its volume
 * @param ears          whether the outer ears are removed too
 * @param unprocessable what happens to a head-like series that cannot be defaced
 * @param maxVoxels     the largest volume loaded (2 bytes a voxel); a larger head series is refused
 * @param renders       whether QC renders are made
 */
public record DefaceSettings(Set<String> modalities, Set<String> headBodyParts, DescriptionFilter series,
                             boolean detectedHead, boolean ears, Unprocessable unprocessable, long maxVoxels,
                             Defacer.Renders renders) {

    /** What happens to the instances of a head-like series that cannot be defaced. */
    public enum Unprocessable {
        /** quarantined with the reason (the run goes on) */
        QUARANTINE,
        /** the run stops before writing anything ({@link DefaceStoppedException}) */
        STOP
    }

    /** The default body parts that mean the face is in the field of view. */
    public static final Set<String> HEAD_BODY_PARTS = Set.of("HEAD", "BRAIN", "SKULL", "FACE", "HEADNECK", "NECK",
            "ORBIT", "SINUS", "EAR", "IAC", "JAW", "TMJ", "NOSE", "MOUTH");

    /** CT and MR; {@link #HEAD_BODY_PARTS}; every series description; detected heads count; ears kept; quarantine;
     *  200 million voxels; renders. */
    public static final DefaceSettings DEFAULT = new DefaceSettings(Set.of("CT", "MR"), HEAD_BODY_PARTS,
            DescriptionFilter.ALL, true, false, Unprocessable.QUARANTINE, 200_000_000L, Defacer.Renders.MAKE);

    public DefaceSettings {
        modalities = upper(modalities);
        headBodyParts = upper(headBodyParts);
        if (maxVoxels < 1) {
            throw new IllegalArgumentException("maxVoxels must be positive");
        }
    }

    /** The defaults with what a recipe's {@code deface} section states. */
    public static DefaceSettings from(DefaceChoices c) {
        DefaceSettings d = DEFAULT;
        return new DefaceSettings(c.modalities().<Set<String>>map(Set::copyOf).orElse(d.modalities),
                c.headBodyParts().<Set<String>>map(Set::copyOf).orElse(d.headBodyParts),
                new DescriptionFilter(c.include(), c.exclude()), c.detectedHead().orElse(d.detectedHead),
                c.ears().orElse(d.ears), c.unprocessable().map(u -> Unprocessable.valueOf(u.toUpperCase(Locale.ROOT)))
                .orElse(d.unprocessable), d.maxVoxels, d.renders);
    }

    public DefaceSettings withRenders(Defacer.Renders v) {
        return new DefaceSettings(modalities, headBodyParts, series, detectedHead, ears, unprocessable, maxVoxels, v);
    }

    public DefaceSettings withEars(boolean v) {
        return new DefaceSettings(modalities, headBodyParts, series, detectedHead, v, unprocessable, maxVoxels,
                renders);
    }

    public DefaceSettings withDetectedHead(boolean v) {
        return new DefaceSettings(modalities, headBodyParts, series, v, ears, unprocessable, maxVoxels, renders);
    }

    private static Set<String> upper(Set<String> s) {
        return s.stream().map(x -> x.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
