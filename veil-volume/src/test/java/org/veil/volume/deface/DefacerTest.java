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
}
