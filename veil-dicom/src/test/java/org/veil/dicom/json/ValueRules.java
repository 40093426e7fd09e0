package org.veil.dicom.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;

/** The value-level tests behind the {@link Tolerance}s: when two differently written values mean the same. */
final class ValueRules {
    private ValueRules() {
    }

    /** True when {@code even} is {@code odd} (of odd length) followed by one zero byte. */
    static boolean paddedByZero(byte[] odd, byte[] even) {
        return (odd.length & 1) == 1 && even.length == odd.length + 1 && even[odd.length] == 0
                && Arrays.equals(odd, 0, odd.length, even, 0, odd.length);
    }

    /** Equal as numbers: FL as float, others as double or as exact decimals. */
    static boolean numericallyEqual(String x, String y, String vr) {
        double dx = Double.parseDouble(x);
        double dy = Double.parseDouble(y);
        if (vr.equals("FL")) {
            return (float) dx == (float) dy;
        }
        return dx == dy || new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
    }

    /** Names whose groups hold nothing but "^" delimiters. */
    static boolean onlyEmptyNames(JsonNode names) {
        for (JsonNode name : names) {
            for (JsonNode group : name) {
                if (!group.asText().replace("^", "").isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Doubles at most one unit in the last place apart. */
    static boolean withinOneUlp(JsonNode x, JsonNode y) {
        double dx = x.asDouble();
        double dy = y.asDouble();
        return Math.abs(dx - dy) <= Math.ulp(dx);
    }

    /** PN objects with the same groups, equal once trailing "^" are removed from each. */
    static boolean sameNames(JsonNode x, JsonNode y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
            String group = it.next();
            if (!y.has(group) || !stripCarets(x.get(group).asText()).equals(stripCarets(y.get(group).asText()))) {
                return false;
            }
        }
        return true;
    }

    private static String stripCarets(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '^') {
            end--;
        }
        return s.substring(0, end);
    }
}
