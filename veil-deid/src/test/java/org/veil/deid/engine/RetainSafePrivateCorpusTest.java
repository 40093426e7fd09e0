package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.profile.ProfileOption;
import org.veil.profile.SafePrivateElement;
import org.veil.profile.SafePrivateTable;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Retain Safe Private over every readable corpus file: a private element survives exactly when PS3.15 Table
 * E.3.10-1 lists it (by its block's creator), at any depth; a private creator survives exactly when its block keeps
 * an element. Kept values are unchanged unless they are UIDs or dates.
 */
class RetainSafePrivateCorpusTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {7, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28});
    /** A GE CT with GEMS_ACQU_01, GEMS_PARM_01 and GEMS_HELIOS_01 blocks (checked with dcmdump). */
    private static final String GE_CT = "pydicom/test_files/dicomdirtests/77654033/CT2/17106";

    static Stream<CorpusFile> files() {
        return Corpus.files(f -> !f.malformed() && f.size() < 3_000_000).stream();
    }

    private static Dataset deidentify(Dataset ds) throws DeidException {
        new Deidentifier(DeidConfig.builder().key(KEY).filters(List.of()).option(ProfileOption.RETAIN_SAFE_PRIVATE)
                .build()).deidentify(ds);
        return ds;
    }

    private static Dataset read(CorpusFile f) throws Exception {
        return DicomReader.read(f.path()).dataset();
    }

    static boolean safe(Dataset ds, int tag) {
        String creator = DatasetView.of(ds).string(Tag.privateCreatorOf(tag));
        if (creator == null) {
            return false;
        }
        for (SafePrivateElement s : SafePrivateTable.elements()) {
            if (s.matches(tag, creator)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("files")
    void retainSafePrivate_keepsExactlyTheSafeTable(CorpusFile file) throws Exception {
        Dataset before = read(file);
        Dataset out;
        try {
            out = deidentify(read(file));
        } catch (DeidException e) {
            assertThrows(DeidException.class, () -> new Deidentifier(DeidConfig.builder().key(KEY)
                    .filters(List.of()).build()).deidentify(read(file)), file + " is rejected for its private elements");
            return;
        }
        for (DataElement e : before) {
            int tag = e.tag();
            if (!Tag.isPrivate(tag) || Tag.isPrivateCreator(tag) || Tag.element(tag) < 0x1000) {
                continue;
            }
            if (safe(before, tag)) {
                DataElement kept = out.get(tag);
                assertNotNull(kept, () -> file + ": safe " + Tag.format(tag) + " removed");
                VR vr = kept.vr();
                if (vr != VR.UI && vr != VR.DA && vr != VR.DT && vr != VR.TM && !e.isSequence()) {
                    assertArrayEquals(e.bytes(), kept.bytes(), () -> file + ": safe " + Tag.format(tag) + " changed");
                }
            } else {
                assertNull(out.get(tag), () -> file + ": " + Tag.format(tag) + " is not in the safe table");
            }
        }
        checkPrivates(out, file.toString());
    }

    /** Every private element left, at any depth, is a safe one or the creator of a block that keeps one. */
    private static void checkPrivates(Dataset ds, String where) {
        for (DataElement e : ds) {
            int tag = e.tag();
            if (Tag.isPrivateCreator(tag)) {
                assertTrue(blockUsed(ds, tag), () -> where + ": creator " + Tag.format(tag) + " of an empty block");
            } else if (Tag.isPrivate(tag)) {
                assertTrue(safe(ds, tag), () -> where + ": " + Tag.format(tag) + " kept but not in the safe table");
            }
            if (e.isSequence()) {
                for (int i = 0; i < e.sequence().size(); i++) {
                    checkPrivates(e.sequence().get(i), where + " " + Tag.format(tag) + "[" + i + "]");
                }
            }
        }
    }

    private static boolean blockUsed(Dataset ds, int creator) {
        for (DataElement e : ds) {
            int t = e.tag();
            if (Tag.group(t) == Tag.group(creator) && Tag.element(t) >= 0x1000
                    && Tag.element(t) >>> 8 == Tag.element(creator)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void geCt_keepsItsSafeElementsAndDropsTheRest() throws Exception {
        CorpusFile f = Corpus.file(GE_CT);
        Dataset before = read(f);
        int safe = 0;
        int other = 0;
        for (DataElement e : before) {
            if (Tag.isPrivate(e.tag()) && Tag.element(e.tag()) >= 0x1000) {
                if (safe(before, e.tag())) {
                    safe++;
                } else {
                    other++;
                }
            }
        }
        assertTrue(safe > 0 && other > 0, "the file has both kinds: " + safe + " safe, " + other + " other");
        Dataset out = deidentify(read(f));
        long kept = 0;
        for (DataElement e : out) {
            if (Tag.isPrivate(e.tag()) && Tag.element(e.tag()) >= 0x1000) {
                kept++;
            }
        }
        assertEquals(safe, kept);
        Dataset basic = read(f);
        new Deidentifier(DeidConfig.builder().key(KEY).filters(List.of()).build()).deidentify(basic);
        for (DataElement e : basic) {
            assertTrue(!Tag.isPrivate(e.tag()), "Basic Profile keeps no private element");
        }
    }
}
