package org.veil.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesLayoutTest {
    private static final double[] SAG_ROW = {0, 1, 0};
    private static final double[] SAG_COL = {0, 0, -1};

    private static List<SliceRef> stack(int n, double spacing, double[] row, double[] col) {
        double[] normal = Vec.cross(row, col);
        List<SliceRef> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] p = {10 + k * spacing * normal[0], -20 + k * spacing * normal[1], 5 + k * spacing * normal[2]};
            out.add(new SliceRef(k, 0, new FrameGeometry(p, row, col, 0.9, 0.8, 64, 48, 1, 0)));
        }
        return out;
    }

    @Test
    void of_shuffledSagittal_sortedAlongNormalWithGrid() throws Exception {
        List<SliceRef> frames = stack(12, 1.5, SAG_ROW, SAG_COL);
        Collections.shuffle(frames, new java.util.Random(3));
        SeriesLayout l = SeriesLayout.of(frames);
        VolumeGeometry g = l.geometry();
        assertEquals(0, l.slices().get(0).source());
        assertEquals(11, l.slices().get(11).source());
        assertEquals(1.5, g.dz(), 1e-9);
        assertEquals(0.8, g.dx(), 1e-9);
        assertEquals(0.9, g.dy(), 1e-9);
        assertArrayEquals(new double[] {-1, 0, 0}, g.normal(), 1e-12);
        assertArrayEquals(new double[] {10 - 1.5 * 3, -20 + 0.8 * 2, 5 - 0.9 * 4}, g.position(2, 4, 3), 1e-9);
    }

    @Test
    void of_missingSlice_irregularSpacingNamed() {
        List<SliceRef> frames = stack(12, 1.0, SAG_ROW, SAG_COL);
        frames.remove(5);
        VolumeException e = assertThrows(VolumeException.class, () -> SeriesLayout.of(frames));
        assertEquals("the slice spacing is irregular (slice 2 is 1.00 mm from the first, a regular 1.100 mm spacing "
                + "puts it at 1.10 mm)", e.getMessage());
    }

    @Test
    void of_twoOrientations_refused() {
        List<SliceRef> frames = stack(12, 1.0, SAG_ROW, SAG_COL);
        SliceRef r = frames.get(3);
        FrameGeometry g = r.geometry();
        frames.set(3, new SliceRef(3, 0, new FrameGeometry(g.position(), new double[] {1, 0, 0}, SAG_COL,
                0.9, 0.8, 64, 48, 1, 0)));
        VolumeException e = assertThrows(VolumeException.class, () -> SeriesLayout.of(frames));
        assertEquals("the series has images in more than one orientation", e.getMessage());
    }

    @Test
    void of_duplicatePositions_refused() {
        List<SliceRef> frames = stack(12, 1.0, SAG_ROW, SAG_COL);
        frames.addAll(stack(12, 1.0, SAG_ROW, SAG_COL));
        VolumeException e = assertThrows(VolumeException.class, () -> SeriesLayout.of(frames));
        assertEquals("two images of the series lie at one position (slices 1 and 2 along the normal)",
                e.getMessage());
    }

    @Test
    void of_fewSlices_refused() {
        VolumeException e = assertThrows(VolumeException.class, () -> SeriesLayout.of(stack(4, 1.0, SAG_ROW,
                SAG_COL)));
        assertEquals("the series has 4 images, fewer than the 10 a volume needs", e.getMessage());
    }
}
