package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;

/**
 * For every row of PS3.15 Table E.1-1 and every option, an input attribute at the top level and inside a nested
 * sequence receives the action the table gives, resolved as docs/deid-engine.md documents (combined codes keep the
 * attribute present: Z for X/Z, D for X/D, X/Z/D and Z/D, U for X/Z/U*; X when not in a standard composite IOD).
 */
class ProfileTableTest {
    private static final int CT = 0;
    private static final int CONTAINER = 0x00089215;
    private static final String CLEANED = "CLEANED TEXT";
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    enum Outcome { ABSENT, EMPTY, DUMMY, KEPT, UID, SHIFTED, CLEANED, DEVICE }

    private static final Map<ProfileOption, Deidentifier> ENGINES = engines();

    private static Map<ProfileOption, Deidentifier> engines() {
        Map<ProfileOption, Deidentifier> m = new EnumMap<>(ProfileOption.class);
        for (ProfileOption o : ProfileOption.values()) {
            m.put(o, engine(o));
        }
        return m;
    }

    private static Deidentifier engine(ProfileOption option) {
        DeidConfig.Builder b = DeidConfig.builder().key(KEY).identifiers(IdentifierPolicy.PROFILE_ONLY)
                .textCleaner((ds, shift, pseudonym) -> (text, vr) -> CLEANED).filters(List.of());
        if (option != null) {
            b.option(option);
        }
        return new Deidentifier(b.build());
    }

    private static final Deidentifier BASIC = engine(null);

    @TestFactory
    Stream<DynamicTest> deidentify_everyRowUnderEveryOption_getsTheTableAction() {
        List<DynamicTest> tests = new ArrayList<>();
        List<ProfileRule> rows = new ArrayList<>(ConfidentialityTable.rules());
        rows.addAll(ProfileCompiler.ADDITIONS);
        for (ProfileRule row : rows) {
            tests.add(DynamicTest.dynamicTest(row.name() + " basic", () -> check(row, null)));
            for (ProfileOption o : ProfileOption.values()) {
                if (row.option(o) != null) {
                    tests.add(DynamicTest.dynamicTest(row.name() + " " + o.cliName(), () -> check(row, o)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(ProfileRule row, ProfileOption option) throws Exception {
        int tag = concreteTag(row);
        VR vr = StandardDictionary.vr(tag);
        Outcome expected = expected(row, option, vr, tag);
        Deidentifier engine = option == null ? BASIC : ENGINES.get(option);
        for (boolean nested : new boolean[] {false, true}) {
            Dataset ds = base();
            Dataset holder = ds;
            if (nested) {
                Sequence seq = new Sequence(ds);
                ds.put(DataElement.of(CONTAINER, VR.SQ, seq));
                holder = seq.addItem();
            }
            DataElement input = SampleValues.element(tag, vr, holder);
            holder.put(input);
            engine.deidentify(ds);
            Dataset after = nested ? ds.get(CONTAINER).sequence().get(0) : ds;
            verify(expected, input, after.get(tag), vr, (nested ? "nested " : "") + row.name());
        }
    }

    private static Dataset base() {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00080016, VR.UI, AsciiValues.encode("1.2.840.10008.5.1.4.1.1.2", VR.UI)));
        ds.put(DataElement.of(0x00100020, VR.LO, AsciiValues.encode("PID001", VR.LO)));
        return ds;
    }

    /** A concrete tag for a row: repeating groups use group 6002/5002 and element 0010 for any element. */
    private static int concreteTag(ProfileRule row) {
        if (row.mask() == ProfileRule.EXACT) {
            return row.tag();
        }
        int tag = row.tag() | 0x00020000;
        return (row.mask() & 0xFFFF) == 0 ? tag | 0x0010 : tag;
    }

    /** The expectation from the table, independent of the engine's classes except the documented IOD scope. */
    static Outcome expected(ProfileRule row, ProfileOption option, VR vr, int tag) {
        ProfileAction a = row.basic();
        ProfileOption by = null;
        if (option != null && row.option(option) != null) {
            a = row.option(option);
            by = option;
        }
        if (a != ProfileAction.X && IodScope.outside(tag, "CT Image")) {
            return Outcome.ABSENT;
        }
        if (a == ProfileAction.C) {
            return clean(row, by, vr, tag);
        }
        if (a == ProfileAction.X_Z && vr == VR.SQ && tag != 0x00400555) {
            return Outcome.ABSENT; // Type 3 sequences must not be left empty; Acquisition Context is Type 2
        }
        return plain(a, row.inStdCompIod(), vr);
    }

    private static Outcome plain(ProfileAction a, boolean inIod, VR vr) {
        String c = a.code();
        if (c.contains("X") && (c.length() == 1 || !inIod)) {
            return Outcome.ABSENT;
        }
        if (a == ProfileAction.K) {
            return Outcome.KEPT;
        }
        if (c.contains("D")) {
            return vr == VR.UI ? Outcome.UID : Outcome.DUMMY;
        }
        if (c.contains("U")) {
            return vr == VR.SQ ? Outcome.KEPT : Outcome.UID;
        }
        return Outcome.EMPTY;
    }

    private static Outcome clean(ProfileRule row, ProfileOption by, VR vr, int tag) {
        if (by == ProfileOption.RETAIN_LONG_MODIFIED_DATES) {
            if (vr == VR.DA || vr == VR.DT) {
                return Outcome.SHIFTED;
            }
            if (vr == VR.TM) {
                return Outcome.KEPT;
            }
            return plain(row.basic(), row.inStdCompIod(), vr);
        }
        if (by == ProfileOption.RETAIN_DEVICE_IDENTITY && vr == VR.AE) {
            return Outcome.DEVICE;
        }
        if (vr == VR.SQ) {
            return Outcome.KEPT;
        }
        if (row.mask() == ProfileRule.EXACT && vr.usesCharacterSet()) {
            return Outcome.CLEANED;
        }
        return plain(row.basic(), row.inStdCompIod(), vr);
    }

    private static void verify(Outcome expected, DataElement input, DataElement out, VR vr, String what) {
        String msg = what + " expected " + expected;
        switch (expected) {
            case ABSENT:
                assertNull(out, msg);
                return;
            case EMPTY:
                assertNotNull(out, msg);
                assertTrue(out.isEmpty(), msg);
                return;
            case KEPT:
                assertNotNull(out, msg);
                if (vr == VR.SQ) {
                    assertEquals(1, out.sequence().size(), msg);
                } else {
                    assertArrayEquals(input.bytes(), out.bytes(), msg);
                }
                return;
            case DUMMY:
                assertNotNull(out, msg);
                assertFalse(out.isEmpty(), msg);
                if (vr != VR.SQ) {
                    assertFalse(java.util.Arrays.equals(input.bytes(), out.bytes()), msg + ": value unchanged");
                }
                return;
            case UID:
                assertTrue(AsciiValues.decode(out.bytes()).startsWith("2.25."), msg);
                return;
            case SHIFTED:
                String v = AsciiValues.decode(out.bytes());
                assertFalse(v.equals(AsciiValues.decode(input.bytes())), msg);
                assertEquals(AsciiValues.decode(input.bytes()).length(), v.length(), msg);
                return;
            case CLEANED:
                assertEquals(CLEANED, DatasetView.of(new Dataset()).characterSet().decode(out.bytes(), vr).trim(), msg);
                return;
            case DEVICE:
                assertTrue(AsciiValues.decode(out.bytes()).startsWith("DEV"), msg);
                return;
            default:
                fail(msg);
        }
    }
}
