package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.profile.ProfileOption;

/**
 * Graphics under the Basic Profile and Clean Graphics (PS3.15 Table E.1-1): Curve Data groups (50xx) and Overlay
 * groups (60xx) are removed whole; the text of a presentation state's Graphic Annotation Sequence (0070,0001) > Text
 * Object Sequence (0070,0008) > Unformatted Text Value (0070,0006) keeps no identifier: cleaned with Clean Graphics,
 * replaced by a dummy value otherwise.
 */
class GraphicsProfileTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5,
        2, 3, 5, 3, 6, 0, 2, 8, 7, 4, 7, 1, 3, 5, 2, 6});
    private static final String NAME = "KOWALSKI^ANNA";
    private static final String ID = "PID99887";
    private static final int GRAPHIC_ANNOTATION = 0x00700001;
    private static final int TEXT_OBJECT = 0x00700008;
    private static final int UNFORMATTED_TEXT = 0x00700006;

    private static Dataset base(String sopClass, String modality) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080005, VR.CS, "ISO_IR 100");
        v.putString(0x00080016, VR.UI, sopClass);
        v.putString(0x00080018, VR.UI, "1.2.3.4.5.77");
        v.putString(0x00080060, VR.CS, modality);
        v.putString(0x00100010, VR.PN, NAME);
        v.putString(0x00100020, VR.LO, ID);
        v.putString(0x0020000D, VR.UI, "1.2.3.4.6.77");
        return ds;
    }

    private static Deidentifier deid(boolean cleaner, ProfileOption... options) {
        DeidConfig.Builder b = DeidConfig.builder().key(KEY);
        if (cleaner) {
            b.textCleaner(EngineCleaner.defaults());
        }
        for (ProfileOption o : options) {
            b.option(o);
        }
        return new Deidentifier(b.build());
    }

    private static Dataset imageWithCurvesAndOverlays() {
        Dataset ds = base("1.2.840.10008.5.1.4.1.1.7", "OT");
        DatasetView v = DatasetView.of(ds);
        v.putUnsignedShorts(0x50000005, 2);
        v.putUnsignedShorts(0x50000010, 2);
        v.putString(0x50000020, VR.CS, "POLY");
        v.putString(0x50002500, VR.LO, "ECG of KOWALSKI");
        ds.put(DataElement.of(0x50003000, VR.OB, new byte[] {1, 2, 3, 4}));
        v.putString(0x50020022, VR.LO, "curve " + ID);
        v.putUnsignedShorts(0x60000010, 8);
        v.putUnsignedShorts(0x60000011, 8);
        v.putString(0x60000022, VR.LO, "overlay " + ID);
        v.putString(0x60000040, VR.CS, "G");
        v.putUnsignedShorts(0x60000100, 1);
        v.putUnsignedShorts(0x60000102, 0);
        ds.put(DataElement.of(0x60003000, VR.OW, new byte[8]));
        v.putUnsignedShorts(0x601E0100, 16);
        v.putUnsignedShorts(0x601E0102, 12);
        return ds;
    }

    private static void assertNoGraphicsGroups(Dataset ds, String what) {
        for (DataElement e : ds) {
            int group = e.tag() >>> 16;
            assertFalse(group >= 0x5000 && group <= 0x50FF, what + String.format(": curve element (%08X) left", e.tag()));
            assertFalse(group >= 0x6000 && group <= 0x60FF, what + String.format(": overlay element (%08X) left",
                    e.tag()));
        }
    }

    @Test
    void curvesAndOverlays_removedUnderBasicProfileAndWithCleanGraphics() throws Exception {
        Dataset basic = imageWithCurvesAndOverlays();
        deid(false).deidentify(basic);
        assertNoGraphicsGroups(basic, "basic profile");
        Dataset graphics = imageWithCurvesAndOverlays();
        deid(true, ProfileOption.CLEAN_GRAPHICS).deidentify(graphics);
        assertNoGraphicsGroups(graphics, "clean graphics");
        assertTrue(graphics.contains(0x00080016), "the rest of the data set is still there");
    }

    private static Dataset presentationState(String text) {
        Dataset ds = base("1.2.840.10008.5.1.4.1.1.11.1", "PR");
        Dataset textObject = new Dataset();
        DatasetView t = DatasetView.of(textObject);
        t.putString(0x00700003, VR.CS, "PIXEL");
        t.putString(UNFORMATTED_TEXT, VR.ST, text);
        Dataset annotation = new Dataset();
        DatasetView.of(annotation).putString(0x00700002, VR.CS, "LAYER1");
        Sequence objects = new Sequence(annotation);
        objects.add(textObject);
        annotation.put(DataElement.of(TEXT_OBJECT, VR.SQ, objects));
        Sequence annotations = new Sequence(ds);
        annotations.add(annotation);
        ds.put(DataElement.of(GRAPHIC_ANNOTATION, VR.SQ, annotations));
        return ds;
    }

    private static String annotationText(Dataset ds) {
        DataElement seq = ds.get(GRAPHIC_ANNOTATION);
        if (seq == null || seq.sequence().isEmpty()) {
            return null;
        }
        DataElement objects = seq.sequence().get(0).get(TEXT_OBJECT);
        if (objects == null || objects.sequence().isEmpty()) {
            return null;
        }
        return DatasetView.of(objects.sequence().get(0)).text(UNFORMATTED_TEXT);
    }

    private static void assertNoIdentifier(String text, String what) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (String planted : new String[] {"KOWALSKI", "ANNA", ID}) {
            assertFalse(upper.contains(planted), what + ": a planted identifier of length " + planted.length()
                    + " left in " + text.length() + " characters");
        }
    }

    @Test
    void cleanGraphics_graphicAnnotationText_identifiersRemovedMeasurementKept() throws Exception {
        Dataset ds = presentationState("Anna Kowalski " + ID + " lesion 3.2 cm");
        deid(true, ProfileOption.CLEAN_GRAPHICS).deidentify(ds);
        String text = annotationText(ds);
        assertNotNull(text, "Clean Graphics keeps the annotation and cleans its text");
        assertNoIdentifier(text, "clean graphics");
        assertTrue(text.endsWith("lesion 3.2 cm"), text);
        assertEquals("LAYER1", DatasetView.of(ds.get(GRAPHIC_ANNOTATION).sequence().get(0)).string(0x00700002));
    }

    @Test
    void basicProfile_graphicAnnotationText_noIdentifierLeft() throws Exception {
        Dataset ds = presentationState("Anna Kowalski " + ID + " lesion 3.2 cm");
        deid(true).deidentify(ds);
        String text = annotationText(ds);
        if (text != null) {
            assertNoIdentifier(text, "basic profile");
        }
        Dataset noCleaner = presentationState("Anna Kowalski " + ID + " lesion 3.2 cm");
        deid(false, ProfileOption.CLEAN_GRAPHICS).deidentify(noCleaner);
        String fallback = annotationText(noCleaner);
        if (fallback != null) {
            assertNoIdentifier(fallback, "clean graphics without a text cleaner");
        }
    }
}
