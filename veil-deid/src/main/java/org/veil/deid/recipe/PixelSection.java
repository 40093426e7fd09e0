package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses {@code pixels:}
 * <pre>{@code
 * pixels:
 *   policy: detect          # detect | rules | quarantine
 *   erase: inpaint          # inpaint | fill
 *   keep: [LOGIQ, Sono]     # added to the keep-list of harmless overlay words
 *   built-in-keep-list: true
 * }</pre>
 */
final class PixelSection {
    private static final List<String> KEYS = List.of("policy", "erase", "keep", "built-in-keep-list");
    private final Problems problems;

    PixelSection(Problems problems) {
        this.problems = problems;
    }

    PixelSettings parse(Node node) {
        Fields f = Fields.of(node, "the pixels section", KEYS, problems);
        if (f == null) {
            return PixelSettings.NONE;
        }
        String policy = f.has("policy") ? Scalars.choice(f.value("policy"), "pixel policy",
                Scalars.words(PixelSettings.POLICIES), problems) : null;
        String erase = f.has("erase") ? Scalars.choice(f.value("erase"), "erase method", Scalars.words(PixelSettings.ERASE),
                problems) : null;
        List<String> keep = new ArrayList<>();
        if (f.has("keep")) {
            List<Node> items = Scalars.oneOrList(f.value("keep"), problems);
            if (items != null) {
                for (Node n : items) {
                    String w = Scalars.text(n, problems);
                    if (w != null && !w.isBlank()) {
                        keep.add(w.strip());
                    }
                }
            }
        }
        Boolean builtin = f.has("built-in-keep-list") ? Scalars.bool(f.value("built-in-keep-list"), problems) : null;
        return new PixelSettings(Optional.ofNullable(policy), Optional.ofNullable(erase), keep,
                builtin == null || builtin);
    }
}
