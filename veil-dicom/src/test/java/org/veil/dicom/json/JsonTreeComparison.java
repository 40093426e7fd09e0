package org.veil.dicom.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares Veil's DICOM JSON of a file with a reference tool's, as parsed trees: same tags, VRs and values, except
 * where a {@link Tolerance} applies. Lists the differences by element path and counts the tolerances used.
 */
final class JsonTreeComparison {
    private static final int SHOWN = 60;
    private static final String SPECIFIC_CHARACTER_SET = "00080005";

    private final ReferenceJson.Source source;
    private final Map<Tolerance, Integer> applied = new EnumMap<>(Tolerance.class);
    private final Map<Tolerance, String> firstUse = new EnumMap<>(Tolerance.class);
    private final List<String> mismatches = new ArrayList<>();
    private int elements;

    JsonTreeComparison(ReferenceJson.Source source) {
        this.source = source;
    }

    /** The differences between Veil's object and the reference's; empty when they agree. */
    List<String> compare(JsonNode veil, JsonNode reference) {
        dataset(veil, reference, "");
        return mismatches;
    }

    /** Number of elements present on both sides (at every depth) that were compared. */
    int elements() {
        return elements;
    }

    /** How often each tolerance was needed. */
    Map<Tolerance, Integer> applied() {
        return applied;
    }

    /** For each tolerance used, the element path where it was first needed. */
    Map<Tolerance, String> firstUse() {
        return firstUse;
    }

    private void dataset(JsonNode veil, JsonNode ref, String path) {
        Set<String> keys = new TreeSet<>();
        veil.fieldNames().forEachRemaining(keys::add);
        ref.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode a = veil.get(key);
            JsonNode b = ref.get(key);
            if (a == null && key.endsWith("0000")) {
                apply(Tolerance.GROUP_LENGTH, path + key);
            } else if (a == null) {
                mismatch(path + key, "only in " + source + " (" + b.path("vr").asText() + ")");
            } else if (b == null) {
                mismatch(path + key, "only in Veil (" + a.path("vr").asText() + ")");
            } else {
                element(a, b, path + key, key);
            }
        }
    }

    private void element(JsonNode a, JsonNode b, String path, String key) {
        elements++;
        String va = a.path("vr").asText();
        String vb = b.path("vr").asText();
        if (key.equals(SPECIFIC_CHARACTER_SET) && source == ReferenceJson.Source.DCM2JSON
                && b.path("Value").toString().equals("[\"ISO_IR 192\"]") && !a.equals(b)) {
            apply(Tolerance.DCMTK_UTF8_CHARSET, path);
            return;
        }
        if (!va.equals(vb)) {
            Tolerance t = vrTolerance(key, va, vb);
            if (t == null) {
                mismatch(path, "VR " + va + " vs " + vb);
                return;
            }
            apply(t, path + " (" + va + " vs " + vb + ")");
            if (t != Tolerance.OB_OW) {
                return;
            }
        }
        if (va.equals("SQ")) {
            sequence(a.get("Value"), b.get("Value"), path);
        } else if (a.has("InlineBinary") || b.has("InlineBinary")) {
            binary(a.get("InlineBinary"), b.get("InlineBinary"), path);
        } else {
            values(a.get("Value"), b.get("Value"), va, path);
        }
    }

    private static Tolerance vrTolerance(String key, String va, String vb) {
        boolean privateTag = (Integer.parseInt(key.substring(3, 4), 16) & 1) == 1;
        if (privateTag && va.equals("UN")) {
            return Tolerance.PRIVATE_VR;
        }
        if (va.equals("UN") || vb.equals("UN")) {
            return Tolerance.UN_VR;
        }
        if (Set.of(va, vb).equals(Set.of("OB", "OW"))) {
            return Tolerance.OB_OW;
        }
        return null;
    }

    private void sequence(JsonNode a, JsonNode b, String path) {
        int na = a == null ? 0 : a.size();
        int nb = b == null ? 0 : b.size();
        if ((a == null) != (b == null) && na == 0 && nb == 0) {
            apply(Tolerance.EMPTY_SEQUENCE, path);
            return;
        }
        if (na != nb) {
            mismatch(path, na + " items vs " + nb);
            return;
        }
        for (int i = 0; i < na; i++) {
            dataset(a.get(i), b.get(i), path + "[" + i + "]/");
        }
    }

    private void binary(JsonNode a, JsonNode b, String path) {
        if (a == null || b == null) {
            mismatch(path, "InlineBinary only in " + (a == null ? source : "Veil"));
            return;
        }
        if (a.asText().equals(b.asText())) {
            return;
        }
        byte[] x = Base64.getDecoder().decode(a.asText());
        byte[] y = Base64.getDecoder().decode(b.asText());
        if (ValueRules.paddedByZero(x, y) || ValueRules.paddedByZero(y, x)) {
            apply(Tolerance.ODD_LENGTH_PADDING, path);
            return;
        }
        mismatch(path, "binary values differ (" + x.length + " vs " + y.length + " bytes)");
    }

    private void values(JsonNode a, JsonNode b, String vr, String path) {
        if (a == null && b == null) {
            return;
        }
        if (a == null && source == ReferenceJson.Source.PYDICOM && vr.equals("PN") && ValueRules.onlyEmptyNames(b)) {
            apply(Tolerance.PYDICOM_EMPTY_NAME, path);
            return;
        }
        if (a == null || b == null) {
            mismatch(path, "Value only in " + (a == null ? source : "Veil") + ": " + show(a == null ? b : a));
            return;
        }
        if (a.size() != b.size()) {
            mismatch(path, a.size() + " values vs " + b.size() + ": " + show(a) + " vs " + show(b));
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                value(a.get(i), b.get(i), vr, path + "#" + (i + 1));
            }
        }
    }

    private void value(JsonNode x, JsonNode y, String vr, String path) {
        boolean pydicom = source == ReferenceJson.Source.PYDICOM;
        if (x.isNumber() && y.isNumber() && ValueRules.numericallyEqual(x.asText(), y.asText(), vr)) {
            apply(Tolerance.NUMBER_FORMAT, path);
        } else if (x.isNumber() && y.isNumber() && !pydicom && vr.equals("FD") && ValueRules.withinOneUlp(x, y)) {
            apply(Tolerance.DCMTK_FD_LAST_BIT, path);
        } else if (pydicom && x.isNull() && y.isTextual() && y.asText().isEmpty()) {
            apply(Tolerance.PYDICOM_EMPTY_STRING, path);
        } else if (pydicom && x.isTextual() && y.isTextual() && x.asText().strip().equals(y.asText().strip())) {
            apply(Tolerance.PYDICOM_VALUE_PADDING, path);
        } else if (vr.equals("PN") && x.isObject() && y.isObject() && ValueRules.sameNames(x, y)) {
            apply(Tolerance.PN_TRAILING_CARETS, path);
        } else {
            mismatch(path, vr + " " + show(x) + " vs " + show(y));
        }
    }

    private void apply(Tolerance t, String path) {
        applied.merge(t, 1, Integer::sum);
        firstUse.putIfAbsent(t, path);
    }

    private void mismatch(String path, String what) {
        mismatches.add(path + ": " + what);
    }

    private static String show(JsonNode n) {
        String s = n.toString();
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
    }
}
