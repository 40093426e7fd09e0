package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The build's image of the built-in tables holds exactly what building them from the lists gives. */
class BuiltinTablesTest {

    private static BuiltinTables built;
    private static byte[] image;

    @BeforeAll
    static void build() throws IOException {
        built = BuiltinTables.fromLists();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        built.write(out);
        image = out.toByteArray();
    }

    @Test
    void read_imageTheBuildPutOnTheClassPath_sameTablesAsBuiltFromLists() {
        BuiltinTables read = BuiltinTables.read(BuiltinTables.class.getResourceAsStream(BuiltinTables.RESOURCE));
        assertNotNull(read, BuiltinTables.RESOURCE + " is missing or stale: the process-classes step did not run");
        assertSameTables(built, read);
    }

    @Test
    void read_imageJustWritten_sameTables() {
        assertSameTables(built, BuiltinTables.read(new ByteArrayInputStream(image)));
    }

    @Test
    void read_imageOfOtherSources_ignored() {
        byte[] stale = image.clone();
        stale[12] ^= 1;
        assertNull(BuiltinTables.read(new ByteArrayInputStream(stale)));
    }

    @Test
    void read_truncatedOrLongerImage_ignored() {
        assertNull(BuiltinTables.read(new ByteArrayInputStream(Arrays.copyOf(image, image.length - 3))));
        assertNull(BuiltinTables.read(new ByteArrayInputStream(Arrays.copyOf(image, image.length + 1))));
    }

    @Test
    void read_damagedTrie_ignored() {
        byte[] damaged = image.clone();
        int edgeStarts = 4 + ((damaged[16] & 0xff) << 24 | (damaged[17] & 0xff) << 16 | (damaged[18] & 0xff) << 8
                | (damaged[19] & 0xff)) * 4;
        damaged[16 + edgeStarts - 2] = (byte) 0x7f;
        assertNull(BuiltinTables.read(new ByteArrayInputStream(damaged)));
    }

    @Test
    void get_sharedLexiconAndModel_sameAsBuiltFromLists() {
        assertSameTables(built, BuiltinTables.get());
        assertEquals(Lexicon.builtin(), BuiltinTables.get().lexicon);
        assertEquals(NameShape.builtin(), BuiltinTables.get().nameShape);
    }

    private static void assertSameTables(BuiltinTables expected, BuiltinTables actual) {
        assertNotNull(actual);
        List<Object> e = arrays(expected);
        List<Object> a = arrays(actual);
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i) instanceof int[] x) {
                assertArrayEquals(x, (int[]) a.get(i), "array " + i);
            } else {
                assertArrayEquals((char[]) e.get(i), (char[]) a.get(i), "array " + i);
            }
        }
        assertEquals(expected.nameShape.score("VOLKONSKAYA"), actual.nameShape.score("VOLKONSKAYA"));
        assertEquals(expected.lexicon.flags("SMITH"), actual.lexicon.flags("SMITH"));
    }

    private static List<Object> arrays(BuiltinTables t) {
        List<Object> out = new ArrayList<>();
        try {
            t.lexicon.trie().write((edgeStart, edgeChar, edgeTarget, value) -> {
                out.add(edgeStart);
                out.add(edgeChar);
                out.add(edgeTarget);
                out.add(value);
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        out.addAll(Arrays.asList((Object[]) t.nameShape.tables()));
        return out;
    }
}
