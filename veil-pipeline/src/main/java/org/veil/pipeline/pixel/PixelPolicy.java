package org.veil.pipeline.pixel;

import java.util.Locale;

/** What Clean Pixel Data does with an image that probably carries burned-in text. */
public enum PixelPolicy {
    /** A matching pixel rule first; otherwise detected text is removed, except boxes the keep-list allows. */
    DETECT,
    /** Only pixel rules: an image no rule matches is quarantined. */
    RULES,
    /** Every such image is quarantined for review, whether a rule matches or not. */
    QUARANTINE;

    /** The name used on the command line and in recipes: {@code detect}, {@code rules}, {@code quarantine}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PixelPolicy ofCliName(String name) {
        for (PixelPolicy p : values()) {
            if (p.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pixel policy '" + name + "'; use detect, rules or quarantine");
    }
}
