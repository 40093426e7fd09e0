package org.veil.profile;

import java.util.Optional;

/**
 * The options of the Basic Application Level Confidentiality Profile (PS3.15 Section E.3). Each names the column of
 * PS3.15 Table E.1-1 (as in {@code confidentiality_profile_attributes.json}) that holds its actions, where it has
 * one, and its PS3.16 CID 7050 code. Options add to the Basic Profile; they never replace it.
 */
public enum ProfileOption {
    RETAIN_SAFE_PRIVATE("retain-safe-private", "rtnSafePrivOpt", 113111),
    RETAIN_UIDS("retain-uids", "rtnUIDsOpt", 113110),
    RETAIN_DEVICE_IDENTITY("retain-device-identity", "rtnDevIdOpt", 113109),
    RETAIN_INSTITUTION_IDENTITY("retain-institution-identity", "rtnInstIdOpt", 113112),
    RETAIN_PATIENT_CHARACTERISTICS("retain-patient-characteristics", "rtnPatCharsOpt", 113108),
    RETAIN_LONG_FULL_DATES("retain-long-full-dates", "rtnLongFullDatesOpt", 113106),
    RETAIN_LONG_MODIFIED_DATES("retain-long-modified-dates", "rtnLongModifDatesOpt", 113107),
    CLEAN_DESCRIPTORS("clean-descriptors", "cleanDescOpt", 113105),
    CLEAN_STRUCTURED_CONTENT("clean-structured-content", "cleanStructContOpt", 113104),
    CLEAN_GRAPHICS("clean-graphics", "cleanGraphOpt", 113103),
    /** Works on pixels (burned-in text); Table E.1-1 has no column for it. */
    CLEAN_PIXEL_DATA("clean-pixel-data", null, 113101),
    /** Works on pixels (faces and other features); Table E.1-1 has no column for it. */
    CLEAN_RECOGNIZABLE_VISUAL_FEATURES("clean-recognizable-visual-features", null, 113102);

    private final String cliName;
    private final String column;
    private final DeidentificationMethod method;

    ProfileOption(String cliName, String column, int code) {
        this.cliName = cliName;
        this.column = column;
        this.method = DeidentificationMethod.ofCode(code);
    }

    /** The command line name, e.g. {@code retain-uids}. */
    public String cliName() {
        return cliName;
    }

    /** The Table E.1-1 column (JSON key) holding this option's actions; empty for the pixel options. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The PS3.16 CID 7050 code recorded when the option is applied. */
    public DeidentificationMethod method() {
        return method;
    }

    /** The CID 7050 Code Value, e.g. {@code 113110}. */
    public int codeValue() {
        return method.codeValue();
    }

    /** The CID 7050 Code Meaning, e.g. {@code Retain UIDs Option}. */
    public String codeMeaning() {
        return method.codeMeaning();
    }

    /**
     * The option with a command line name.
     *
     * @throws IllegalArgumentException listing the valid names when there is no such option
     */
    public static ProfileOption ofCliName(String name) {
        for (ProfileOption o : values()) {
            if (o.cliName.equals(name)) {
                return o;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (ProfileOption o : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(o.cliName);
        }
        throw new IllegalArgumentException("unknown profile option '" + name + "' (valid: " + valid + ")");
    }

    /**
     * The option whose actions are in a Table E.1-1 column.
     *
     * @throws IllegalArgumentException naming the column when no option uses it
     */
    public static ProfileOption ofColumn(String column) {
        for (ProfileOption o : values()) {
            if (column.equals(o.column)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no profile option for Table E.1-1 column '" + column + "'");
    }
}
