package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.PrivateDictionary.Entry;
import org.veil.deid.engine.PrivateDictionary.PrivateAction;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.profile.ProfileOption;

/** A user private dictionary's actions on a private block, alone and together with the PS3.15 safe table. */
class PrivateDictionaryTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3,
        2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final String ACME = "ACME 1.0";
    private static final int STUDY_DATE = 0x00080020;
    private static final int STUDY_UID = 0x0020000D;
    private static final int CREATOR = 0x00090010;
    private static final int KEPT_TEXT = 0x00091001;
    private static final int NAME = 0x00091002;
    private static final int DATE = 0x00091003;
    private static final int UID = 0x00091004;
    private static final int UN_DATE = 0x00091005;
    private static final int UN_UID = 0x00091006;
    private static final int UNLISTED = 0x00091007;
    private static final int COMMENT = 0x00091008;
    private static final int UN_SEQUENCE = 0x00091009;
    private static final int OTHER_CREATOR = 0x00110010;
    private static final int OTHER = 0x00111001;
    private static final int GE_CREATOR = 0x00430010;
    private static final int GE_PITCH = 0x00431027;
    private static final int GE_CREATOR_19 = 0x00190010;
    private static final int GE_TABLE_SPEED = 0x00191023;

    private static Entry entry(int offset, VR vr, PrivateAction action) {
        return new Entry(ACME, 0x0009, offset, vr, action, "acme.csv " + offset + ":1");
    }

    private static final PrivateDictionary ACME_DICTIONARY = new PrivateDictionary(List.of(
            entry(0x01, VR.LO, PrivateAction.KEEP), entry(0x02, VR.PN, PrivateAction.REMOVE),
            entry(0x03, VR.DA, PrivateAction.SHIFT_DATE), entry(0x04, VR.UI, PrivateAction.REMAP_UID),
            entry(0x05, VR.DA, PrivateAction.KEEP), entry(0x06, VR.UI, PrivateAction.KEEP),
            entry(0x08, VR.LT, PrivateAction.CLEAN), entry(0x09, VR.SQ, PrivateAction.KEEP)));

    private static Dataset instance() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(STUDY_DATE, VR.DA, "20210315");
        v.putString(STUDY_UID, VR.UI, "1.2.3.4.5");
        v.putString(CREATOR, VR.LO, ACME);
        v.putString(KEPT_TEXT, VR.LO, "KERNEL B30F");
        v.putString(NAME, VR.PN, "JONES^ANN");
        v.putString(DATE, VR.DA, "20210315");
        v.putString(UID, VR.UI, "1.2.3.4.5");
        ds.put(DataElement.of(UN_DATE, VR.UN, "20210315".getBytes(StandardCharsets.US_ASCII)));
        ds.put(DataElement.of(UN_UID, VR.UN, "1.2.3.4.5\0".getBytes(StandardCharsets.US_ASCII)));
        v.putString(UNLISTED, VR.LO, "SOMETHING");
        v.putString(COMMENT, VR.LT, "ANN JONES SCANNED");
        ds.put(DataElement.of(UN_SEQUENCE, VR.UN, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, 0, 0, 0, 0}));
        v.putString(OTHER_CREATOR, VR.LO, "OTHER VENDOR");
        v.putString(OTHER, VR.LO, "X");
        v.putString(GE_CREATOR, VR.LO, "GEMS_PARM_01");
        v.putString(GE_PITCH, VR.SH, "0.984:1");
        v.putString(GE_CREATOR_19, VR.LO, "GEMS_ACQU_01");
        v.putString(GE_TABLE_SPEED, VR.DS, "39.37");
        return ds;
    }

    private static Dataset run(DeidConfig.Builder b) throws DeidException {
        Dataset ds = instance();
        new Deidentifier(b.key(KEY).filters(List.of()).build()).deidentify(ds);
        return ds;
    }

    private static String s(Dataset ds, int tag) {
        return DatasetView.of(ds).string(tag);
    }

    @Test
    void withoutDictionary_everyPrivateElementAndCreatorGoes() throws Exception {
        Dataset out = run(DeidConfig.builder());
        for (DataElement e : out) {
            assertTrue((e.tag() >>> 16 & 1) == 0, () -> "private element left: " + Integer.toHexString(e.tag()));
        }
    }

    @Test
    void dictionary_eachActionActs() throws Exception {
        Dataset out = run(DeidConfig.builder().option(ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                .privateDictionary(ACME_DICTIONARY));
        assertEquals("KERNEL B30F", s(out, KEPT_TEXT));
        assertNull(out.get(NAME));
        String shifted = s(out, STUDY_DATE);
        assertNotEquals("20210315", shifted);
        assertEquals(shifted, s(out, DATE), "shift-date uses the patient's offset, like Study Date");
        String study = s(out, STUDY_UID);
        assertNotEquals("1.2.3.4.5", study);
        assertEquals(study, s(out, UID), "remap-uid maps like Study Instance UID");
        assertNull(out.get(UNLISTED));
        assertNull(out.get(OTHER));
        assertNull(out.get(OTHER_CREATOR), "creator of an emptied block");
        assertEquals(ACME, s(out, CREATOR), "creator of a block that keeps elements");
    }

    @Test
    void keep_implicitVrValues_areTreatedByTheDictionaryVr() throws Exception {
        Dataset out = run(DeidConfig.builder().option(ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                .privateDictionary(ACME_DICTIONARY));
        assertEquals(VR.DA, out.get(UN_DATE).vr());
        assertEquals(s(out, STUDY_DATE), s(out, UN_DATE));
        assertEquals(VR.UI, out.get(UN_UID).vr());
        assertEquals(s(out, STUDY_UID), s(out, UN_UID));
        assertNull(out.get(UN_SEQUENCE), "a private sequence read as UN cannot be checked");
    }

    @Test
    void keep_dateUnderBasicProfile_isNotKeptAsIs() throws Exception {
        Dataset out = run(DeidConfig.builder().privateDictionary(ACME_DICTIONARY));
        assertNotEquals("20210315", s(out, UN_DATE));
        assertEquals("KERNEL B30F", s(out, KEPT_TEXT));
    }

    @Test
    void clean_withoutTextCleaner_removes() throws Exception {
        assertNull(run(DeidConfig.builder().privateDictionary(ACME_DICTIONARY)).get(COMMENT));
        TextCleaner names = (ds, days, pseudonym) -> (text, vr) -> text.replace("ANN JONES", "[NAME]");
        Dataset out = run(DeidConfig.builder().privateDictionary(ACME_DICTIONARY).textCleaner(names));
        assertEquals("[NAME] SCANNED", s(out, COMMENT));
    }

    @Test
    void retainSafePrivate_keepsTableElements_dictionaryOverridesTable() throws Exception {
        Dataset safe = run(DeidConfig.builder().option(ProfileOption.RETAIN_SAFE_PRIVATE));
        assertEquals("0.984:1", s(safe, GE_PITCH));
        assertEquals("39.37", s(safe, GE_TABLE_SPEED));
        assertNull(safe.get(KEPT_TEXT), "not in the table, no dictionary");
        PrivateDictionary ge = new PrivateDictionary(List.of(new Entry("GEMS_PARM_01", 0x0043, 0x27, VR.SH,
                PrivateAction.REMOVE, "ge.csv 2:1")));
        Dataset out = run(DeidConfig.builder().option(ProfileOption.RETAIN_SAFE_PRIVATE).privateDictionary(ge));
        assertNull(out.get(GE_PITCH));
        assertNull(out.get(GE_CREATOR));
        assertEquals("39.37", s(out, GE_TABLE_SPEED));
        assertNotNull(out.get(GE_CREATOR_19));
    }

    @Test
    void dictionaryWithoutRetainSafePrivate_leavesTheTableOut() throws Exception {
        Dataset out = run(DeidConfig.builder().privateDictionary(ACME_DICTIONARY));
        assertNull(out.get(GE_PITCH));
        assertEquals("KERNEL B30F", s(out, KEPT_TEXT));
    }

    @Test
    void recipePrivateRule_overridesDictionary() throws Exception {
        RuleOverride remove = new RuleOverride(new RuleOverride.PrivateSelector(ACME, 0x0009, 0x01),
                RuleOverride.OverrideAction.REMOVE, null, "recipe.yaml 3:5");
        Dataset out = run(DeidConfig.builder().privateDictionary(ACME_DICTIONARY).overrides(List.of(remove)));
        assertNull(out.get(KEPT_TEXT));
    }

    @Test
    void nestedBlock_isTreatedInItsItem() throws Exception {
        Dataset ds = instance();
        Sequence seq = new Sequence(ds);
        Dataset item = seq.addItem();
        DatasetView.of(item).putString(0x00090011, VR.LO, ACME);
        DatasetView.of(item).putString(0x00091101, VR.LO, "NESTED KEPT");
        DatasetView.of(item).putString(0x00091102, VR.PN, "DOE^JOHN");
        ds.put(DataElement.of(0x00081140, VR.SQ, seq));
        new Deidentifier(DeidConfig.builder().key(KEY).filters(List.of()).privateDictionary(ACME_DICTIONARY)
                .build()).deidentify(ds);
        Dataset outItem = ds.get(0x00081140).sequence().get(0);
        assertEquals("NESTED KEPT", s(outItem, 0x00091101));
        assertNull(outItem.get(0x00091102));
        assertEquals(ACME, s(outItem, 0x00090011));
    }

    @Test
    void duplicateEntries_areRefused() {
        List<Entry> twice = new ArrayList<>(ACME_DICTIONARY.entries());
        twice.add(entry(0x01, VR.LO, PrivateAction.REMOVE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PrivateDictionary(twice));
        assertEquals("acme.csv 1:1: \"ACME 1.0\" (0009,xx01) is already defined at acme.csv 1:1", e.getMessage());
    }

    @Test
    void keptBytes_areUnchanged() throws Exception {
        byte[] csa = {'S', 'V', '1', '0', 4, 3, 2, 1};
        Dataset ds = instance();
        ds.put(DataElement.of(0x0009100A, VR.UN, csa.clone()));
        PrivateDictionary d = ACME_DICTIONARY.plus(new PrivateDictionary(List.of(entry(0x0A, VR.OB,
                PrivateAction.KEEP))));
        new Deidentifier(DeidConfig.builder().key(KEY).filters(List.of()).privateDictionary(d).build())
                .deidentify(ds);
        assertArrayEquals(csa, ds.get(0x0009100A).bytes());
    }
}
