package org.veil.pipeline.imports;

import java.util.Locale;

/** The inputs {@code veil recipe import --from} reads. */
public enum ImportFormat {
    /** CTP DicomAnonymizer script (XML): a Veil recipe. */
    CTP("ctp"),
    /** pydicom/deid recipe: a Veil recipe, and pixel rules for its {@code %filter} sections. */
    DEID("deid"),
    /** CTP DicomPixelAnonymizer script: pixel rules. */
    CTP_PIXEL("ctp-pixel"),
    /** The {@code %filter} sections of a pydicom/deid recipe: pixel rules. */
    DEID_FILTER("deid-filter");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The format spelled as on the command line, e.g. {@code ctp-pixel}. */
    public static ImportFormat of(String name) {
        for (ImportFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (ctp, deid, ctp-pixel, deid-filter)");
    }

    /** True for the formats whose output is a pixel rule file rather than a recipe. */
    public boolean pixelRules() {
        return this == CTP_PIXEL || this == DEID_FILTER;
    }
}
