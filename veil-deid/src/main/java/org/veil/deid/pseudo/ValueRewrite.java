package org.veil.deid.pseudo;

/** Rewrites one value of a possibly multi-valued string attribute. */
@FunctionalInterface
interface ValueRewrite {
    String apply(String value) throws ValueProblem;

    /**
     * Applies the rewrite to each backslash-separated value; empty values stay empty. The first problem makes the
     * whole result {@link Outcome.Invalid}, naming the VR and, for several values, the 1-based value number.
     */
    static Outcome eachValue(String vr, String value, ValueRewrite rewrite) {
        if (value == null) {
            return Outcome.ok("");
        }
        String[] values = value.split("\\\\", -1);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\\');
            }
            if (values[i].isBlank()) {
                continue;
            }
            try {
                out.append(rewrite.apply(values[i]));
            } catch (ValueProblem problem) {
                String where = values.length > 1 ? vr + " value " + (i + 1) : vr;
                return Outcome.invalid(where + ": " + problem.getMessage());
            }
        }
        return Outcome.ok(out.toString());
    }
}
