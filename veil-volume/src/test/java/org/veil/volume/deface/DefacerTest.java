package org.veil.volume.deface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.dicom.io.DicomFile;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.volume.Volume;
import org.veil.volume.VolumeGeometry;
import org.veil.volume.VolumeLoader;

class DefacerTest {

    @ParameterizedTest
    @ValueSource(strings = {"colin27-mr", "colin27-ctlike", "colin27-mr-enhanced"})
    void find_colin27_planeSparesBrainAndCutsFace(String series) throws Exception {
        List<DicomFile> files = HeadData.read(HeadData.root().resolve(series));
        Volume v = new VolumeLoader(new PixelRedactor(), 200_000_000L).load(files);
        VolumeGeometry g = v.geometry();
        assertEquals(181, g.nz());
        DefaceResult r = new Defacer(Defacer.Renders.SKIP).find(v);
        org.veil.testkit.DefaceData.Mask mask = HeadData.mask();
        int cut = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double[] p = g.position(x, y, z);
                    if (mask.at(z, y, x) && r.plane().removes(p[0], p[1], p[2])) {
                        cut++;
                    }
                }
            }
        }
        System.out.printf("%s: %s; brain %.0f ml, removed %.0f ml, brain voxels cut %d%n", series,
                r.plane().describe(), r.brainMl(), r.removedMl(), cut);
        assertTrue(cut <= mask.count() * 0.005, "brain voxels on the face side: " + cut);
        assertTrue(r.removedMl() > 50, "face tissue removed: " + r.removedMl() + " ml");
    }

    /**
     * The outer ears of Colin27, found by looking at the data (the grid is MNI's, LPS x = -MNI x, y = -MNI y): the
     * skull and scalp reach at most 86 mm from the midline, except between 60 and 10 mm below and 20 to 60 mm behind
     * the MNI origin, where the ears reach the edge of the data at 90 mm. Independent of the defacer's own search.
     */
    static final double EAR_LATERAL_MM = 87;

    @ParameterizedTest
    @ValueSource(strings = {"colin27-mr", "colin27-ctlike", "colin27-mr-enhanced"})
    void find_withEars_removesEarTissueAndSparesBrain(String series) throws Exception {
        List<DicomFile> files = HeadData.read(HeadData.root().resolve(series));
        Volume v = new VolumeLoader(new PixelRedactor(), 200_000_000L).load(files);
        VolumeGeometry g = v.geometry();
        DefaceResult on = new Defacer(Defacer.Renders.SKIP, true).find(v);
        DefaceResult off = new Defacer(Defacer.Renders.SKIP, false).find(v);
        org.veil.testkit.DefaceData.Mask mask = HeadData.mask();
        int ear = 0;
        int earCutOn = 0;
        int earCutOff = 0;
        int brainCut = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double[] p = g.position(x, y, z);
                    boolean removed = on.removal().removes(p[0], p[1], p[2]);
                    if (mask.at(z, y, x) && removed) {
                        brainCut++;
                    }
                    if (Math.abs(p[0]) >= EAR_LATERAL_MM && p[1] >= 20 && p[1] <= 60 && p[2] >= -60 && p[2] <= -10
                            && v.value(x, y, z) >= on.threshold()) {
                        ear++;
                        earCutOn += removed ? 1 : 0;
                        earCutOff += off.removal().removes(p[0], p[1], p[2]) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf("%s: %s; ear voxels %d, removed with ears %d, without %d; brain voxels cut %d%n", series,
                on.ears().describe(), ear, earCutOn, earCutOff, brainCut);
        assertTrue(ear > 1000, "the data must hold ears for the test to mean anything: " + ear);
        assertTrue(earCutOn >= ear * 0.98, "ear voxels removed: " + earCutOn + " of " + ear);
        assertEquals(0, earCutOff, "ears kept by default");
        assertEquals(null, off.ears());
        assertTrue(brainCut <= mask.count() * 0.005, "brain voxels removed: " + brainCut);
        assertTrue(on.removedMl() > off.removedMl() + 10, on.removedMl() + " ml against " + off.removedMl());
    }
}
