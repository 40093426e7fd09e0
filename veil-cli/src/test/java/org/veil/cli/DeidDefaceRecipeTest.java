package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.synth.HeadSeries;
import org.veil.volume.Volume;
import org.veil.volume.VolumeGeometry;
import org.veil.volume.VolumeLoader;

/**
 * The recipe's deface section reaches {@code veil deid}: on a generated MR head with ears, {@code ears: true} turns
 * every ear voxel outside the head into background and keeps every brain voxel; without the recipe the ears keep
 * their values; {@code unprocessable: stop} stops the run on a head series that cannot be assembled.
 */
class DeidDefaceRecipeTest {
    private static final HeadSeries.Grid GRID = HeadSeries.Grid.axial(110, 120, 115, 2, 2);

    @TempDir
    Path dir;

    @Test
    void deid_recipeEarsOn_earsRemovedBrainKept() throws Exception {
        Path in = dir.resolve("in");
        HeadSeries.write(in, GRID, new HeadSeries.Spec("MR", "HEAD", "T1", true, 21));
        Path recipe = Files.writeString(dir.resolve("recipe.yaml"), "veil-recipe: 1\ndeface:\n  ears: true\n");
        int[] on = earsAndBrain(in, run(dir.resolve("on"), in, "--recipe", recipe.toString()));
        int[] off = earsAndBrain(in, run(dir.resolve("off"), in));
        assertTrue(on[0] > 1000, "ear voxels in the phantom: " + on[0]);
        assertEquals(on[0], on[1], "ear voxels set to background with ears: true");
        assertEquals(0, off[1], "ear voxels set to background without the recipe");
        assertEquals(on[2], on[3], "brain voxels unchanged with ears: true");
        assertEquals(off[2], off[3], "brain voxels unchanged without the recipe");
    }

    @Test
    void deid_recipeStop_unprocessableHeadStopsTheRun() throws Exception {
        Path in = dir.resolve("in");
        HeadSeries.write(in, HeadSeries.Grid.axial(40, 40, 14, 4, 4), new HeadSeries.Spec("CT", "HEAD", "AX", false,
                22));
        Files.delete(in.resolve("S0005.dcm"));
        Path recipe = Files.writeString(dir.resolve("recipe.yaml"), "veil-recipe: 1\ndeface: {unprocessable: stop}\n");
        Path log = dir.resolve("log.txt");
        int code = ChildVeil.run(log, env(dir), "deid", in.toString(), dir.resolve("out").toString(), "--option",
                DeidDefaceTest.OPTION, "--recipe", recipe.toString());
        String text = Files.readString(log);
        assertNotEquals(0, code, text);
        assertTrue(text.contains("slice spacing is irregular"), text);
        assertTrue(!Files.exists(dir.resolve("out")) || DefaceChecks.read(dir.resolve("out")).isEmpty(),
                "nothing written");
    }

    private static Map<String, String> env(Path dir) throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 29 + 7);
        }
        return Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, key).toString());
    }

    private static Path run(Path work, Path in, String... extra) throws Exception {
        Files.createDirectories(work);
        Path out = work.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("deid", in.toString(), out.toString(), "--option",
                DeidDefaceTest.OPTION));
        args.addAll(List.of(extra));
        Path log = work.resolve("log.txt");
        assertEquals(0, ChildVeil.run(log, env(work), args.toArray(String[]::new)), Files.readString(log));
        return out;
    }

    /** Ear voxels outside the head, those of them at 0 in the output, brain voxels, those of them unchanged. */
    private static int[] earsAndBrain(Path in, Path out) throws Exception {
        VolumeLoader loader = new VolumeLoader(new PixelRedactor(), 10_000_000L);
        Volume a = loader.load(DefaceChecks.read(in));
        Volume b = loader.load(DefaceChecks.read(out));
        VolumeGeometry g = a.geometry();
        int[] n = new int[4];
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double[] p = g.position(x, y, z);
                    if (HeadSeries.inEar(p) && HeadSeries.value(p, false, false) == 0) {
                        n[0]++;
                        n[1] += b.stored(x, y, z) == 0 ? 1 : 0;
                    }
                    if (HeadSeries.inBrain(p)) {
                        n[2]++;
                        n[3] += a.stored(x, y, z) == b.stored(x, y, z) ? 1 : 0;
                    }
                }
            }
        }
        return n;
    }
}
