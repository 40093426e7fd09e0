package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;

class PlantedLeakTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2,
        3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final String STUDY_UID = "1.2.826.0.1.3680043.2.1125.555.1";

    @TempDir
    Path tmp;

    static Dataset input(String sop, String patientId) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080005, VR.CS, "ISO_IR 100");
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        v.putString(0x00080018, VR.UI, sop);
        v.putString(0x00080020, VR.DA, "20190317");
        v.putString(0x00080050, VR.SH, "ACC55443");
        v.putString(0x00080060, VR.CS, "OT");
        v.putString(0x00080080, VR.LO, "Springfield General");
        v.putString(0x00080081, VR.ST, "742 Evergreen Terrace");
        v.putString(0x00081010, VR.SH, "CTSTATION7");
        v.putString(0x00081030, VR.LO, "Mysterious protocol");
        v.putString(0x00100010, VR.PN, "Doe^Jane");
        v.putString(0x00100020, VR.LO, patientId);
        v.putString(0x00100030, VR.DA, "19510604");
        v.putString(0x0020000D, VR.UI, STUDY_UID);
        v.putString(0x0020000E, VR.UI, STUDY_UID + ".2");
        Sequence req = new Sequence(ds);
        DatasetView.of(req.addItem()).putString(0x00401001, VR.SH, "RPID7781");
        ds.put(DataElement.of(0x00400275, VR.SQ, req));
        v.putString(0x00090010, VR.LO, "ACME 1.0");
        v.putString(0x00091001, VR.LO, "Private remark Xq");
        v.putUnsignedShorts(0x00280002, 1);
        v.putString(0x00280004, VR.CS, "MONOCHROME2");
        v.putUnsignedShorts(0x00280010, 2);
        v.putUnsignedShorts(0x00280011, 2);
        v.putUnsignedShorts(0x00280100, 8);
        v.putUnsignedShorts(0x00280101, 8);
        v.putUnsignedShorts(0x00280102, 7);
        v.putUnsignedShorts(0x00280103, 0);
        ds.put(DataElement.of(0x7FE00010, VR.OB, new byte[] {1, 2, 3, 4}));
        return ds;
    }

    /** Writes input and de-identified output; returns the output data set for planting. */
    private Dataset deliver(Dataset in, String name) throws Exception {
        Files2.write(in, tmp.resolve("in").resolve(name));
        Dataset out = DatasetCopy.deep(in, null);
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(out);
        return out;
    }

    private VerifyReport verify() throws Exception {
        return Verifier.verify(tmp.resolve("in"), tmp.resolve("out"), VerifyConfig.defaults());
    }

    @Test
    void verify_deidentifiedOutput_clean() throws Exception {
        Dataset out = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877"), "a.dcm");
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify();
        assertTrue(r.clean(), r.toText());
        assertEquals(1, r.pairs());
        assertTrue(r.needles() > 20, r.toText());
        assertEquals(1, r.pseudonymousPatients());
    }

    static Stream<Arguments> plants() {
        return Stream.of(
                plant("name variant in a description", Finding.Kind.LEAK, "NAME",
                        d -> str(d, 0x0008103E, VR.LO, "scan of JANE DOE")),
                plant("patient ID in comments", Finding.Kind.LEAK, "ID", d -> str(d, 0x00204000, VR.LT, "id PID998877")),
                plant("accession number", Finding.Kind.LEAK, "ACCESSION", d -> str(d, 0x00204000, VR.LT, "ACC55443")),
                plant("unshifted date, ISO form", Finding.Kind.LEAK, "DATE",
                        d -> str(d, 0x00204000, VR.LT, "born 1951-06-04")),
                plant("original UID", Finding.Kind.UID_UNCHANGED, "UID", d -> str(d, 0x0020000D, VR.UI, STUDY_UID)),
                plant("address", Finding.Kind.LEAK, "ADDRESS", d -> str(d, 0x00204000, VR.LT, "742 EVERGREEN TERRACE")),
                plant("institution", Finding.Kind.LEAK, "INSTITUTION",
                        d -> str(d, 0x00081040, VR.LO, "Springfield General")),
                plant("device", Finding.Kind.LEAK, "DEVICE", d -> str(d, 0x00181000, VR.LO, "ctstation7")),
                plant("removed description", Finding.Kind.LEAK, "PROFILE_VALUE",
                        d -> str(d, 0x00204000, VR.LT, "Mysterious protocol")),
                plant("nested sequence", Finding.Kind.LEAK, "(0040,A730)[1]/(0040,A730)[1]/(0040,A160)",
                        PlantedLeakTest::nested),
                plant("private tag", Finding.Kind.LEAK, "(0011,1001)", d -> {
                    str(d, 0x00110010, VR.LO, "VEIL TEST");
                    str(d, 0x00111001, VR.LO, "RPID7781");
                }),
                plant("UTF-16 text", Finding.Kind.LEAK, "UTF-16",
                        d -> d.put(DataElement.of(0x00111002, VR.OB, "Jane Doe".getBytes(StandardCharsets.UTF_16LE)))),
                plant("kept attribute", Finding.Kind.KEPT_CHANGED, "(0028,0010)",
                        d -> DatasetView.of(d).putUnsignedShorts(0x00280010, 3)),
                plant("pixel data", Finding.Kind.PIXEL_DATA_CHANGED, "(7FE0,0010)",
                        d -> d.put(DataElement.of(0x7FE00010, VR.OB, new byte[] {1, 2, 3, 5}))),
                plant("invalid UID", Finding.Kind.UID_INVALID, "(0008,0018)",
                        d -> str(d, 0x00080018, VR.UI, "2.25.0123")));
    }

    private static Arguments plant(String name, Finding.Kind kind, String mention, Consumer<Dataset> m) {
        return Arguments.of(name, kind, mention, m);
    }

    private static void str(Dataset d, int tag, VR vr, String value) {
        DatasetView.of(d).putString(tag, vr, value);
    }

    private static void nested(Dataset d) {
        Sequence outer = new Sequence(d);
        Dataset item = outer.addItem();
        Sequence inner = new Sequence(item);
        DatasetView.of(inner.addItem()).putString(0x0040A160, VR.UT, "findings for DOE, JANE");
        item.put(DataElement.of(0x0040A730, VR.SQ, inner));
        d.put(DataElement.of(0x0040A730, VR.SQ, outer));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void verify_plantedLeak_found(String name, Finding.Kind kind, String mention, Consumer<Dataset> m)
            throws Exception {
        Dataset out = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877"), "a.dcm");
        m.accept(out);
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify();
        assertFalse(r.clean(), name);
        List<Finding> of = r.findings().stream().filter(f -> f.kind() == kind).toList();
        assertFalse(of.isEmpty(), name + ": " + r.toText());
        assertTrue(of.stream().anyMatch(f -> (f.where() + " " + f.detail()).contains(mention)), r.toText());
        assertNoValues(r);
    }

    private static void assertNoValues(VerifyReport r) {
        for (String phi : List.of("Jane", "JANE", "PID998877", "ACC55443", "Evergreen", "Springfield", "19510604")) {
            assertFalse(r.toText().contains(phi), "report shows a value: " + phi);
            assertFalse(r.toJson().contains(phi), "JSON shows a value: " + phi);
        }
    }

    @Test
    void verify_nameInsideEncapsulatedDocumentOfInputAndOutput_found() throws Exception {
        Dataset in = input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877");
        byte[] pdf = "%PDF-1.4 report for Jane Doe, born 1951-06-04 %%EOF ".getBytes(StandardCharsets.ISO_8859_1);
        in.put(DataElement.of(0x00420011, VR.OB, pdf));
        Dataset out = deliver(in, "a.dcm");
        out.put(DataElement.of(0x00420011, VR.OB, pdf));
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify();
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK
                && f.where().startsWith("(0042,0011)") && f.detail().startsWith("NAME")), r.toText());
        assertTrue(r.findings().stream().anyMatch(f -> f.where().startsWith("(0042,0011)")
                && f.detail().startsWith("DATE")), r.toText());
    }

    @Test
    void verify_reportTextValueKeptUnderBasicProfile_found() throws Exception {
        // Text Value is not in Table E.1-1; the engine's addition gives it D, and verify must know that too
        String note = "Follow-up arranged by Zebulon Quist";
        Dataset in = input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877");
        Sequence content = new Sequence(in);
        DatasetView.of(content.addItem()).putString(0x0040A160, VR.UT, note);
        in.put(DataElement.of(0x0040A730, VR.SQ, content));
        Dataset out = deliver(in, "a.dcm");
        Files2.write(out, tmp.resolve("out/a.dcm"));
        assertTrue(verify().clean(), "the engine replaced the text");

        Dataset leaky = out.get(0x0040A730).sequence().get(0);
        str(leaky, 0x0040A160, VR.UT, note);
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify();
        assertFalse(r.clean());
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK
                && f.where().contains("(0040,A160)")), r.toText());
        assertFalse(r.toText().contains("Zebulon"), "the report names where, not what");
    }

    @Test
    void verify_identifyingFileName_found() throws Exception {
        Dataset out = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877"), "a.dcm");
        Files2.write(out, tmp.resolve("out/JANE_1/x.dcm"));
        Files.writeString(tmp.resolve("out/mapping.tsv"), MappingFile.HEADER + "\na.dcm\tJANE_1/x.dcm\n");
        VerifyReport r = verify();
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.FILE_NAME_LEAK
                && f.output().equals("JANE_1")), r.toText());
        assertEquals(1, r.findings().size(), r.toText());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("mapping.tsv")), r.toText());
    }

    @Test
    void verify_twoOutputsOfOnePatientWithTwoPseudonyms_patientSplitAndUidInconsistent() throws Exception {
        Dataset a = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877"), "a.dcm");
        Dataset b = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.2", "PID998877"), "b.dcm");
        Dataset other = input("1.2.826.0.1.3680043.2.1125.555.1.2", "PID000111");
        new Deidentifier(DeidConfig.builder().key(ProjectKey.random()).build()).deidentify(other);
        str(b, 0x00100020, VR.LO, DatasetView.of(other).string(0x00100020));
        str(b, 0x0020000D, VR.UI, DatasetView.of(other).string(0x0020000D));
        Files2.write(a, tmp.resolve("out/a.dcm"));
        Files2.write(b, tmp.resolve("out/b.dcm"));
        VerifyReport r = verify();
        assertTrue(r.counts().containsKey(Finding.Kind.PATIENT_SPLIT), r.toText());
        assertTrue(r.counts().containsKey(Finding.Kind.UID_INCONSISTENT), r.toText());
    }

    @Test
    void verify_outputWithoutInput_unpaired() throws Exception {
        Dataset out = deliver(input("1.2.826.0.1.3680043.2.1125.555.1.1", "PID998877"), "a.dcm");
        Files2.write(out, tmp.resolve("out/a.dcm"));
        Files2.write(out, tmp.resolve("out/extra.dcm"));
        VerifyReport r = verify();
        assertEquals(List.of(Finding.Kind.UNPAIRED_OUTPUT), r.findings().stream().map(Finding::kind).toList(),
                r.toText());
    }
}
