package org.veil.pipeline.deface;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.veil.volume.deface.Defacer;

/**
 * Which series are defaced and how.
 *
 * @param headBodyParts Body Part Examined (0018,0015) values that mean the field of view holds the face; a CT or MR
 *                      series with one of them is defaced or, when that fails, quarantined. A series with another
 *                      body part is left alone; one without a body part is defaced when a head is found in it.
 * @param maxVoxels     the largest volume loaded (2 bytes a voxel); a larger head series is quarantined
 * @param renders       whether QC renders are made
 */
public record DefaceSettings(Set<String> headBodyParts, long maxVoxels, Defacer.Renders renders) {
    /** Head body parts HEAD, BRAIN, SKULL, FACE, HEADNECK, NECK, ORBIT, SINUS, EAR, IAC, JAW, TMJ, NOSE, MOUTH;
     *  200 million voxels; renders. */
    public static final DefaceSettings DEFAULT = new DefaceSettings(Set.of("HEAD", "BRAIN", "SKULL", "FACE",
            "HEADNECK", "NECK", "ORBIT", "SINUS", "EAR", "IAC", "JAW", "TMJ", "NOSE", "MOUTH"), 200_000_000L,
            Defacer.Renders.MAKE);

    public DefaceSettings {
        headBodyParts = headBodyParts.stream().map(s -> s.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (maxVoxels < 1) {
            throw new IllegalArgumentException("maxVoxels must be positive");
        }
    }

    public DefaceSettings withRenders(Defacer.Renders v) {
        return new DefaceSettings(headBodyParts, maxVoxels, v);
    }
}
