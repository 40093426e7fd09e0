package org.veil.web;

import java.util.Locale;

/** What a signed-in user may do: a reviewer decides and sees original values, a viewer only looks. */
public enum Role {
    REVIEWER, VIEWER;

    /** The role named {@code reviewer} or {@code viewer}. */
    public static Role parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the role must be reviewer or viewer");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
