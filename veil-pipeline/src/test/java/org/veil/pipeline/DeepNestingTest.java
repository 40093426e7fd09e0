package org.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pipeline.dicomdir.DirectoryFiles;
import org.veil.pipeline.dicomdir.DirectoryRewriter;
import org.veil.testkit.SmallStack;

/**
 * Issue 12 item 4: an instance nested as deep as the reader accepts is read, de-identified and written on a thread with
 * a 64 KiB stack (the recursive writer overflowed it, and the overflow was caught and quarantined as a defect); deeper
 * nesting found while de-identifying (a sequence read as UN) quarantines the instance with the tag path; a DICOMDIR
 * whose records link in a cycle is rewritten without following the cycle forever.
 */
class DeepNestingTest {
    private static final int LIMIT = ReadLimits.DEFAULT.maxDepth();

    private final List<QuarantineReason> quarantined = new ArrayList<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    /** {@code sequences} nested Derivation Code Sequences with a code meaning at the bottom. */
    private static Dataset nested(int sequences) {
        Dataset ds = new Dataset();
        Dataset level = ds;
        for (int i = 0; i < sequences; i++) {
            Sequence seq = new Sequence(level);
            level.put(DataElement.of(Tags.DerivationCodeSequence, VR.SQ, seq));
            level = seq.addItem();
        }
        DatasetView.of(level).putString(Tags.CodeMeaning, VR.LO, "bottom");
        return ds;
    }

    private static byte[] instance(Dataset ds) throws Exception {
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        v.putString(Tags.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1143.78");
        v.putString(Tags.PatientID, VR.LO, "DEEP-0001");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, Channels.newChannel(out),
                WriteOptions.DEFAULT);
        return out.toByteArray();
    }

    /** The items of a sequence nested {@code sequences} deep, as the value of an element of VR UN (implicit VR). */
    private static byte[] unknownValue(int sequences) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(nested(sequences), TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, Channels.newChannel(out),
                WriteOptions.SequenceEncoding.UNDEFINED);
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOfRange(all, 8, all.length - 8);
    }

    private Outcome process(byte[] input) throws Exception {
        InstanceProcessor p = new InstanceProcessor(PipelineSettings.builder(
                new Deidentifier(DeidConfig.builder().build())).build());
        Destination d = new Destination((id, name, body) -> {
            body.writeTo(Channels.newChannel(written));
            return written.size();
        }, (in, reason) -> quarantined.add(reason));
        return p.process(new Input.OfBytes(input, "id-1", "deep.dcm"), d);
    }

    @Test
    void process_instanceNestedToTheLimit_isWrittenOnASmallStack() throws Exception {
        byte[] input = instance(nested(LIMIT));
        Outcome o = SmallStack.call(() -> process(input));
        assertInstanceOf(Outcome.Written.class, o, () -> quarantined.toString());
        try (DicomReader r = DicomReader.open(new ByteArrayInputStream(written.toByteArray()), "out",
                ReadLimits.DEFAULT)) {
            Dataset level = r.readDataset();
            int depth = 0;
            while (level.contains(Tags.DerivationCodeSequence)) {
                level = level.get(Tags.DerivationCodeSequence).sequence().get(0);
                depth++;
            }
            assertEquals(LIMIT, depth);
            assertEquals("bottom", DatasetView.of(level).string(Tags.CodeMeaning));
        }
    }

    @Test
    void process_sequenceReadAsUnknownNestingOverTheLimit_isQuarantinedNamingThePathAndTheKnob() throws Exception {
        Dataset ds = new Dataset();
        Sequence outer = new Sequence(ds);
        ds.put(DataElement.of(Tags.ReferencedSeriesSequence, VR.SQ, outer));
        outer.addItem().put(DataElement.of(Tags.DerivationCodeSequence, VR.UN, unknownValue(LIMIT)));
        Outcome o = process(instance(ds));
        Outcome.Quarantined q = assertInstanceOf(Outcome.Quarantined.class, o);
        assertEquals(QuarantineCategory.DEID, q.reason().category());
        assertTrue(q.reason().detail().contains("(0008,1115)[1]/(0008,9215)[1]/(0008,9215)[1]/"), q.reason().detail());
        assertTrue(q.reason().detail().endsWith("/(0008,9215): sequence nesting depth " + (LIMIT + 1) + " exceeds "
                + "ReadLimits.maxDepth (" + LIMIT + ")"), q.reason().detail());
        assertEquals(0, written.size());
    }

    /** Two records, each the other's first lower-level record; the first names a file not in the delivery. */
    private static Dataset cyclicDirectory() {
        Dataset ds = new Dataset();
        Sequence records = new Sequence(ds);
        ds.put(DataElement.of(Tags.DirectoryRecordSequence, VR.SQ, records));
        Dataset a = records.addItem();
        Dataset b = records.addItem();
        a.sourceOffset(400);
        b.sourceOffset(500);
        a.put(DataElement.of(Tags.OffsetOfReferencedLowerLevelDirectoryEntity, VR.UL, new byte[] {(byte) 0xF4, 1, 0,
            0}));
        b.put(DataElement.of(Tags.OffsetOfReferencedLowerLevelDirectoryEntity, VR.UL, new byte[] {(byte) 0x90, 1, 0,
            0}));
        DatasetView.of(a).putString(Tags.ReferencedFileID, VR.CS, "GONE");
        return ds;
    }

    @Test
    void rewrite_recordsLinkedInACycle_removesEachOnceOnASmallStack() throws Exception {
        Dataset dir = cyclicDirectory();
        DirectoryFiles none = new DirectoryFiles() {
            @Override
            public String outputOf(String relativeInputPath) {
                return null;
            }

            @Override
            public org.veil.dicom.io.DicomFile readOutput(String outputName) {
                return null;
            }
        };
        List<Change> changes = SmallStack.call(() -> new DirectoryRewriter(none).rewrite(dir, ""));
        assertEquals(2, changes.stream().filter(c -> c.action().equals(DirectoryRewriter.REMOVED)).count(),
                changes::toString);
        assertTrue(dir.get(Tags.DirectoryRecordSequence).sequence().isEmpty());
    }
}
