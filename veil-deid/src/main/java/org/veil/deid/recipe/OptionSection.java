package org.veil.deid.recipe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.engine.DatePolicy;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.profile.ProfileOption;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code options} (PS3.15 option names as on the command line) and {@code dates} ({@code policy: keep}
 * selects retain-long-full-dates; {@code shift} and {@code safe-harbor} select retain-long-modified-dates with that
 * date policy; {@code range: [min, max]} days, shift only). The two date options exclude each other.
 */
final class OptionSection {
    static final List<String> DATE_KEYS = List.of("policy", "range");

    /** The choices of {@code dates: policy}. */
    enum DateChoice { KEEP, SHIFT, SAFE_HARBOR }

    static final Map<String, DateChoice> DATE_CHOICES = Scalars.spellings(DateChoice.class);

    private final Problems problems;
    private final Map<ProfileOption, Node> options = new EnumMap<>(ProfileOption.class);
    private DatePolicy datePolicy;
    private ShiftRange shiftRange;

    OptionSection(Problems problems) {
        this.problems = problems;
    }

    void options(Node node) {
        List<Node> items = Scalars.list(node, problems);
        if (items == null) {
            return;
        }
        for (Node n : items) {
            ProfileOption o = Scalars.choice(n, "option", RecipeParser.OPTIONS, problems);
            if (o == null) {
                continue;
            }
            Node first = options.get(o);
            if (first != null) {
                problems.add(n, "option " + o.cliName() + " is listed twice (first at " + Problems.at(first) + ")");
            } else if (!excluded(o, n, "option " + o.cliName())) {
                options.put(o, n);
            }
        }
    }

    void dates(Node node) {
        Fields f = Fields.of(node, "dates", DATE_KEYS, problems);
        if (f == null) {
            return;
        }
        if (!f.has("policy")) {
            problems.add(node, "dates needs a policy (" + String.join(", ", DATE_CHOICES.keySet()) + ")");
            return;
        }
        Node p = f.value("policy");
        DateChoice choice = Scalars.choice(p, "date policy", DATE_CHOICES, problems);
        if (choice == null) {
            return;
        }
        ProfileOption o = choice == DateChoice.KEEP ? ProfileOption.RETAIN_LONG_FULL_DATES
                : ProfileOption.RETAIN_LONG_MODIFIED_DATES;
        if (!excluded(o, p, "date policy " + Scalars.spelling(choice) + " (option " + o.cliName() + ")")) {
            options.putIfAbsent(o, p);
        }
        datePolicy = choice == DateChoice.KEEP ? null
                : choice == DateChoice.SHIFT ? DatePolicy.SHIFT : DatePolicy.SAFE_HARBOR;
        if (f.has("range")) {
            if (choice == DateChoice.SHIFT) {
                shiftRange = range(f.value("range"));
            } else {
                problems.add(f.key("range"), "range applies to date policy shift only, not "
                        + Scalars.spelling(choice));
            }
        }
    }

    /** True (with a problem) when an option that excludes {@code o} is already selected. */
    private boolean excluded(ProfileOption o, Node node, String what) {
        ProfileOption other = o == ProfileOption.RETAIN_LONG_FULL_DATES ? ProfileOption.RETAIN_LONG_MODIFIED_DATES
                : o == ProfileOption.RETAIN_LONG_MODIFIED_DATES ? ProfileOption.RETAIN_LONG_FULL_DATES : null;
        Node first = other == null ? null : options.get(other);
        if (first != null) {
            problems.add(node, what + " excludes " + other.cliName() + " (at " + Problems.at(first) + ")");
            return true;
        }
        return false;
    }

    private ShiftRange range(Node node) {
        List<Node> items = Scalars.list(node, problems);
        if (items == null) {
            return null;
        }
        if (items.size() != 2) {
            problems.add(node, "range needs two integers [min, max] in days, found " + items.size() + " values");
            return null;
        }
        Integer min = Scalars.integer(items.get(0), problems);
        Integer max = Scalars.integer(items.get(1), problems);
        if (min == null || max == null) {
            return null;
        }
        try {
            ShiftRange r = new ShiftRange(min, max);
            if (r.contains(0)) {
                problems.add(node, "date shift range " + min + ".." + max + " holds 0: some patients' dates would "
                        + "stay unchanged");
                return null;
            }
            return r;
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    /** The selected options, each with where the recipe selects it. */
    Map<ProfileOption, RecipeLocation> selected() {
        Map<ProfileOption, RecipeLocation> m = new EnumMap<>(ProfileOption.class);
        options.forEach((o, n) -> m.put(o, problems.location(n)));
        return m;
    }

    DatePolicy datePolicy() {
        return datePolicy;
    }

    ShiftRange shiftRange() {
        return shiftRange;
    }
}
