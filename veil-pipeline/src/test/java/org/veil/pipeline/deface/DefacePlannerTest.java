package org.veil.pipeline.deface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.recipe.DefaceChoices;
import org.veil.dicom.ReadLimits;
import org.veil.synth.HeadSeries;
import org.veil.volume.deface.Defacer;
import org.veil.volume.deface.DefaceResult;

/** Which series the planner defaces, leaves or refuses, on small generated heads (2 mm voxels). */
class DefacePlannerTest {
    private static final HeadSeries.Grid GRID = HeadSeries.Grid.axial(110, 120, 115, 2, 2);
    private static final DefaceSettings QUICK = DefaceSettings.DEFAULT.withRenders(Defacer.Renders.SKIP);

    @TempDir
    static Path shared;
    private static Path mr;

    @TempDir
    Path dir;

    @BeforeAll
    static void head() throws Exception {
        mr = shared.resolve("mr");
        HeadSeries.write(mr, GRID, new HeadSeries.Spec("MR", null, "T1 MPRAGE SAG", true, 11));
    }

    private static DefacePlan plan(Path in, DefaceSettings settings) throws Exception {
        return new DefacePlanner(new Deidentifier(DeidConfig.builder().build()), settings, ReadLimits.DEFAULT)
                .plan(in);
    }

    private static DefaceSettings recipe(DefaceChoices c) {
        return DefaceSettings.from(c).withRenders(Defacer.Renders.SKIP);
    }

    private static DefaceChoices choices(Optional<List<String>> modalities, List<String> include, List<String> exclude,
                                         Optional<Boolean> detected, Optional<Boolean> ears, Optional<String> stop) {
        return new DefaceChoices(modalities, Optional.empty(), include, exclude, detected, ears, stop);
    }

    @Test
    void plan_headWithoutBodyPart_defacedEarsKeptByDefault() throws Exception {
        DefacePlan p = plan(mr, QUICK);
        DefaceResult r = assertInstanceOf(SeriesDecision.Deface.class, p.series().get(0)).result();
        assertNull(r.ears());
        assertEquals(0, earVoxels(r, true), "ears kept by default");
        assertEquals(0, brainVoxelsRemoved(r));
    }

    @Test
    void plan_earsOn_everyEarVoxelRemovedBrainKept() throws Exception {
        DefacePlan p = plan(mr, recipe(choices(Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.of(true), Optional.empty())));
        DefaceResult r = assertInstanceOf(SeriesDecision.Deface.class, p.series().get(0)).result();
        assertNotNull(r.ears());
        int ear = earVoxels(r, false);
        assertTrue(ear > 1000, "the phantom's ears outside the head: " + ear);
        assertEquals(ear, earVoxels(r, true), r.ears().describe());
        assertEquals(0, brainVoxelsRemoved(r), r.ears().describe());
    }

