package org.veil.pipeline.deface;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Series Description patterns of a recipe's {@code deface} section: {@code *} stands for any run of characters,
 * {@code ?} for one, everything else for itself; case is ignored and the whole description must match. A series is
 * selected when no include pattern is given or one matches, and no exclude pattern matches. A missing description
 * is the empty text.
 *
 * @param include patterns of which one must match (none: any description)
 * @param exclude patterns of which none may match
 */
public record DescriptionFilter(List<String> include, List<String> exclude) {
    /** Selects every series. */
    public static final DescriptionFilter ALL = new DescriptionFilter(List.of(), List.of());

    public DescriptionFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** True when a series with this Series Description is selected. */
    public boolean selects(String description) {
        String d = description == null ? "" : description.strip();
        return (include.isEmpty() || include.stream().anyMatch(p -> matches(p, d)))
                && exclude.stream().noneMatch(p -> matches(p, d));
    }

    static boolean matches(String glob, String text) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.strip().toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(text.toLowerCase(Locale.ROOT)).matches();
    }
}
