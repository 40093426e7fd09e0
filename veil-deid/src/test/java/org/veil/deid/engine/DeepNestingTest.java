package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.testkit.SmallStack;

/**
 * The profile is applied at every depth the reader accepts, without the thread's stack (the recursive walk this
 * replaced overflowed a 64 KiB stack at depth 128); one level more quarantines the instance with the tag path.
 */
class DeepNestingTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7,
        8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
    private static final int LIMIT = ReadLimits.DEFAULT.maxDepth();

    /** {@code sequences} nested Derivation Code Sequences (kept, walked into) with a patient name at the bottom. */
    private static Dataset nested(int sequences) {
        Dataset root = new Dataset();
        DatasetView.of(root).putString(Tags.PatientName, VR.PN, "Doe^Jane");
        Dataset level = root;
        for (int i = 0; i < sequences; i++) {
            Sequence seq = new Sequence(level);
            level.put(DataElement.of(Tags.DerivationCodeSequence, VR.SQ, seq));
            level = seq.addItem();
        }
        DatasetView.of(level).putString(Tags.PatientName, VR.PN, "Doe^Jane");
        return root;
    }

    private static Dataset bottom(Dataset root) {
        Dataset level = root;
        while (level.contains(Tags.DerivationCodeSequence)) {
            level = level.get(Tags.DerivationCodeSequence).sequence().get(0);
        }
        return level;
    }

    @Test
    void deidentify_treeNestedToTheLimit_appliesTheProfileAtTheBottomOnASmallStack() throws Exception {
        Dataset ds = nested(LIMIT);
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        DeidResult result = SmallStack.call(() -> deid.deidentify(ds));
        String name = DatasetView.of(bottom(ds)).string(Tags.PatientName);
        assertTrue(name == null || !name.contains("Doe"), "nested name replaced: " + name);
        assertTrue(result.changes().size() >= 2, "changes recorded: " + result.changes().size());
    }

    @Test
    void deidentify_treeOneLevelOverTheLimit_failsNamingTheTagPath() {
        Dataset ds = nested(LIMIT + 1);
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        DeidException e = assertThrows(DeidException.class, () -> deid.deidentify(ds));
        assertTrue(e.getMessage().startsWith("(0008,9215)[1]/(0008,9215)[1]/"), e.getMessage());
        assertTrue(e.getMessage().endsWith("/(0008,9215): sequence nesting depth " + (LIMIT + 1)
                + " exceeds ReadLimits.maxDepth (" + LIMIT + ")"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf("Doe"), "no value in the reason");
    }
}
