package org.veil.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JsonTree} gives the tree {@code ObjectMapper.readTree} gives: same values, same node types. */
class JsonTreeTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void read_randomDocuments_sameTreeAsObjectMapper() throws Exception {
        Random r = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            String json = JACKSON.writeValueAsString(value(r, 0));
            assertEquals(JACKSON.readTree(json), JsonTree.read(json), json);
        }
    }

    @Test
    void read_handWrittenEdges_sameTreeAsObjectMapper() throws Exception {
        for (String json : List.of("{\"a\" : 1, \"a\" : [ 2, 3.5e2, -0.0 ], \"b\" : { }}", "[ ]", "\"\\u00e9\\ud83d\\ude00\"",
                "[2147483647, 2147483648, -9223372036854775808, 9223372036854775808, 1e400, 1E-3, true, false, null]",
                "  {\"nested\": {\"deeper\": [[], [{}], {\"x\": \"y\"}]}}  ")) {
            assertEquals(JACKSON.readTree(json), JsonTree.read(json), json);
        }
    }

    @Test
    void read_file_sameTreeAsObjectMapper(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, "{\n  \"veil\" : \"VEIL_0.1\",\n  \"seconds\" : 0.067,\n  \"options\" : [ \"é\" ]\n}");
        assertEquals(JACKSON.readTree(file.toFile()), JsonTree.read(file));
    }

    @Test
    void read_brokenDocument_ioException() {
        assertThrows(IOException.class, () -> JsonTree.read("{\"a\" : "));
        assertThrows(IOException.class, () -> JsonTree.read(""));
    }

    private static Object value(Random r, int depth) {
        switch (r.nextInt(depth > 3 ? 5 : 7)) {
            case 0:
                return r.nextLong() >> r.nextInt(64);
            case 1:
                return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 2:
                return new java.math.BigInteger(80, r).negate();
            case 3:
                return r.nextBoolean() ? null : (Object) r.nextBoolean();
            case 4:
                return "t\"\\\n\u00e9\ud83d\ude00".substring(0, r.nextInt(7));
            case 5:
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                return l;
            default:
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    m.put("k" + r.nextInt(6), value(r, depth + 1));
                }
                return m;
        }
    }
}
