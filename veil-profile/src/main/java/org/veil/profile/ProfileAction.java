package org.veil.profile;

/**
 * The action codes of PS3.15 Table E.1-1 (Section E.3 explains them).
 *
 * <p>The combined codes leave a choice to the implementation depending on whether the attribute is Type 1, 2 or 3
 * in the IOD: {@code X/Z} removes it or, where it must be present, empties it; {@code X/Z/U*} additionally allows a
 * UID replacement for sequences of Type 1 references.
 */
public enum ProfileAction {
    /** Replace with a non-zero length dummy value consistent with the VR. */
    D("D"),
    /** Replace with a zero length value, or a dummy value consistent with the VR. */
    Z("Z"),
    /** Remove. */
    X("X"),
    /** Keep (retain unchanged); for sequences, cleaned recursively. */
    K("K"),
    /** Clean: replace with values of similar meaning known not to contain identifying information. */
    C("C"),
    /** Replace with a non-zero length UID that is internally consistent within a set of instances. */
    U("U"),
    /** Z unless D is required to satisfy the IOD (Type 2 vs Type 1). */
    Z_D("Z/D"),
    /** X unless D is required to satisfy the IOD (Type 3 vs Type 1). */
    X_D("X/D"),
    /** X unless Z is required to satisfy the IOD (Type 3 vs Type 2). */
    X_Z("X/Z"),
    /** X unless Z or D is required to satisfy the IOD (Type 3 vs Type 2 vs Type 1). */
    X_Z_D("X/Z/D"),
    /** X unless Z or replacement of contained UIDs is required to satisfy the IOD (Type 3 vs Type 2 vs Type 1). */
    X_Z_U_STAR("X/Z/U*");

    private final String code;

    ProfileAction(String code) {
        this.code = code;
    }

    /** The code as PS3.15 Table E.1-1 writes it, e.g. {@code X/Z/D}. */
    public String code() {
        return code;
    }

    /**
     * The action for a PS3.15 code such as {@code X/Z}.
     *
     * @throws IllegalArgumentException naming the code when PS3.15 Table E.1-1 does not use it
     */
    public static ProfileAction ofCode(String code) {
        for (ProfileAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown PS3.15 Table E.1-1 action code '" + code + "'");
    }
}
