package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Issue 14 item 1: an identifying attribute written with a binary VR (SL, SS, UL, US, FL, FD, AT, OB) gets the action
 * of its tag. Before the fix the actions that read text saw no text and kept the original bytes.
 */
class LyingVrTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2,
        3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final VR[] BINARY = {VR.SL, VR.SS, VR.UL, VR.US, VR.FL, VR.FD, VR.AT, VR.OB};
    private static final int[] TAGS = {0x00100010, 0x00100020, 0x00200010, 0x0020000D, 0x0020000E, 0x00200052,
        0x00080014};
    /** Each 8 bytes long, so every binary VR's unit divides the length. */
    private static final String[] VALUES = {"DOE^JANE", "MRN12345", "STUDY-77", "1.2.3.44", "1.2.3.55", "1.2.3.66",
        "1.2.3.77"};

    static Stream<Arguments> mutations() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int i = 0; i < TAGS.length; i++) {
            for (VR vr : BINARY) {
                b.add(Arguments.of(TAGS[i], VALUES[i], vr));
            }
        }
        return b.build();
    }

    private static Dataset instance() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.4");
        v.putString(0x00080018, VR.UI, "1.2.3.99");
        for (int i = 0; i < TAGS.length; i++) {
            v.putString(TAGS[i], StandardDictionaryVr.of(TAGS[i]), VALUES[i]);
        }
        return ds;
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("mutations")
    void deidentify_identifyingValueUnderBinaryVr_replacedLikeItsTag(int tag, String value, VR vr) throws Exception {
        Dataset ds = instance();
        ds.put(DataElement.of(tag, vr, value.getBytes(StandardCharsets.US_ASCII)));
        DeidResult r = new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(ds);
        DataElement out = ds.get(tag);
        if (out != null) {
            String text = new String(out.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(value), "value kept under " + out.vr());
            assertEquals(StandardDictionaryVr.of(tag), out.vr(), "written with the dictionary VR");
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("read as")), r.warnings().toString());
    }

    @Test
    void deidentify_patientIdUnderSl_pseudonymOfTheTextualId() throws Exception {
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        Dataset lying = instance();
        lying.put(DataElement.of(0x00100020, VR.SL, "MRN12345".getBytes(StandardCharsets.US_ASCII)));
        Dataset plain = instance();
        assertEquals(Deidentifier.patientOf(plain), Deidentifier.patientOf(lying));
        deid.deidentify(lying);
        deid.deidentify(plain);
        assertEquals(DatasetView.of(plain).string(0x00100020), DatasetView.of(lying).string(0x00100020));
    }

    @Test
    void deidentify_numbersUnderSlInPatientName_removed() throws Exception {
        Dataset ds = instance();
        ds.put(DataElement.of(0x00100010, VR.SL, new byte[] {5, 0, 0, 0, 7, 1, 0, 0}));
        DeidResult r = new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(ds);
        DataElement name = ds.get(0x00100010);
        assertTrue(name == null || name.vr() == VR.PN && name.length() == 0 || name.vr() == VR.PN
                && !new String(name.bytes(), StandardCharsets.ISO_8859_1).contains("\u0005"), String.valueOf(name));
        assertTrue(r.changes().stream().anyMatch(c -> c.rule().contains("cannot be read as PN")), r.changes().toString());
    }

    @Test
    void deidentify_numbersUnderFdInStudyUid_rejectedAsType1() {
        Dataset ds = instance();
        ds.put(DataElement.of(0x0020000D, VR.FD, new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0x80}));
        DeidException e = assertThrows(DeidException.class,
                () -> new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(ds));
        assertEquals("(0020,000D): the value written with VR FD cannot be read as UI, the attribute's VR, and a Type 1"
                + " attribute cannot be removed", e.getMessage());
    }

    @Test
    void deidentify_bulkUnderObInInstanceCreatorUid_removed() throws Exception {
        Dataset ds = instance();
        ds.put(DataElement.of(0x00080014, VR.OB, new org.veil.dicom.data.Fragments()));
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(ds);
        assertNull(ds.get(0x00080014));
    }

    /** The dictionary VR of the attributes under test. */
    private static final class StandardDictionaryVr {
        static VR of(int tag) {
            return org.veil.dicom.dict.StandardDictionary.vr(tag);
        }
    }
}
