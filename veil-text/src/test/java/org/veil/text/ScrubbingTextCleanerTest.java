package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The text cleaner in the engine: Clean Descriptors and Clean Structured Content on data sets with planted PHI. */
class ScrubbingTextCleanerTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3,
        2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final ScrubbingTextCleaner CLEANER = ScrubbingTextCleaner.builder().build();

    private static final int STUDY_DESCRIPTION = 0x00081030;
    private static final int SERIES_DESCRIPTION = 0x0008103E;
    private static final int IMAGE_COMMENTS = 0x00204000;
    private static final int CONTENT_SEQUENCE = 0x0040A730;
    private static final int TEXT_VALUE = 0x0040A160;

    private static Dataset patient(String id, String name) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080005, VR.CS, "ISO_IR 192");
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(0x00080018, VR.UI, "1.2.3.4.5." + Math.abs(id.hashCode()));
        v.putString(0x00080020, VR.DA, "20210312");
        v.putString(0x00080050, VR.SH, "ACC55443");
        v.putString(0x00080080, VR.LO, "Saint Brigid Infirmary");
        v.putString(0x00080090, VR.PN, "NOWAK^PIOTR");
        v.putString(0x00081010, VR.SH, "CTROOM7XYZ");
        if (name != null) {
            v.putString(0x00100010, VR.PN, name);
        }
        v.putString(0x00100020, VR.LO, id);
        v.putString(0x0020000D, VR.UI, "1.2.3.4.6." + Math.abs(id.hashCode()));
        return ds;
    }

    private static Deidentifier deid(ScrubbingTextCleaner cleaner, ProfileOption... options) {
        DeidConfig.Builder b = DeidConfig.builder().key(KEY).textCleaner(cleaner == null ? null : EngineCleaner.of(cleaner));
        for (ProfileOption o : options) {
            b.option(o);
        }
        return new Deidentifier(b.build());
    }

    private static String text(Dataset ds, int tag) {
        return DatasetView.of(ds).text(tag);
    }

    private static void assertNoneOf(String value, String... planted) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (String p : planted) {
            assertFalse(upper.contains(p.toUpperCase(Locale.ROOT)), () -> "left in the cleaned value: a planted "
                    + "identifier of length " + p.length() + " in " + value.length() + " characters");
        }
    }

    @Test
    void cleanDescriptors_plantedIdentifiers_removedAndClinicalTextKept() throws Exception {
        Dataset ds = patient("PID99887", "KOWALSKI^ANNA");
        DatasetView v = DatasetView.of(ds);
        v.putString(STUDY_DESCRIPTION, VR.LO, "CT CHEST for Anna Kowalski PID99887");
        v.putString(SERIES_DESCRIPTION, VR.LO, "Axial 5mm lung window");
        v.putString(IMAGE_COMMENTS, VR.LT, "Referred by Dr Nowak of Saint Brigid Infirmary, acc ACC55443,"
                + " scanner CTROOM7XYZ. Small nodule right upper lobe.");
        deid(CLEANER, ProfileOption.CLEAN_DESCRIPTORS).deidentify(ds);
        assertNoneOf(text(ds, STUDY_DESCRIPTION), "Kowalski", "Anna", "PID99887");
        assertTrue(text(ds, STUDY_DESCRIPTION).startsWith("CT CHEST for"), text(ds, STUDY_DESCRIPTION));
        assertEquals("Axial 5mm lung window", text(ds, SERIES_DESCRIPTION));
        String comments = text(ds, IMAGE_COMMENTS);
        assertNoneOf(comments, "Nowak", "Brigid", "ACC55443", "CTROOM7XYZ");
        assertTrue(comments.endsWith("Small nodule right upper lobe."), comments);
    }

    @Test
    void cleanDescriptors_withoutCleaner_basicProfileRemoves() throws Exception {
        Dataset ds = patient("PID99887", "KOWALSKI^ANNA");
        DatasetView.of(ds).putString(STUDY_DESCRIPTION, VR.LO, "CT CHEST for Anna Kowalski");
        deid(null, ProfileOption.CLEAN_DESCRIPTORS).deidentify(ds);
        assertFalse(ds.contains(STUDY_DESCRIPTION));
    }

    @Test
    void datesInText_shiftedByThePatientOffset_orRemovedWithoutShifting() throws Exception {
        Dataset shifted = patient("PID4711", "KOWALSKI^ANNA");
        DatasetView.of(shifted).putString(IMAGE_COMMENTS, VR.LT, "Prior exam 2021-03-12 stable.");
        deid(CLEANER, ProfileOption.CLEAN_DESCRIPTORS, ProfileOption.RETAIN_LONG_MODIFIED_DATES).deidentify(shifted);
        LocalDate newStudy = LocalDate.parse(text(shifted, 0x00080020), DateTimeFormatter.BASIC_ISO_DATE);
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2021, 3, 12), newStudy);
        assertTrue(days != 0);
        assertEquals("Prior exam " + newStudy + " stable.", text(shifted, IMAGE_COMMENTS));

        Dataset removed = patient("PID4711", "KOWALSKI^ANNA");
        DatasetView.of(removed).putString(IMAGE_COMMENTS, VR.LT, "Prior exam 2021-03-12 stable.");
        deid(CLEANER, ProfileOption.CLEAN_DESCRIPTORS).deidentify(removed);
        assertEquals("Prior exam " + ScrubPolicy.DEFAULT_MARKER + " stable.", text(removed, IMAGE_COMMENTS));
    }

    @Test
    void replacement_pseudonymAndRemove() throws Exception {
        Dataset p = patient("PID99887", "KOWALSKI^ANNA");
        DatasetView.of(p).putString(IMAGE_COMMENTS, VR.LT, "Patient KOWALSKI ANNA, Dr Nowak");
        deid(ScrubbingTextCleaner.builder().replacement(ScrubPolicy.Replacement.PSEUDONYM).build(),
                ProfileOption.CLEAN_DESCRIPTORS).deidentify(p);
        String pseudonym = text(p, 0x00100020);
        assertEquals("Patient " + pseudonym + ", Dr " + ScrubPolicy.DEFAULT_MARKER, text(p, IMAGE_COMMENTS));

        Dataset r = patient("PID99887", "KOWALSKI^ANNA");
        DatasetView.of(r).putString(IMAGE_COMMENTS, VR.LT, "Seen by Dr Nowak today");
        deid(ScrubbingTextCleaner.builder().replacement(ScrubPolicy.Replacement.REMOVE).build(),
                ProfileOption.CLEAN_DESCRIPTORS).deidentify(r);
        assertEquals("Seen by Dr today", text(r, IMAGE_COMMENTS));  // the title stays, the name goes
    }

    @Test
    void allCharacterSetGroupsOfANameAreKnown() throws Exception {
        Dataset ds = patient("PID31337", "Yamada^Tarou=山田^太郎=やまだ^たろう");
        DatasetView.of(ds).putString(IMAGE_COMMENTS, VR.LT, "山田 太郎 follow-up; やまだ たろう; Tarou Yamada");
        deid(CLEANER, ProfileOption.CLEAN_DESCRIPTORS).deidentify(ds);
        assertNoneOf(text(ds, IMAGE_COMMENTS), "山田", "太郎", "やまだ", "たろう", "Yamada", "Tarou");
        assertTrue(text(ds, IMAGE_COMMENTS).contains("follow-up"));
    }

    @Test
    void identifiersOfThePatientsEarlierFiles_areUsed_andMemoryIsBounded() throws Exception {
        String rare = "QWXZYTRAK";
        Dataset first = patient("PID2024", rare + "^VELMOR");
        Dataset second = patient("PID2024", null);
        DatasetView.of(second).putString(IMAGE_COMMENTS, VR.LT, "compare with " + rare + " prior, no change");
        ScrubbingTextCleaner remembering = ScrubbingTextCleaner.builder().build();
        Deidentifier d = deid(remembering, ProfileOption.CLEAN_DESCRIPTORS);
        d.deidentify(first);
        d.deidentify(second);
        assertNoneOf(text(second, IMAGE_COMMENTS), rare);

        Dataset third = patient("PID2024", null);
        DatasetView.of(third).putString(IMAGE_COMMENTS, VR.LT, "compare with " + rare + " prior, no change");
        Deidentifier forgetful = deid(ScrubbingTextCleaner.builder().maxPatients(0).build(),
                ProfileOption.CLEAN_DESCRIPTORS);
        forgetful.deidentify(patient("PID2024", rare + "^VELMOR"));
        forgetful.deidentify(third);
        assertTrue(text(third, IMAGE_COMMENTS).contains(rare), "without memory the rare name is not known");
    }

    @Test
    void concurrentInstances_manyPatients_boundedAndCorrect() throws Exception {
        ScrubbingTextCleaner cleaner = ScrubbingTextCleaner.builder().maxPatients(16).build();
        Deidentifier d = deid(cleaner, ProfileOption.CLEAN_DESCRIPTORS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    String family = "ZORBLAX" + (char) ('A' + n % 26) + (char) ('A' + n / 26);
                    Dataset ds = patient("PIDX" + n, family + "^QUENTIN");
                    DatasetView.of(ds).putString(IMAGE_COMMENTS, VR.LT, "Patient " + family + " tolerated well");
                    d.deidentify(ds);
                    String out = text(ds, IMAGE_COMMENTS);
                    return out.contains(family) ? "left: " + n : out;
                }));
            }
            for (Future<String> f : results) {
                assertEquals("Patient " + ScrubPolicy.DEFAULT_MARKER + " tolerated well", f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(cleaner.rememberedPatients() <= 16, "remembered " + cleaner.rememberedPatients());
    }

    // ---- Clean Structured Content on a synthetic SR tree ----

    private static Dataset code(String value, String scheme, String meaning) {
        Dataset c = new Dataset();
        DatasetView v = DatasetView.of(c);
        v.putString(0x00080100, VR.SH, value);
        v.putString(0x00080102, VR.SH, scheme);
        v.putString(0x00080104, VR.LO, meaning);
        return c;
    }

    private static Dataset item(Dataset parent, Sequence content, String valueType, Dataset concept) {
        Dataset it = new Dataset(parent);
        content.add(it);
        DatasetView v = DatasetView.of(it);
        v.putString(0x0040A010, VR.CS, "CONTAINS");
        v.putString(0x0040A040, VR.CS, valueType);
        Sequence cn = new Sequence(it);
        Dataset c = concept;
        cn.add(c);
        it.put(DataElement.of(0x0040A043, VR.SQ, cn));
        return it;
    }

    private static Sequence contentOf(Dataset owner, int tag) {
        Sequence s = new Sequence(owner);
        owner.put(DataElement.of(tag, VR.SQ, s));
        return s;
    }

    private static Dataset report() {
        Dataset ds = patient("PID99887", "KOWALSKI^ANNA");
        DatasetView.of(ds).putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.88.33");
        Sequence root = contentOf(ds, CONTENT_SEQUENCE);
        Dataset observer = item(ds, root, "PNAME", code("121008", "DCM", "Person Observer Name"));
        DatasetView.of(observer).putString(0x0040A123, VR.PN, "NOWAK^PIOTR");
        Dataset device = item(ds, root, "TEXT", code("121013", "DCM", "Device Observer Name"));
        DatasetView.of(device).putString(TEXT_VALUE, VR.UT, "Mobile unit Blue Falcon");
        Dataset findings = item(ds, root, "CONTAINER", code("121070", "DCM", "Findings"));
        Sequence inner = contentOf(findings, CONTENT_SEQUENCE);
        Dataset text = item(findings, inner, "TEXT", code("121071", "DCM", "Finding"));
        DatasetView.of(text).putString(TEXT_VALUE, VR.UT, "Compared with 2021-03-12, read by Dr. Nowak for "
                + "Anna Kowalski (PID99887). Nodule 5 mm, stable.");
        Dataset num = item(findings, inner, "NUM", code("410668003", "SCT", "Length"));
        Sequence measured = contentOf(num, 0x0040A300);
        Dataset mv = new Dataset(num);
        measured.add(mv);
        DatasetView.of(mv).putString(0x0040A30A, VR.DS, "12.5");
        Sequence units = contentOf(mv, 0x004008EA);
        units.add(code("mm", "UCUM", "millimeter"));
        Sequence numChildren = contentOf(num, CONTENT_SEQUENCE);
        Dataset scoord = item(num, numChildren, "SCOORD", code("111030", "DCM", "Image Region"));
        DatasetView.of(scoord).putString(0x00700023, VR.CS, "POLYLINE");
        ByteBuffer points = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        points.putFloat(10.5f).putFloat(20.25f).putFloat(30f).putFloat(40f);
        scoord.put(DataElement.of(0x00700022, VR.FL, points.array()));
        Dataset date = item(findings, inner, "DATE", code("111060", "DCM", "Study Date"));
        DatasetView.of(date).putString(0x0040A121, VR.DA, "20210312");
        Sequence acquisition = contentOf(ds, 0x00400555);
        Dataset operator = item(ds, acquisition, "TEXT", code("121106", "DCM", "Comment"));
        DatasetView.of(operator).putString(TEXT_VALUE, VR.UT, "Positioned by Kowalski's husband, prone");
        return ds;
    }

    private static Dataset at(Dataset ds, int... path) {
        Dataset d = ds;
        for (int i = 0; i < path.length; i += 2) {
            d = d.get(path[i]).sequence().get(path[i + 1]);
        }
        return d;
    }

    @Test
    void cleanStructuredContent_textCleaned_namesAndDevicesReplaced_codesAndMeasurementsKept() throws Exception {
        Dataset ds = report();
        deid(CLEANER, ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                .deidentify(ds);
        Dataset observer = at(ds, CONTENT_SEQUENCE, 0);
        assertNoneOf(DatasetView.of(observer).text(0x0040A123), "NOWAK", "PIOTR");
        assertNoneOf(text(at(ds, CONTENT_SEQUENCE, 1), TEXT_VALUE), "Blue Falcon", "Mobile");
        String finding = text(at(ds, CONTENT_SEQUENCE, 2, CONTENT_SEQUENCE, 0), TEXT_VALUE);
        assertNoneOf(finding, "Nowak", "Kowalski", "Anna", "PID99887", "2021-03-12");
        assertTrue(finding.endsWith("Nodule 5 mm, stable."), finding);
        String newStudy = text(ds, 0x00080020);
        LocalDate shifted = LocalDate.parse(newStudy, DateTimeFormatter.BASIC_ISO_DATE);
        assertTrue(finding.startsWith("Compared with " + shifted + ","), finding);
        Dataset num = at(ds, CONTENT_SEQUENCE, 2, CONTENT_SEQUENCE, 1);
        Dataset mv = at(num, 0x0040A300, 0);
        assertEquals("12.5", DatasetView.of(mv).string(0x0040A30A));
        assertEquals("mm", DatasetView.of(at(mv, 0x004008EA, 0)).string(0x00080100));
        assertEquals("410668003", DatasetView.of(at(num, 0x0040A043, 0)).string(0x00080100));
        assertEquals("Length", DatasetView.of(at(num, 0x0040A043, 0)).string(0x00080104));
        Dataset scoord = at(num, CONTENT_SEQUENCE, 0);
        ByteBuffer points = ByteBuffer.wrap(scoord.get(0x00700022).bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(10.5f, points.getFloat());
        assertEquals(20.25f, points.getFloat());
        assertEquals("POLYLINE", DatasetView.of(scoord).string(0x00700023));
        assertEquals(newStudy, text(at(ds, CONTENT_SEQUENCE, 2, CONTENT_SEQUENCE, 2), 0x0040A121));
        String acquisition = text(at(ds, 0x00400555, 0), TEXT_VALUE);
        assertNoneOf(acquisition, "Kowalski");
        assertTrue(acquisition.endsWith("husband, prone"), acquisition);
    }

    @Test
    void withoutCleanStructuredContent_textValuesAreDummies() throws Exception {
        Dataset ds = report();
        deid(CLEANER).deidentify(ds);
        String finding = text(at(ds, CONTENT_SEQUENCE, 2, CONTENT_SEQUENCE, 0), TEXT_VALUE);
        assertFalse(finding.contains("Nodule"), "Text Value is D without the option");
    }
}
