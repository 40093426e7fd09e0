package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.DepthLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetComparator;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dump.DumpOptions;
import org.veil.dicom.dump.TextDumper;
import org.veil.dicom.json.JsonModelWriter;
import org.veil.dicom.json.JsonOptions;
import org.veil.testkit.SmallStack;

/**
 * Trees nested as deep as {@link ReadLimits#maxDepth()} allows are written, read, copied, compared and dumped on a
 * thread with a 64 KiB stack (the recursive walks these replaced overflowed it at depth 128); one level more is refused
 * with the tag path of the sequence that goes too deep.
 */
class DeepNestingTest {
    private static final int CONTENT_SEQUENCE = 0x0040A730;
    private static final int TEXT_VALUE = 0x0040A160;
    private static final int LIMIT = ReadLimits.DEFAULT.maxDepth();

    /** {@code sequences} Content Sequences, each in the single item of the one above; text at the bottom. */
    static Dataset nested(int sequences) {
        Dataset root = new Dataset();
        Dataset level = root;
        for (int i = 0; i < sequences; i++) {
            Sequence seq = new Sequence(level);
            level.put(DataElement.of(CONTENT_SEQUENCE, VR.SQ, seq));
            level = seq.addItem();
        }
        level.put(DataElement.of(TEXT_VALUE, VR.UT, "deep".getBytes()));
        return root;
    }

    @Test
    void writeReadCopyCompareDump_treeNestedToTheLimit_useNoThreadStack() throws Exception {
        Dataset tree = nested(LIMIT);
        List<String> differences = SmallStack.call(() -> {
            byte[] bytes = write(tree, WriteOptions.SequenceEncoding.DEFINED);
            Dataset back;
            try (DicomReader r = DicomReader.openDataset(new ByteArrayInputStream(bytes), "deep",
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ReadLimits.DEFAULT)) {
                back = r.readDataset();
            }
            StringWriter dump = new StringWriter();
            new TextDumper(dump, DumpOptions.DEFAULT).dump(back);
            new JsonModelWriter(new StringWriter(), JsonOptions.DEFAULT).write(back);
            assertTrue(dump.toString().contains("deep"), "the bottom value is dumped");
            DatasetComparator compare = new DatasetComparator(DatasetComparator.VrCheck.STRICT, 10);
            List<String> all = new java.util.ArrayList<>(compare.differences(tree, back));
            all.addAll(compare.differences(tree, DatasetCopy.deep(back, null)));
            return all;
        });
        assertEquals(List.of(), differences);
    }

    @Test
    void write_treeNestedToTheLimitWithUndefinedLengths_readsBackEqual() throws Exception {
        Dataset tree = nested(LIMIT);
        byte[] defined = write(tree, WriteOptions.SequenceEncoding.DEFINED);
        byte[] undefined = write(tree, WriteOptions.SequenceEncoding.UNDEFINED);
        assertEquals(defined.length + 16L * LIMIT, undefined.length, "one item and one sequence delimiter per level");
    }

    @Test
    void write_treeOneLevelOverTheLimit_failsNamingTheTagPathAndTheKnob() {
        Dataset tree = nested(LIMIT + 1);
        DepthLimitException e = assertThrows(DepthLimitException.class,
                () -> write(tree, WriteOptions.SequenceEncoding.UNDEFINED));
        assertTrue(e.getMessage().startsWith("(0040,A730)[1]/(0040,A730)[1]/"), e.getMessage());
        assertTrue(e.getMessage().endsWith("/(0040,A730)[1]/(0040,A730): sequence nesting depth " + (LIMIT + 1)
                + " exceeds ReadLimits.maxDepth (" + LIMIT + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("(" + (LIMIT + 1 - 16) + " more levels)"), e.getMessage());
    }

    @Test
    void copyAndCompare_treeOverTheLimit_failNamingTheLimit() {
        Dataset tree = nested(LIMIT + 1);
        assertThrows(DepthLimitException.class, () -> DatasetCopy.deep(tree, null));
        assertThrows(DepthLimitException.class,
                () -> new DatasetComparator(DatasetComparator.VrCheck.STRICT, 10).differences(tree, tree));
    }

    private static byte[] write(Dataset ds, WriteOptions.SequenceEncoding sequences) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, Channels.newChannel(out), sequences);
        return out.toByteArray();
    }
}
