package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Recipe lookup tables (CSV and TSV, chosen columns, every miss policy) and shift-date with a fixed number of days,
 * applied by the engine to a small data set.
 */
class LookupAndFixedShiftTest {
    private static final ProjectKey KEY = ProjectKey.of("lookup-and-shift-test-key-32byte".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private static final int STUDY_DATE = 0x00080020;
    private static final int ACQUISITION_DATETIME = 0x0008002A;
    private static final int INSTITUTION = 0x00080080;
    private static final int PATIENT_ID = 0x00100020;
    private static final int OTHER_IDS = 0x00101000;
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    Path dir;

    private Deidentifier engine(String rules) throws Exception {
        Files.writeString(dir.resolve("ids.csv"), "# subject codes of study 7\nmrn,subject\nMRN1,S-001\n"
                + "\"MRN,2\",S-002\nMRN3,S-003\n");
        Files.writeString(dir.resolve("sites.tsv"), "site\tcode\tnote\nGENERAL HOSPITAL\tSITE-A\tx\n");
        Recipe r = RecipeParser.parse("veil-recipe: 1\nrules:\n" + rules, "study.yaml", dir);
        return new Deidentifier(r.applyTo(DeidConfig.builder().key(KEY)).build());
    }

    private static Dataset instance(String patientId, String studyDate) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(0x00080018, VR.UI, "1.2.3.4");
        v.putString(STUDY_DATE, VR.DA, studyDate);
        v.putString(ACQUISITION_DATETIME, VR.DT, studyDate + "101500.25+0100");
        v.putString(INSTITUTION, VR.LO, "GENERAL HOSPITAL");
        v.putString(PATIENT_ID, VR.LO, patientId);
        v.putString(OTHER_IDS, VR.LO, "MRN1\\MRN3");
        return ds;
    }

    private static String text(Dataset ds, int tag) {
        String s = DatasetView.of(ds).string(tag);
        return s == null ? null : s.trim();
    }

    @Test
    void lookup_hit_replacesEachValue_csvQuotingAndTsvColumns() throws Exception {
        Deidentifier d = engine("""
                  - tag: PatientID
                    action: lookup
                    table: ids.csv
                  - tag: OtherPatientIDs
                    action: lookup
                    table: {file: ids.csv, key: mrn, value: subject}
                  - tag: InstitutionName
                    action: lookup
                    table: {file: sites.tsv, key: site, value: code}
                """);
        Dataset ds = instance("MRN,2", "20210315");
        d.deidentify(ds);
        assertEquals("S-002", text(ds, PATIENT_ID));
        assertEquals("S-001\\S-003", String.join("\\", DatasetView.of(ds).strings(OTHER_IDS)));
        assertEquals("SITE-A", text(ds, INSTITUTION));
    }

    @Test
    void lookup_missQuarantine_refusesWithoutTheValue() throws Exception {
        Deidentifier d = engine("  - tag: PatientID\n    action: lookup\n    table: ids.csv\n    miss: quarantine\n");
        DeidException e = assertThrows(DeidException.class, () -> d.deidentify(instance("SECRET77", "20210315")));
        assertTrue(e.getMessage().contains("not in lookup table ids.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("(0010,0020)"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET77"), e.getMessage());
        Deidentifier byDefault = engine("  - tag: PatientID\n    action: lookup\n    table: ids.csv\n");
        assertThrows(DeidException.class, () -> byDefault.deidentify(instance("SECRET77", "20210315")));
    }

    @Test
    void lookup_missValue_writesTheFixedValue() throws Exception {
        Deidentifier d = engine("  - tag: PatientID\n    action: lookup\n    table: ids.csv\n"
                + "    miss: {value: UNLISTED}\n");
        Dataset ds = instance("SECRET77", "20210315");
        d.deidentify(ds);
        assertEquals("UNLISTED", text(ds, PATIENT_ID));
    }

    @Test
    void lookup_missPseudonym_isTheRunsKeyedPseudonym() throws Exception {
        Deidentifier d = engine("""
                  - tag: PatientID
                    action: lookup
                    table: ids.csv
                    miss: pseudonym
                  - tag: InstitutionName
                    action: lookup
                    table: ids.csv
                    miss: pseudonym
                """);
        Dataset a = instance("SECRET77", "20210315");
        Dataset b = instance("SECRET77", "20210315");
        Dataset c = instance("OTHER88", "20210315");
        d.deidentify(a);
        d.deidentify(b);
        d.deidentify(c);
        String id = text(a, PATIENT_ID);
        assertNotEquals("SECRET77", id);
        assertEquals(id, text(b, PATIENT_ID), "stable per key");
        assertNotEquals(id, text(c, PATIENT_ID));
        Dataset pseudonymized = instance("SECRET77", "20210315");
        new Deidentifier(RecipeParser.parse("veil-recipe: 1\nidentifiers: pseudonymize\n", "p.yaml")
                .applyTo(DeidConfig.builder().key(KEY)).build()).deidentify(pseudonymized);
        assertEquals(text(pseudonymized, PATIENT_ID), id, "the same pseudonym as the identifier policy gives");
        String site = text(a, INSTITUTION);
        assertNotEquals("GENERAL HOSPITAL", site);
        assertEquals(site, text(c, INSTITUTION));
    }

    @Test
    void shiftDate_days_movesEveryPatientByExactlyThatMany() throws Exception {
        Deidentifier d = engine("""
                  - tag: StudyDate
                    action: shift-date
                    days: -3210
                  - tag: AcquisitionDateTime
                    action: shift-date
                    days: 45
                """);
        for (String[] p : new String[][] {{"A1", "20210315"}, {"B2", "19991231"}, {"C3", "20240229"}}) {
            Dataset ds = instance(p[0], p[1]);
            d.deidentify(ds);
            LocalDate before = LocalDate.parse(p[1], DA);
            assertEquals(-3210, ChronoUnit.DAYS.between(before, LocalDate.parse(text(ds, STUDY_DATE), DA)), p[0]);
            assertEquals(before.plusDays(45).format(DA) + "101500.25+0100", text(ds, ACQUISITION_DATETIME), p[0]);
        }
    }

    @Test
    void parse_misplacedOrBrokenKeys_areNamed() throws Exception {
        Files.writeString(dir.resolve("dup.csv"), "k,v\nA,1\nA,2\n");
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse("""
                veil-recipe: 1
                rules:
                  - tag: PatientID
                    action: keep
                    days: 3
                  - tag: StudyDate
                    action: shift-date
                    table: ids.csv
                  - tag: AccessionNumber
                    action: lookup
                  - tag: InstitutionName
                    action: lookup
                    table: dup.csv
                  - tag: StudyID
                    action: lookup
                    table: absent.csv
                  - tag: PatientName
                    action: lookup
                    table: dup.csv
                    miss: ignore
                """, "r.yaml", dir));
        String m = e.getMessage();
        assertTrue(m.contains("r.yaml 5:5: days apply only to action shift-date, not keep"), m);
        assertTrue(m.contains("r.yaml 8:5: table applies only to action lookup, not shift-date"), m);
        assertTrue(m.contains("r.yaml 10:13: action lookup needs a table"), m);
        assertTrue(m.contains("lookup table dup.csv line 3: the key of this row is listed before"), m);
        assertTrue(m.contains("cannot read lookup table absent.csv: no such file"), m);
        assertTrue(m.contains("unknown miss policy 'ignore'"), m);
    }
}
