package org.veil.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of PS3.15 Table E.1-1: the Basic Profile action for an attribute and the actions of the options that
 * change it.
 *
 * <p>A row names one tag ({@code mask == 0xFFFFFFFF}) or a repeating group: {@code (60XX,3000)} is
 * {@code tag 0x60003000, mask 0xFFE1FFFF}, i.e. the even groups 6000-601E (PS3.5 Section 7.6), and
 * {@code (50XX,XXXX)} is {@code tag 0x50000000, mask 0xFFE10000}.
 *
 * @param tag          the tag, with every free position zero
 * @param mask         the bits of a tag that must equal {@code tag} for the row to apply
 * @param name         the attribute name as Table E.1-1 writes it
 * @param inStdCompIod true when the attribute is in a standard composite IOD (the table's "In Std. Comp. IOD")
 * @param basic        the Basic Profile action
 * @param options      the action of each option that has one for this attribute (unmodifiable)
 */
public record ProfileRule(int tag, int mask, String name, boolean inStdCompIod, ProfileAction basic,
        Map<ProfileOption, ProfileAction> options) {

    /** The mask of a row that names exactly one tag. */
    public static final int EXACT = 0xFFFFFFFF;

    public ProfileRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basic, "basic");
        EnumMap<ProfileOption, ProfileAction> copy = new EnumMap<>(ProfileOption.class);
        copy.putAll(options);
        options = Collections.unmodifiableMap(copy);
        if ((tag & mask) != tag) {
            throw new IllegalArgumentException(String.format("rule %s: tag %08X has bits outside mask %08X", name,
                    tag, mask));
        }
    }

    /** True when the row applies to the tag. */
    public boolean matches(int tag) {
        return (tag & mask) == this.tag;
    }

    /** The option's action for this attribute, or null when the option leaves the Basic Profile action. */
    public ProfileAction option(ProfileOption option) {
        return options.get(option);
    }
}
