package org.veil.deid.recipe;

import java.util.List;
import java.util.Optional;

/**
 * The recipe's {@code pixels} section: how Clean Pixel Data treats burned-in text (docs/burned-in-text.md). Words
 * only; the pixel step interprets them.
 *
 * @param policy          {@code detect}, {@code rules} or {@code quarantine}, if stated
 * @param erase           {@code inpaint} or {@code fill}, if stated
 * @param keep            harmless overlay words added to the keep-list
 * @param builtinKeepList whether the built-in keep-list is used (default true)
 */
public record PixelSettings(Optional<String> policy, Optional<String> erase, List<String> keep,
                            boolean builtinKeepList) {
    /** Nothing stated. */
    public static final PixelSettings NONE = new PixelSettings(Optional.empty(), Optional.empty(), List.of(), true);

    static final List<String> POLICIES = List.of("detect", "rules", "quarantine");
    static final List<String> ERASE = List.of("inpaint", "fill");

    public PixelSettings {
        keep = List.copyOf(keep);
    }
}
