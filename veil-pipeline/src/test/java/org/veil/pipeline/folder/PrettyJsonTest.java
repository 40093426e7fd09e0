package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link PrettyJson} writes what Jackson's indented output writes, byte for byte; summary.json stays as it was. */
class PrettyJsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ODD = "\"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f é€\u2028😀'<>&";

    @Test
    void bytes_randomTrees_sameAsJackson() throws Exception {
        Random r = new Random(23);
        for (int i = 0; i < 2_000; i++) {
            Object tree = map(r, 0);
            assertArrayEquals(JACKSON.writeValueAsBytes(tree), PrettyJson.bytes(tree), "tree " + i);
        }
    }

    @Test
    void bytes_numbersAndEdges_sameAsJackson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("empty", Map.of());
        m.put("none", List.of());
        m.put("null", null);
        m.put("yes", true);
        m.put("odd" + ODD, ODD);
        for (double d : new double[] {0.0, -0.0, 0.001, 1e-7, 12345678.9, 1e21, Double.NaN, Double.POSITIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE}) {
            m.put("d" + d, d);
        }
        m.put("long", Long.MIN_VALUE);
        m.put("int", Integer.MAX_VALUE);
        m.put("nested", List.of(List.of(), Map.of("a", List.of(1L, 2L)), List.of("x")));
        assertArrayEquals(JACKSON.writeValueAsBytes(m), PrettyJson.bytes(m),
                () -> new String(PrettyJson.bytes(m), StandardCharsets.UTF_8));
    }

    @Test
    void bytes_unpairedSurrogates_sameAsJackson() throws Exception {
        for (Object tree : List.of(Map.of("a", "x\ud800y"), List.of("\udc00"), Map.of("k\ud800", 1L), List.of("\ud83d"))) {
            assertArrayEquals(JACKSON.writeValueAsBytes(tree), PrettyJson.bytes(tree), tree::toString);
        }
    }

    @Test
    void bytes_otherType_refused() {
        assertThrows(IllegalArgumentException.class, () -> PrettyJson.bytes(List.of(new Object())));
    }

    @Test
    void summaryBytes_summary_sameAsJackson() throws Exception {
        Map<String, Long> actions = new TreeMap<>(Map.of("X", 172L, "U", 8L, "pseudonym", 3L));
        RunCounts counts = new RunCounts(3, 1, 2, 0, 1, 4, 5, 100, 90, Map.of(), Map.of("a \"reason\"", 1L), actions);
        RunSummary s = new RunSummary(counts, Instant.parse("2026-12-07T20:23:23.481302868Z"), Duration.ofMillis(67),
                "ae7eb60c8d4e7272", KeyOrigin.RANDOM, "random key for this run", List.of("retain-uids"),
                "{patient}/{study}.dcm", Path.of("/tmp/o ü"), Path.of("/tmp/o.quarantine"), Path.of("/tmp/o.veil"),
                Durability.PROCESS_CRASH, 2, new RunSummary.PatientChecks(1, 0), List.of("a note\nwith a line"));
        assertArrayEquals(JACKSON.writeValueAsBytes(SummaryJson.tree(s)), SummaryJson.bytes(s));
    }

    private static Map<String, Object> map(Random r, int depth) {
        Map<String, Object> m = r.nextBoolean() ? new LinkedHashMap<>() : new TreeMap<>();
        int n = r.nextInt(depth == 0 ? 12 : 4);
        for (int i = 0; i < n; i++) {
            m.put(text(r), value(r, depth + 1));
        }
        return m;
    }

    private static Object value(Random r, int depth) {
        switch (r.nextInt(depth > 3 ? 4 : 6)) {
            case 0:
                return r.nextLong() >> r.nextInt(64);
            case 1:
                return r.nextInt(1000) / (r.nextBoolean() ? 1000.0 : 7.0);
            case 2:
                return text(r);
            case 3:
                return r.nextInt(3) == 0 ? null : (Object) r.nextInt();
            case 4:
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                return l;
            default:
                return map(r, depth);
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            b.append(r.nextInt(4) == 0 ? ODD.charAt(r.nextInt(ODD.length())) : (char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }
}