    @Test
    void plan_notSelected_leftAlone() throws Exception {
        DefaceChoices ctOnly = choices(Optional.of(List.of("CT")), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        DefaceChoices excluded = choices(Optional.empty(), List.of(), List.of("*mprage*"), Optional.empty(),
                Optional.empty(), Optional.empty());
        DefaceChoices notIncluded = choices(Optional.empty(), List.of("FLAIR*", "?2*"), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        DefaceChoices noDetection = choices(Optional.empty(), List.of(), List.of(), Optional.of(false),
                Optional.empty(), Optional.empty());
        for (DefaceChoices c : List.of(ctOnly, excluded, notIncluded, noDetection)) {
            assertEquals(List.of(), plan(mr, recipe(c)).series(), c.toString());
        }
        DefaceChoices included = choices(Optional.empty(), List.of("t1 *"), List.of("*LOCALIZER*"),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertInstanceOf(SeriesDecision.Deface.class, plan(mr, recipe(included)).series().get(0));
    }

    @Test
    void plan_otherBodyPart_leftAloneHeadBodyPartOfRecipeCounts() throws Exception {
        Path knee = dir.resolve("knee");
        HeadSeries.write(knee, HeadSeries.Grid.axial(40, 40, 12, 4, 4), new HeadSeries.Spec("MR", "KNEE", "PD",
                false, 12));
        assertEquals(List.of(), plan(knee, QUICK).series());
        DefaceChoices kneeIsHead = new DefaceChoices(Optional.empty(), Optional.of(List.of("KNEE")), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(1, plan(knee, recipe(kneeIsHead)).series().size(), "a head body part of the recipe is planned");
    }

    @Test
    void plan_unprocessableHead_quarantinedOrRunStopped() throws Exception {
        Path broken = dir.resolve("broken");
        HeadSeries.write(broken, HeadSeries.Grid.axial(40, 40, 14, 4, 4), new HeadSeries.Spec("CT", "HEAD", "AX",
                false, 13));
        Files.delete(broken.resolve("S0005.dcm"));
        SeriesDecision d = plan(broken, QUICK).series().get(0);
        assertTrue(assertInstanceOf(SeriesDecision.Refuse.class, d).reason().contains("slice spacing is irregular"),
                d.toString());
        DefaceChoices stop = choices(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of("stop"));
        DefaceStoppedException e = assertThrows(DefaceStoppedException.class, () -> plan(broken, recipe(stop)));
        assertTrue(e.getMessage().contains("slice spacing is irregular"), e.getMessage());
    }

    @Test
    void plan_loneSlicesAndThinSlabs_leftUntouchedWithReason() throws Exception {
        Path localizer = dir.resolve("localizer");
        HeadSeries.write(localizer.resolve("a"), new HeadSeries.Grid(new double[] {-128, -128, 0}, new double[] {1, 0,
                0}, new double[] {0, 1, 0}, 2, 2, 5, 128, 128, 1), new HeadSeries.Spec("MR", null, "LOC", false, 14));
        HeadSeries.write(localizer.resolve("b"), new HeadSeries.Grid(new double[] {0, -128, 128}, new double[] {0, 1,
                0}, new double[] {0, 0, -1}, 2, 2, 5, 128, 128, 1), new HeadSeries.Spec("MR", null, "LOC", false, 14));
        renameSecond(localizer.resolve("b"));
        SeriesDecision d = plan(localizer, QUICK).series().get(0);
        assertEquals("left untouched: its 2 images form 2 stacks of parallel slices, the deepest 0.0 mm deep and 256 "
                + "by 256 mm across, too thin or too small to hold a face (a stack needs more than 10 mm depth and "
                + "50 mm on each side)", assertInstanceOf(SeriesDecision.Leave.class, d).reason());
        Path slab = dir.resolve("slab");
        HeadSeries.write(slab, new HeadSeries.Grid(new double[] {-128, -128, 0}, new double[] {1, 0, 0},
                new double[] {0, 1, 0}, 2, 2, 2.5, 128, 128, 5), new HeadSeries.Spec("CT", "HEAD", "AX", false, 15));
        assertInstanceOf(SeriesDecision.Leave.class, plan(slab, QUICK).series().get(0));
    }

    @Test
    void plan_thickSeriesTooFewSlices_stillRefused() throws Exception {
        Path few = dir.resolve("few");
        HeadSeries.write(few, HeadSeries.Grid.axial(64, 64, 6, 4, 8), new HeadSeries.Spec("MR", null, "AX", false,
                16));
        SeriesDecision d = plan(few, QUICK).series().get(0);
        assertTrue(assertInstanceOf(SeriesDecision.Refuse.class, d).reason().contains("fewer than the 10"),
                d.toString());
    }

    /** The second localizer slice is another instance of the first one's series. */
    private static void renameSecond(Path folder) throws Exception {
        // both halves share seed 14, hence series and SOP Instance UIDs: give the second its own instance UID
        Path f = folder.resolve("S0001.dcm");
        org.veil.dicom.io.DicomFile file = org.veil.dicom.io.DicomReader.read(f, ReadLimits.DEFAULT);
        org.veil.dicom.data.DatasetView.of(file.dataset()).putString(0x00080018, org.veil.dicom.VR.UI,
                "2.25.1234567890123");
        byte[] out;
        try (var bytes = new java.io.ByteArrayOutputStream(); var ch = java.nio.channels.Channels.newChannel(bytes)) {
            org.veil.dicom.io.DicomWriter.write(null, null, file.dataset(), file.transferSyntax(), ch,
                    org.veil.dicom.io.WriteOptions.DEFAULT);
            out = bytes.toByteArray();
        }
        Files.write(f, out);
    }

    /** Ear voxels outside the head on a 1 mm lattice; with {@code removed}, only those the result removes. */
    private static int earVoxels(DefaceResult r, boolean removed) {
        int n = 0;
        for (double x = -100; x <= 100; x++) {
            for (double y = -10; y <= 40; y++) {
                for (double z = -30; z <= 30; z++) {
                    double[] p = {x, y, z};
                    boolean ear = HeadSeries.inEar(p) && HeadSeries.value(p, false, false) == 0;
                    if (ear && (!removed || r.removal().removes(x, y, z))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static int brainVoxelsRemoved(DefaceResult r) {
        int n = 0;
        for (double x = -70; x <= 70; x++) {
            for (double y = -80; y <= 95; y++) {
                for (double z = -55; z <= 105; z++) {
                    if (HeadSeries.inBrain(new double[] {x, y, z}) && r.removal().removes(x, y, z)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
