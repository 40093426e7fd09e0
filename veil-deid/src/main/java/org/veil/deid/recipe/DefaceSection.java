package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses {@code deface:}
 * <pre>{@code
 * deface:
 *   modalities: [CT, MR]
 *   head-body-parts: [HEAD, BRAIN]        # replaces the default list
 *   series-description: {include: ["*T1*"], exclude: ["*LOCALI[ZS]ER*"]}
 *   detected-head: true                   # a series without body part counts when a head is found in it
 *   ears: false
 *   unprocessable: quarantine             # quarantine | stop
 * }</pre>
 */
final class DefaceSection {
    private static final List<String> KEYS = List.of("modalities", "head-body-parts", "series-description",
            "detected-head", "ears", "unprocessable");
    private static final List<String> DESCRIPTION_KEYS = List.of("include", "exclude");
    /** A Code String value: upper case letters, digits, space and underscore, at most 16 characters. */
    private static final String CODE_STRING = "[A-Z0-9 _]{1,16}";

    private final Problems problems;

    DefaceSection(Problems problems) {
        this.problems = problems;
    }

    DefaceChoices parse(Node node) {
        Fields f = Fields.of(node, "the deface section", KEYS, problems);
        if (f == null) {
            return DefaceChoices.NONE;
        }
        List<String> modalities = f.has("modalities") ? modalities(f.value("modalities")) : null;
        List<String> bodyParts = f.has("head-body-parts") ? bodyParts(f.value("head-body-parts")) : null;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        if (f.has("series-description")) {
            Fields d = Fields.of(f.value("series-description"), "series-description", DESCRIPTION_KEYS, problems);
            if (d != null) {
                include = d.has("include") ? patterns(d.value("include")) : include;
                exclude = d.has("exclude") ? patterns(d.value("exclude")) : exclude;
            }
        }
        Boolean detected = f.has("detected-head") ? Scalars.bool(f.value("detected-head"), problems) : null;
        Boolean ears = f.has("ears") ? Scalars.bool(f.value("ears"), problems) : null;
        String unprocessable = f.has("unprocessable") ? Scalars.choice(f.value("unprocessable"),
                "choice for unprocessable series", Scalars.words(DefaceChoices.UNPROCESSABLE), problems) : null;
        return new DefaceChoices(Optional.ofNullable(modalities), Optional.ofNullable(bodyParts), include, exclude,
                Optional.ofNullable(detected), Optional.ofNullable(ears), Optional.ofNullable(unprocessable));
    }

    private List<String> modalities(Node node) {
        List<String> out = new ArrayList<>();
        for (Node n : items(node)) {
            String m = Scalars.choice(n, "modality for defacing", Scalars.words(DefaceChoices.MODALITIES), problems);
            if (m != null && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private List<String> bodyParts(Node node) {
        List<String> out = new ArrayList<>();
        for (Node n : items(node)) {
            String s = Scalars.text(n, problems);
            if (s == null) {
                continue;
            }
            String part = s.strip().toUpperCase(Locale.ROOT);
            if (!part.matches(CODE_STRING)) {
                problems.add(n, "body part '" + s + "' is not a Body Part Examined value (letters, digits, space "
                        + "and underscore, at most 16 characters)");
            } else if (!out.contains(part)) {
                out.add(part);
            }
        }
        if (out.isEmpty() && node != null) {
            problems.add(node, "head-body-parts needs at least one body part (leave the key out for the defaults)");
        }
        return out;
    }

    private List<String> patterns(Node node) {
        List<String> out = new ArrayList<>();
        for (Node n : items(node)) {
            String s = Scalars.text(n, problems);
            if (s != null && s.isBlank()) {
                problems.add(n, "empty Series Description pattern (use \"*\" for any description)");
            } else if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Node> items(Node node) {
        List<Node> items = Scalars.oneOrList(node, problems);
        return items == null ? List.of() : items;
    }
}
