package org.veil.dicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.VR;

/**
 * Edits of a {@link Dataset}: random puts and removes agree with a sorted map, and a pass that edits in tag order (what
 * the de-identifier does to a file of a million private elements, issue 14 item 5) moves a number of slots linear in
 * the size of the data set, where one array shift per removed element was quadratic.
 */
class DatasetEditTest {
    private static final byte[] VALUE = {1, 2};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void putAndRemove_randomOrder_sameAsSortedMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset ds = new Dataset();
        TreeMap<Integer, DataElement> model = new TreeMap<>(Integer::compareUnsigned);
        for (int step = 0; step < 20_000; step++) {
            int tag = random.nextInt(300) * 0x00010003 ^ (random.nextBoolean() ? 0x80000000 : 0);
            int op = random.nextInt(3);
            if (op == 0) {
                assertSame(model.remove(tag), ds.remove(tag), "remove, seed " + seed + " step " + step);
            } else if (op == 1) {
                DataElement e = DataElement.of(tag, VR.OB, VALUE);
                assertSame(model.put(tag, e), ds.put(e), "put, seed " + seed + " step " + step);
            } else {
                assertSame(model.get(tag), ds.get(tag), "get, seed " + seed + " step " + step);
            }
        }
        assertEquals(new ArrayList<>(model.values()), ds.elements(), "seed " + seed);
        List<Integer> gone = new ArrayList<>();
        ds.removeIf(e -> (e.tag() & 1) == 0 && gone.add(e.tag()));
        gone.forEach(model::remove);
        assertEquals(new ArrayList<>(model.values()), ds.elements(), "after removeIf, seed " + seed);
    }

    @Test
    void removeInTagOrder_millionElements_movesLinearlyManySlots() {
        int n = 1 << 20;
        Dataset ds = filled(n);
        int i = 0;
        while (i < ds.size()) {
            int tag = ds.elementAt(i).tag();
            if ((tag - 0x00091000) % 16 != 0) {
                ds.remove(tag);
            } else {
                i++;
            }
        }
        assertEquals(n / 4, ds.size());
        assertTrue(ds.movedSlots() <= n, "slots moved removing in tag order: " + ds.movedSlots() + " for " + n
                + " elements (one shift per removal would move ~n*n/2)");
    }

    @Test
    void replaceAndInsertInTagOrder_millionElements_movesLinearlyManySlots() {
        int n = 1 << 20;
        Dataset ds = filled(n);
        for (int i = 0; i < n; i += 2) {
            DataElement e = ds.elementAt(i);
            ds.put(DataElement.of(e.tag(), VR.UN, VALUE));
            ds.put(DataElement.of(e.tag() + 1, VR.OB, VALUE));
        }
        assertEquals(n + n / 2, ds.size());
        assertTrue(ds.movedSlots() <= 2L * n, "slots moved inserting in tag order: " + ds.movedSlots());
    }

    @Test
    void putDescending_millionElements_movesLinearlyManySlots() {
        int n = 1 << 20;
        Dataset ds = new Dataset();
        for (int i = n - 1; i >= 0; i--) {
            ds.put(DataElement.of(0x00091000 + i * 4, VR.OB, VALUE));
        }
        assertEquals(n, ds.size());
        assertEquals(Map.of(), check(ds));
        assertTrue(ds.movedSlots() <= 2L * n, "slots moved building in descending order: " + ds.movedSlots());
    }

    private static Dataset filled(int n) {
        Dataset ds = new Dataset();
        for (int i = 0; i < n; i++) {
            ds.put(DataElement.of(0x00091000 + i * 4, VR.OB, VALUE));
        }
        return ds;
    }

    /** Tags out of ascending order, by position (empty when sorted). */
    private static Map<Integer, Integer> check(Dataset ds) {
        Map<Integer, Integer> wrong = new TreeMap<>();
        for (int i = 1; i < ds.size(); i++) {
            if (Integer.compareUnsigned(ds.elementAt(i - 1).tag(), ds.elementAt(i).tag()) >= 0) {
                wrong.put(i, ds.elementAt(i).tag());
            }
        }
        return wrong;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void putIfAbsent_randomOrder_keepsTheFirstLikeASortedMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset ds = new Dataset();
        TreeMap<Integer, DataElement> model = new TreeMap<>(Integer::compareUnsigned);
        int next = 0x00080000;
        for (int step = 0; step < 5_000; step++) {
            // mostly ascending (a reader's order), sometimes a repeat or an earlier tag
            int tag = random.nextInt(4) == 0 ? random.nextInt(200) * 0x00010003 ^ (random.nextBoolean() ? 0x80000000 : 0)
                    : (next += random.nextInt(3));
            DataElement e = DataElement.of(tag, VR.OB, VALUE);
            boolean absent = !model.containsKey(tag);
            if (absent) {
                model.put(tag, e);
            }
            assertEquals(absent, ds.putIfAbsent(e), "seed " + seed + " step " + step);
            assertSame(model.get(tag), ds.get(tag), "seed " + seed + " step " + step);
        }
        assertEquals(new ArrayList<>(model.values()), ds.elements());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void removeAt_randomPositions_sameAsRemovingTheTag(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset byIndex = new Dataset();
        Dataset byTag = new Dataset();
        for (int i = 0; i < 500; i++) {
            DataElement e = DataElement.of(random.nextInt(100_000) * 0x00010001, VR.OB, VALUE);
            byIndex.put(e);
            byTag.put(e);
        }
        while (!byIndex.isEmpty()) {
            int i = random.nextInt(byIndex.size());
            DataElement removed = byIndex.removeAt(i);
            assertSame(byTag.remove(removed.tag()), removed);
            assertEquals(byTag.elements(), byIndex.elements());
        }
        assertThrows(IndexOutOfBoundsException.class, () -> byIndex.removeAt(0));
    }

    @Test
    void replaceAt_sameTag_replacesInPlace_otherTag_refused() {
        Dataset ds = new Dataset();
        for (int t = 1; t <= 40; t++) {
            ds.put(DataElement.of(t * 0x00020001, VR.OB, VALUE));
        }
        ds.remove(10 * 0x00020001); // a gap before the position replaced
        DataElement e = DataElement.of(30 * 0x00020001, VR.LO, new byte[] {'A', ' '});
        int i = ds.elements().indexOf(ds.get(e.tag()));

        DataElement old = ds.replaceAt(i, e);

        assertEquals(30 * 0x00020001, old.tag());
        assertSame(e, ds.get(e.tag()));
        assertEquals(39, ds.size());
        assertThrows(IllegalArgumentException.class,
                () -> ds.replaceAt(0, DataElement.of(0x7FE00010, VR.OB, VALUE)));
    }
}
