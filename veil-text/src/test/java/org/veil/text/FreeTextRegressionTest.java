package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.text.SharedScrubber.X;
import static org.veil.text.SharedScrubber.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.profile.ProfileOption;

/**
 * Issue 13 item 8, free text: identifiers that outside testing found left in report text after Clean Descriptors.
 * Each test names what it protects and quotes the example from the field.
 */
@Tag("regression")
class FreeTextRegressionTest {

    private static final int ADDITIONAL_PATIENT_HISTORY = 0x001021B0;
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6,
        7, 8, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4});

    /** "1495 Old Mill Parkway" survived Clean Descriptors in Additional Patient History. */
    @Test
    void additionalPatientHistory_streetAddressWithParkway_isRemoved() throws Exception {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(0x00080018, VR.UI, "1.2.3.4.5.1495");
        v.putString(0x00100010, VR.PN, "DOE^JANE");
        v.putString(0x00100020, VR.LO, "PID1495");
        v.putString(ADDITIONAL_PATIENT_HISTORY, VR.LT, "Lives at 1495 Old Mill Parkway with her daughter. Headaches.");
        new Deidentifier(DeidConfig.builder().key(KEY).textCleaner(EngineCleaner.defaults())
                .option(ProfileOption.CLEAN_DESCRIPTORS).build()).deidentify(ds);
        String history = v.text(ADDITIONAL_PATIENT_HISTORY);
        assertEquals("Lives at " + X + " with her daughter. Headaches.", history);
    }

    /** Every suffix and standard abbreviation of USPS Publication 28 ends a numbered street. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uspsSuffixes")
    void numberedStreet_everyUspsSuffix_isRemoved(String suffix) {
        String title = suffix.charAt(0) + suffix.substring(1).toLowerCase(Locale.ROOT);
        assertEquals("Lives at " + X + " with her daughter.",
                scrub("Lives at 1495 Kestrel " + title + " with her daughter."));
    }

    static Stream<String> uspsSuffixes() {
        List<String> all = new ArrayList<>(WordListFile.read("street-suffixes.txt").get("usps"));
        assertTrue(all.size() > 300, "the USPS table has " + all.size() + " words");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1495 Old Mill Parkway                        | " + X,
            "1495 OLD MILL PARKWAY                        | " + X,
            "88 Cherry Hill Rd, Apt 4                     | " + X,
            "12 Fox Run Trl                               | " + X,
            "7699 Stone Bridge Run.                       | " + X + ".",
            "Lives on Old Mill Parkway near the school.   | Lives on " + X + " near the school.",
            "resides on Cedar Rd.                         | resides on " + X + ".",
            "home on Indian Springs Cir                   | home on " + X,
            "Address: PO Box 4411                         | Address: " + X,
            "P.O. Box 12                                  | " + X,
            "Post Office Box 77                           | " + X,
            "POB 318                                      | " + X,
            "4 Chamber View                               | 4 Chamber View",
            "2 weeks rest                                 | 2 weeks rest",
            "3 PHASE CT                                   | 3 PHASE CT",
            "Cine Loop acquired                           | Cine Loop acquired"})
    void addresses_uspsSuffixesWithoutNumberAndPoBoxes(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    /** "Lakeshore Pediatric Clinic" was not in the header and survived. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Referred from Lakeshore Pediatric Clinic for evaluation. | Referred from " + X + " for evaluation.",
            "REFERRED FROM LAKESHORE PEDIATRIC CLINIC                  | REFERRED FROM " + X,
            "Prior at Summit Radiology Group.                          | Prior at " + X + ".",
            "Seen at Hillcrest Women's Health Center.                  | Seen at " + X + ".",
            "Transferred to Hospital General de Valdemoro.             | Transferred to " + X + ".",
            "Outside films from Royal Infirmary of Edinburgh.          | Outside films from " + X + ".",
            "Klinikum Am Steinberg                                     | " + X,
            "RETURN TO CLINIC IN 2 WEEKS                               | RETURN TO CLINIC IN 2 WEEKS",
            "Pain Clinic follow up                                     | Pain Clinic follow up",
            "Breast Imaging Center                                     | Breast Imaging Center"})
    void organisationNotInHeader_isRemoved(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    /** "Volkonskaya", "Karagianni": relatives and other doctors with transliterated names in report text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Family history: mother Volkonskaya had breast cancer.   | Family history: mother " + X
                    + " had breast cancer.",
            "Seen previously by Dr. Karagianni at another site.      | Seen previously by Dr. " + X
                    + " at another site.",
            "Discussed with Karagianni and Volkonskaya.              | Discussed with " + X + " and " + X + ".",
            "Volkonskaya family history of aneurysm.                 | " + X + " family history of aneurysm.",
            "Sister-in-law Volkonskaya donated the kidney.           | Sister-in-law " + X + " donated the kidney.",
            "PER DR KARAGIANNI                                       | " + X + " DR " + X,
            "AX DWI KUZNETSOVA                                       | AX DWI " + X,
            "Tesfaye. Follow-up in 6 months.                         | " + X + ". Follow-up in 6 months.",
            "cc Padraig Ó Briain                                     | cc " + X,
            "Technologist: LE THI HOA                                | Technologist: " + X})
    void relativesAndOtherDoctors_transliteratedNames_areRemoved(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    /** The name-shape model keeps clinical words that no list holds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Luftsichel sign", "Contrast 90 ml Visipaque.", "Lisfranc injury.",
            "SmartScore - Gated 0.5 sec", "Kummell disease at T11.", "AX FIESTA", "Topogram 1.0 Tr20f"})
    void nameShape_clinicalWordsWithoutList_stay(String text) {
        assertEquals(text, scrub(text));
    }

    @Test
    void nameShape_scores_separateNamesFromWords() {
        NameShape shape = NameShape.of(NameLists.builtin(), ClinicalTerms.builtin());
        for (String name : List.of("VOLKONSKAYA", "KUZNETSOVA", "TESFAYE", "SHEVCHENKO", "BONDARENKO")) {
            assertTrue(shape.score(name) >= NameScan.SHAPED_MIXED, name + " " + shape.score(name));
        }
        for (String word : List.of("VISIPAQUE", "OMNIPAQUE", "TOPOGRAM", "LISFRANC", "SMARTSCORE", "EPICONDILITIS")) {
            assertTrue(shape.score(word) < 0, word + " " + shape.score(word));
        }
        assertFalse(NameShape.of(NameLists.none(), ClinicalTerms.builtin()).enabled());
    }
}
