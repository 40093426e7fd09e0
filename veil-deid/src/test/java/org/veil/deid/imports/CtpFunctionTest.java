package org.veil.deid.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single CTP element scripts: what becomes which rule, and what is refused with which reason. */
class CtpFunctionTest {
    private static final int INSTITUTION = 0x00080080;
    private static final int STUDY_DATE = 0x00080020;
    private static final int MODALITY = 0x00080060;

    private static RecipeDraft.Rule rule(int tag, String script) throws Untranslated {
        return new CtpFunction(tag, Map.of("N", "12", "LONG", "X".repeat(70)), 3, "r").translate(script);
    }

    private static String refused(int tag, String script) {
        return assertThrows(Untranslated.class, () -> rule(tag, script)).getMessage();
    }

    @Test
    void translate_functions_becomeRules() throws Exception {
        assertEquals(new RecipeDraft.Rule("tag: StudyDate", "shift-date", List.of("days: 12"), 3),
                rule(STUDY_DATE, "@incrementdate(this,@N)"));
        assertEquals(new RecipeDraft.Rule("tag: StudyDate", "shift-date", List.of("days: -7"), 3),
                rule(STUDY_DATE, "@incrementdate(this, -7)"));
        assertEquals(new RecipeDraft.Rule("tag: InstitutionName", "replace", List.of("value: \"SITE 7\""), 3),
                rule(INSTITUTION, "SITE 7"));
        assertEquals("empty", rule(INSTITUTION, "").action());
        assertEquals(List.of("table: \"r.lookup-site.csv\"", "miss: {value: \"NONE\"}"),
                rule(INSTITUTION, "@lookup(this,site,default,NONE)").extra());
    }

    @Test
    void translate_unsupported_refusedWithTheReason() {
        assertEquals("text combined with functions or parameters has no Veil equivalent",
                refused(INSTITUTION, "SITE-@param(@N)"));
        assertEquals("@incrementdate on Modality (0008,0060), which is CS, not a date (DA or DT)",
                refused(MODALITY, "@incrementdate(this,3)"));
        assertEquals("a value of 70 characters is longer than the 64 LO allows for InstitutionName (0008,0080)",
                refused(INSTITUTION, "@param(@LONG)"));
        assertEquals("parameter @MISSING is not defined by a <p> element", refused(INSTITUTION, "@param(@MISSING)"));
        assertEquals("@lookup with 'keep' for missing keys has no Veil equivalent (only quarantine and "
                + "default,VALUE)", refused(INSTITUTION, "@lookup(this,site,keep)"));
        assertEquals("@hash on InstitutionName (0008,0080): Veil's keyed pseudonyms exist for Patient ID, Patient's "
                + "Name, Other Patient IDs, Accession Number and Study ID only", refused(INSTITUTION, "@hash(this,8)"));
        assertEquals("@date() has no Veil equivalent", refused(STUDY_DATE, "@date()"));
    }
}
