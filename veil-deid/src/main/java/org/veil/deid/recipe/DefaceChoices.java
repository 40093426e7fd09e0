package org.veil.deid.recipe;

import java.util.List;
import java.util.Optional;

/**
 * The recipe's {@code deface} section: which series Clean Recognizable Visual Features defaces and how
 * (docs/defacing.md). Words only, checked for spelling; the pipeline's {@code DefaceSettings.from(choices)} turns them
 * into settings, keeping its defaults for what the recipe does not state.
 *
 * @param modalities     Modality values whose series are candidates ({@code CT}, {@code MR}), if stated
 * @param headBodyParts  Body Part Examined values that mean the face is in the field of view (replace the default
 *                       list), upper case, if stated
 * @param include        Series Description patterns ({@code *} any run of characters, {@code ?} one character, case
 *                       ignored); when any are given, only a series whose description matches one is a candidate
 * @param exclude        Series Description patterns; a series whose description matches one is left alone
 * @param detectedHead   whether a series without Body Part Examined is defaced when a head is found in its volume,
 *                       if stated
 * @param ears           whether the outer ears are removed too, if stated
 * @param unprocessable  {@code quarantine} or {@code stop}: what happens to a head-like series that cannot be
 *                       defaced, if stated
 */
public record DefaceChoices(Optional<List<String>> modalities, Optional<List<String>> headBodyParts,
                            List<String> include, List<String> exclude, Optional<Boolean> detectedHead,
                            Optional<Boolean> ears, Optional<String> unprocessable) {
    /** Nothing stated. */
    public static final DefaceChoices NONE = new DefaceChoices(Optional.empty(), Optional.empty(), List.of(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    static final List<String> MODALITIES = List.of("CT", "MR");
    static final List<String> UNPROCESSABLE = List.of("quarantine", "stop");

    public DefaceChoices {
        modalities = modalities.map(List::copyOf);
        headBodyParts = headBodyParts.map(List::copyOf);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
