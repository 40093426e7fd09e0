package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.FilterDecision;
import org.veil.deid.engine.FilterOutcome;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;

/**
 * A parsed recipe changes what the engine does to a small data set: each test runs the same input through the
 * Basic Profile alone and through the recipe, and checks the element that the recipe is about.
 */
class RecipeEngineTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7,
        8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final int SOP_CLASS = 0x00080016;
    private static final int STUDY_DATE = 0x00080020;
    private static final int MODALITY = 0x00080060;
    private static final int INSTITUTION = 0x00080080;
    private static final int SERIES_DESCRIPTION = 0x0008103E;
    private static final int PATIENT_ID = 0x00100020;
    private static final int PATIENT_AGE = 0x00101010;
    private static final int PATIENT_ADDRESS = 0x00101040;
    private static final int REGION_OF_RESIDENCE = 0x00102152;
    private static final int ROWS = 0x00280010;
    private static final int BURNED_IN = 0x00280301;
    private static final int CONTENT_SEQUENCE = 0x0040A730;
    private static final int TEXT_VALUE = 0x0040A160;
    private static final int CONTENT_QUALIFICATION = 0x00189004;
    private static final int CSA_CREATOR = 0x00290010;
    private static final int CSA_IMAGE_HEADER = 0x00291010;
    private static final int CSA_OTHER = 0x00291020;
    private static final byte[] CSA_BYTES = {'S', 'V', '1', '0', 4, 3, 2, 1};

    private static Deidentifier engine(String recipe) throws RecipeException {
        DeidConfig.Builder b = DeidConfig.builder().key(KEY);
        if (recipe != null) {
            RecipeParser.parse("veil-recipe: 1\n" + recipe, "recipe.yaml").applyTo(b);
        }
        return new Deidentifier(b.build());
    }

    /** A CT instance with the attributes the tests look at. */
    private static Dataset instance() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(SOP_CLASS, VR.UI, CT);
        v.putString(0x00080018, VR.UI, "1.2.3.4.5.6.7");
        v.putString(STUDY_DATE, VR.DA, "20210315");
        v.putString(MODALITY, VR.CS, "CT");
        v.putString(INSTITUTION, VR.LO, "GENERAL HOSPITAL");
        v.putString(SERIES_DESCRIPTION, VR.LO, "CHEST W CONTRAST");
        v.putString(PATIENT_ID, VR.LO, "MRN123456");
        v.putString(PATIENT_AGE, VR.AS, "093Y");
        v.putString(CONTENT_QUALIFICATION, VR.CS, "PRODUCT");
        v.putUnsignedShorts(ROWS, 512);
        Sequence content = new Sequence(ds);
        DatasetView.of(content.addItem()).putString(TEXT_VALUE, VR.UT, "Seen by Dr Smith");
        ds.put(DataElement.of(CONTENT_SEQUENCE, VR.SQ, content));
        v.putString(CSA_CREATOR, VR.LO, "SIEMENS CSA HEADER");
        ds.put(DataElement.of(CSA_IMAGE_HEADER, VR.OB, CSA_BYTES.clone()));
        ds.put(DataElement.of(CSA_OTHER, VR.OB, CSA_BYTES.clone()));
        return ds;
    }

    private static Dataset run(String recipe) throws Exception {
        Dataset ds = instance();
        engine(recipe).deidentify(ds);
        return ds;
    }

    private static String text(Dataset ds, int tag) {
        return DatasetView.of(ds).string(tag);
    }

    @Test
    void keepRule_keepsWhatTheProfileRemoves() throws Exception {
        assertNull(run(null).get(SERIES_DESCRIPTION));
        assertEquals("CHEST W CONTRAST", text(run("rules:\n  - {tag: SeriesDescription, action: keep}\n"),
                SERIES_DESCRIPTION));
    }

    @Test
    void replaceRule_putsTheValue() throws Exception {
        assertNotEquals("SITE 07", text(run(null), INSTITUTION));
        Dataset out = run("rules:\n  - tag: \"(0008,0080)\"\n    action: replace\n    value: \"SITE 07\"\n");
        assertEquals("SITE 07", text(out, INSTITUTION));
    }

    @Test
    void pathRule_removesTextValueInContentItems() throws Exception {
        Dataset basic = run(null);
        String dummy = DatasetView.of(basic.get(CONTENT_SEQUENCE).sequence().get(0)).text(TEXT_VALUE);
        assertNotNull(dummy);
        assertFalse(dummy.contains("Smith"));
        Dataset out = run("rules:\n  - {path: \"ContentSequence/*/TextValue\", action: remove}\n");
        Dataset item = out.get(CONTENT_SEQUENCE).sequence().get(0);
        assertNull(item.get(TEXT_VALUE));
    }

    @Test
    void privateRule_keepsSiemensCsaImageHeaderOnly() throws Exception {
        Dataset basic = run(null);
        assertNull(basic.get(CSA_IMAGE_HEADER));
        assertNull(basic.get(CSA_CREATOR));
        Dataset out = run("rules:\n  - private: {creator: \"SIEMENS CSA HEADER\", group: \"0029\", element: \"10\"}\n"
                + "    action: keep\n");
        assertArrayEquals(CSA_BYTES, out.get(CSA_IMAGE_HEADER).bytes());
        assertEquals("SIEMENS CSA HEADER", text(out, CSA_CREATOR));
        assertNull(out.get(CSA_OTHER));
    }

    @Test
    void pseudonymPattern_shapesPatientId() throws Exception {
        String id = text(run("pseudonyms: {patient-id: \"STUDY1-{hash:12}\"}\n"), PATIENT_ID);
        assertTrue(id.matches("STUDY1-[A-Z2-7]{12}"), id);
        assertTrue(text(run(null), PATIENT_ID).matches("[A-Z2-7]{16}"));
    }

    @Test
    void shiftedDates_moveStudyDateWithinTheRange() throws Exception {
        assertEquals(null, text(run(null), STUDY_DATE));
        String shifted = text(run("dates: {policy: shift, range: [-30, -7]}\n"), STUDY_DATE);
        DateTimeFormatter da = DateTimeFormatter.BASIC_ISO_DATE;
        long days = ChronoUnit.DAYS.between(LocalDate.parse("20210315", da), LocalDate.parse(shifted, da));
        assertTrue(days >= -30 && days <= -7, shifted);
    }

    @Test
    void safeHarbor_keepsYearAndAggregatesOldAges() throws Exception {
        Dataset out = run("dates: {policy: safe-harbor}\nrules:\n  - {tag: PatientAge, action: shift-date}\n");
        assertEquals("20210101", text(out, STUDY_DATE));
        assertEquals("090Y", text(out, PATIENT_AGE));
        assertNull(run(null).get(PATIENT_AGE));
    }

    @Test
    void safeHarbor_keptAddressBecomesZip3AndRegionGoes() throws Exception {
        String keep = "rules:\n  - {tag: PatientAddress, action: keep}\n  - {tag: RegionOfResidence, action: keep}\n";
        assertEquals("12 Elm Street^^Springfield^IL^62704", text(withAddress(keep, "12 Elm Street^^Springfield^IL^62704"),
                PATIENT_ADDRESS), "without Safe Harbor the recipe keeps the address");
        String harbor = "dates: {policy: safe-harbor}\n" + keep;
        Dataset out = withAddress(harbor, "12 Elm Street^^Springfield^IL^62704-1234");
        assertEquals("627", text(out, PATIENT_ADDRESS));
        assertNull(out.get(REGION_OF_RESIDENCE));
        assertEquals("000", text(withAddress(harbor, "1 Main St, Valentine NE 69201"), PATIENT_ADDRESS),
                "a prefix of 20,000 people or fewer becomes 000");
        assertNull(withAddress(harbor, "1 Main St, Springfield").get(PATIENT_ADDRESS), "no ZIP code: removed");
        Dataset fixed = withAddress("dates: {policy: safe-harbor}\nrules:\n  - {tag: PatientAddress, action: replace, value: NOWHERE}\n",
                "12 Elm Street 62704");
        assertEquals("NOWHERE", text(fixed, PATIENT_ADDRESS), "a value the recipe sets is the user's choice");
        assertNull(withAddress("dates: {policy: safe-harbor}\n", "12 Elm Street 62704").get(PATIENT_ADDRESS),
                "the profile removes it anyway");
    }

    private static Dataset withAddress(String recipe, String address) throws Exception {
        Dataset ds = instance();
        DatasetView.of(ds).putString(PATIENT_ADDRESS, VR.LO, address);
        DatasetView.of(ds).putString(REGION_OF_RESIDENCE, VR.LO, "Sangamon County");
        engine(recipe).deidentify(ds);
        return ds;
    }

    @Test
    void strict_removesUnlistedAttributesNotAllowed() throws Exception {
        Dataset standard = run(null);
        assertEquals("PRODUCT", text(standard, CONTENT_QUALIFICATION));
        Dataset strict = run("unlisted: {policy: strict}\n");
        assertNull(strict.get(CONTENT_QUALIFICATION));
        assertArrayEquals(instance().get(ROWS).bytes(), strict.get(ROWS).bytes());
        assertEquals("CT", text(strict, MODALITY));
        Dataset allowed = run("unlisted: {policy: strict, allow: [ContentQualification]}\n");
        assertEquals("PRODUCT", text(allowed, CONTENT_QUALIFICATION));
    }

    @Test
    void strictWithoutBuiltIn_removesEvenRows() throws Exception {
        Dataset strict = run("unlisted: {policy: strict, built-in: false, allow: [Modality]}\n");
        assertNull(strict.get(ROWS));
        assertEquals("CT", text(strict, MODALITY));
    }

    @Test
    void filter_rejectsMatchingInstanceWithRecipeReason() throws Exception {
        Dataset sc = instance();
        DatasetView.of(sc).putString(SOP_CLASS, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        DatasetView.of(sc).putString(BURNED_IN, VR.CS, "YES");
        Deidentifier deid = engine("filters:\n  - when: {sop-class: \"1.2.840.10008.5.1.4.1.1.7\", "
                + "attribute: {BurnedInAnnotation: \"YES\"}}\n    unless: [clean-pixel-data]\n    then: reject\n"
                + "    reason: \"secondary capture with burned-in text\"\n");
        assertEquals(new FilterOutcome(FilterDecision.REJECT, "secondary capture with burned-in text",
                "recipe.yaml 3:5"), deid.filter(sc));
        assertEquals(FilterDecision.PROCESS, deid.filter(instance()).decision());
    }

    @Test
    void filter_unlessOptionSelected_fallsThroughToLaterFilters() throws Exception {
        Dataset sc = instance();
        DatasetView.of(sc).putString(MODALITY, VR.CS, "OT");
        String recipe = "options: [clean-pixel-data]\nfilters:\n  - {when: {modality: OT}, unless: clean-pixel-data, "
                + "then: reject}\n  - {when: {modality: [OT, SC]}, then: skip, reason: other}\n";
        FilterOutcome o = engine(recipe).filter(sc);
        assertEquals(FilterDecision.SKIP, o.decision());
        assertEquals("recipe.yaml 5:5", o.source());
    }

    @Test
    void filter_processBeforeBuiltIn_letsEncapsulatedDocumentThrough() throws Exception {
        Dataset pdf = instance();
        DatasetView.of(pdf).putString(SOP_CLASS, VR.UI, "1.2.840.10008.5.1.4.1.1.104.1");
        assertEquals(FilterDecision.REJECT, engine(null).filter(pdf).decision());
        assertEquals(FilterDecision.PROCESS, engine("filters:\n  - when: {sop-class: Encapsulated PDF Storage}\n"
                + "    then: process\n    reason: reviewed, known clean\n").filter(pdf).decision());
    }

    @Test
    void builtInFiltersOff_noLongerRejectsBurnedInAnnotation() throws Exception {
        Dataset flagged = instance();
        DatasetView.of(flagged).putString(BURNED_IN, VR.CS, "YES");
        assertEquals(FilterDecision.REJECT, engine(null).filter(flagged).decision());
        assertEquals(FilterDecision.PROCESS, engine("built-in-filters: false\n").filter(flagged).decision());
    }

    @Test
    void options_fromRecipe_changeTheProfile() throws Exception {
        String uid = text(run(null), 0x00080018);
        assertNotEquals("1.2.3.4.5.6.7", uid);
        assertEquals("1.2.3.4.5.6.7", text(run("options: [retain-uids]\n"), 0x00080018));
        assertEquals("GENERAL HOSPITAL", text(run("options: [retain-institution-identity]\n"), INSTITUTION));
    }
}
