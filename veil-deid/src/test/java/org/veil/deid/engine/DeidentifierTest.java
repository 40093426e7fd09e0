package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ProfileOption;

class DeidentifierTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7,
        8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
    private static final ProjectKey OTHER = ProjectKey.of(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2});

    private static Dataset instance(String patientId, String studyUid, String sopUid, String studyDate) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080005, VR.CS, "ISO_IR 100");
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(0x00080018, VR.UI, sopUid);
        v.putString(0x00080020, VR.DA, studyDate);
        v.putString(0x00080021, VR.DA, "20200110");
        v.putString(0x00080050, VR.SH, "ACC123");
        v.putString(0x00100010, VR.PN, "SMITH^JOHN");
        v.putString(0x00100020, VR.LO, patientId);
        v.putString(0x00100030, VR.DA, "19600101");
        v.putString(0x0020000D, VR.UI, studyUid);
        v.putString(0x00200010, VR.SH, "S1");
        return ds;
    }

    private static String s(Dataset ds, int tag) {
        return DatasetView.of(ds).string(tag);
    }

    @Test
    void deidentify_samePatientTwoInstances_samePseudonymsAndStudyUid() throws Exception {
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200110");
        Dataset b = instance("PID1", "1.2.3.100", "1.2.3.100.2", "20200110");
        deid.deidentify(a);
        deid.deidentify(b);
        assertEquals(s(a, 0x00100020), s(b, 0x00100020));
        assertEquals(s(a, 0x00100010), s(b, 0x00100010));
        assertEquals(s(a, 0x0020000D), s(b, 0x0020000D));
        assertNotEquals(s(a, 0x00080018), s(b, 0x00080018));
        assertNotEquals("PID1", s(a, 0x00100020));
        assertTrue(s(a, 0x0020000D).startsWith("2.25."));
        assertTrue(s(a, 0x00100010).startsWith("PAT^"));
    }

    @Test
    void deidentify_differentKey_disjointPseudonymsAndUids() throws Exception {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200110");
        Dataset b = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200110");
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(a);
        new Deidentifier(DeidConfig.builder().key(OTHER).build()).deidentify(b);
        assertNotEquals(s(a, 0x00100020), s(b, 0x00100020));
        assertNotEquals(s(a, 0x0020000D), s(b, 0x0020000D));
    }

    @Test
    void deidentify_modifiedDates_shiftsAllDatesOfAPatientByOneOffset() throws Exception {
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY)
                .option(ProfileOption.RETAIN_LONG_MODIFIED_DATES).build());
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        deid.deidentify(a);
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        long studyToSeries = ChronoUnit.DAYS.between(LocalDate.parse(s(a, 0x00080020), f),
                LocalDate.parse(s(a, 0x00080021), f));
        assertEquals(9, studyToSeries);
        assertNotEquals("20200101", s(a, 0x00080020));
        assertEquals("MODIFIED", s(a, 0x00280303));
    }

    @Test
    void deidentify_basicProfile_removesDatesAndRecordsMethod() throws Exception {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        new Deidentifier(DeidConfig.builder().key(KEY).option(ProfileOption.RETAIN_UIDS).build()).deidentify(a);
        assertNull(s(a, 0x00080020), "Study Date is Z");
        assertNotNull(a.get(0x00080020));
        assertEquals("19000101", s(a, 0x00080021), "Series Date X/D: the dummy keeps any IOD conformant");
        assertEquals("YES", s(a, 0x00120062));
        assertEquals("REMOVED", s(a, 0x00280303));
        Sequence codes = a.get(0x00120064).sequence();
        assertEquals(List.of("113100", "113110"), List.of(DatasetView.of(codes.get(0)).string(0x00080100),
                DatasetView.of(codes.get(1)).string(0x00080100)));
        assertEquals("1.2.3.100", s(a, 0x0020000D), "retain-uids keeps the Study Instance UID");
    }

    @Test
    void deidentify_references_remappedLikeTheInstancesTheyReference() throws Exception {
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        Dataset target = instance("PID1", "1.2.3.100", "1.2.3.100.7", "20200101");
        Dataset source = instance("PID1", "1.2.3.100", "1.2.3.100.8", "20200101");
        Sequence refs = new Sequence(source);
        Dataset item = refs.addItem();
        DatasetView.of(item).putString(0x00081150, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        DatasetView.of(item).putString(0x00081155, VR.UI, "1.2.3.100.7");
        source.put(DataElement.of(0x00081140, VR.SQ, refs));
        deid.deidentify(target);
        deid.deidentify(source);
        Dataset ref = source.get(0x00081140).sequence().get(0);
        assertEquals(s(target, 0x00080018), s(ref, 0x00081155));
        assertEquals("1.2.840.10008.5.1.4.1.1.2", s(ref, 0x00081150), "registered SOP class UID is kept");
    }

    @Test
    void deidentify_privateElements_removedWithTheirCreatorsUnlessSafe() throws Exception {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        DatasetView v = DatasetView.of(a);
        v.putString(0x70530010, VR.LO, "Philips PET Private Group");
        v.putString(0x70531000, VR.DS, "0.5");
        v.putString(0x70531001, VR.LO, "SMITH JOHN");
        v.putString(0x00290010, VR.LO, "ACME 1.0");
        v.putString(0x00291010, VR.LO, "SMITH JOHN");
        Dataset basic = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        for (DataElement e : a) {
            basic.put(e);
        }
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(basic);
        assertTrue(basic.elements().stream().noneMatch(e -> (e.tag() >>> 16) % 2 == 1), "no private element left");
        new Deidentifier(DeidConfig.builder().key(KEY).option(ProfileOption.RETAIN_SAFE_PRIVATE).build())
                .deidentify(a);
        assertEquals("0.5", s(a, 0x70531000), "Table E.3.10-1: SUV factor is safe");
        assertNull(a.get(0x70531001));
        assertEquals("Philips PET Private Group", s(a, 0x70530010));
        assertNull(a.get(0x00290010), "creator of an emptied block goes too");
    }

    @Test
    void deidentify_sequenceEncodedAsUn_isParsedAndCleaned() throws Exception {
        Dataset inner = new Dataset();
        DatasetView.of(inner).putString(0x00100010, VR.PN, "SMITH^JOHN");
        DatasetView.of(inner).putString(0x00080100, VR.SH, "CODE1");
        Dataset holder = new Dataset();
        Sequence seq = new Sequence(holder);
        seq.add(inner);
        holder.put(DataElement.of(0x00089215, VR.SQ, seq));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DicomWriter.writeDataset(holder, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, Channels.newChannel(bytes),
                WriteOptions.SequenceEncoding.UNDEFINED);
        byte[] raw = bytes.toByteArray();
        byte[] value = java.util.Arrays.copyOfRange(raw, 8, raw.length - 8);
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        a.put(DataElement.of(0x00089215, VR.UN, value));
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(a);
        DataElement parsed = a.get(0x00089215);
        assertEquals(VR.SQ, parsed.vr());
        Dataset item = parsed.sequence().get(0);
        assertNotEquals("SMITH^JOHN", s(item, 0x00100010));
        assertEquals("CODE1", s(item, 0x00080100));
    }

    @Test
    void filter_encapsulatedPdf_rejectedByDefault() {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        DatasetView.of(a).putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.104.1");
        FilterOutcome o = new Deidentifier(DeidConfig.builder().key(KEY).build()).filter(a);
        assertEquals(FilterDecision.REJECT, o.decision());
        assertTrue(o.reason().contains("encapsulated document"));
    }

    @Test
    void filter_burnedInAnnotation_rejectedUnlessCleanPixelData() {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        DatasetView.of(a).putString(0x00280301, VR.CS, "YES");
        assertEquals(FilterDecision.REJECT, new Deidentifier(DeidConfig.builder().key(KEY).build()).filter(a)
                .decision());
        assertEquals(FilterDecision.PROCESS, new Deidentifier(DeidConfig.builder().key(KEY)
                .option(ProfileOption.CLEAN_PIXEL_DATA).build()).filter(a).decision());
    }

    @Test
    void deidentify_changeReport_namesPathAndRuleButNoValue() throws Exception {
        Dataset a = instance("PID1", "1.2.3.100", "1.2.3.100.1", "20200101");
        DeidResult r = new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(a);
        String report = r.changes().toString();
        assertTrue(report.contains("(0010,0010)"), report);
        assertTrue(report.contains("E.1-1 Patient's Name"), report);
        assertFalse(report.contains("SMITH"), report);
        assertFalse(report.contains("PID1"), report);
    }

    @Test
    void config_bothDateOptions_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeidConfig.builder()
                .options(Set.of(ProfileOption.RETAIN_LONG_FULL_DATES, ProfileOption.RETAIN_LONG_MODIFIED_DATES))
                .build());
        assertTrue(e.getMessage().contains("exclude each other"));
    }
}
