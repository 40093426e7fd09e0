package org.veil.codegen;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the inline markup that occurs in the tables' cells into plain text. Known: the roles {@code :sup:} and
 * {@code :sub:} with their escaped-blank glue, also when the wrapping cut the role name ({@code :s up:}). The
 * escaped blank before a role joins it to the word before; the one after it stands for the word space of the
 * original ({@code 1\ :sup:`st`\ value} is {@code 1st value}). Anything else that still looks like markup throws.
 */
final class RstInline {
    private static final Pattern ROLE = Pattern.compile("(?:\\\\ )?:([a-z][a-z ]*[a-z]):`([^`]*)`(\\\\ )?");
    private static final Set<String> TEXT_ROLES = Set.of("sup", "sub");

    private RstInline() {
    }

    /**
     * The plain text.
     *
     * @param where the cell's location, for the message
     * @throws IllegalStateException on markup this class does not know
     */
    static String plain(String text, String where) {
        Matcher m = ROLE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String role = m.group(1).replace(" ", "");
            if (!TEXT_ROLES.contains(role)) {
                throw new IllegalStateException(where + ": unknown RST role :" + role + ": in '" + text + "'");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(2) + (m.group(3) == null ? "" : " ")));
        }
        m.appendTail(b);
        String plain = b.toString();
        if (plain.indexOf('`') >= 0 || plain.indexOf('\\') >= 0 || plain.indexOf('|') >= 0) {
            throw new IllegalStateException(where + ": unknown RST markup in '" + text + "'");
        }
        return plain;
    }
}
