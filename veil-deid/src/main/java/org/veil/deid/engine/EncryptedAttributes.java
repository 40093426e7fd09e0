package org.veil.deid.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.veil.dicom.TagPath;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * Builds the Encrypted Attributes Sequence (0400,0500) of PS3.15 E.1.1: the original value of every top-level
 * attribute that was changed or removed (a whole sequence when anything inside it changed, E.1.1 item 5 note) goes
 * into the single item of Modified Attributes Sequence (0400,0550), encoded in Explicit VR Little Endian and
 * encrypted for the recipient.
 */
final class EncryptedAttributes {

    private EncryptedAttributes() {
    }

    /** Adds the sequence to {@code ds}, from the untouched {@code original} and the changes made. */
    static void add(Dataset ds, Dataset original, List<Change> changes, AttributeProtector protector)
            throws DeidException {
        Set<Integer> tags = new TreeSet<>(Integer::compareUnsigned);
        for (Change c : changes) {
            tags.add(topLevel(c.path()));
        }
        Dataset payload = new Dataset();
        Sequence modified = new Sequence(payload);
        Dataset item = modified.addItem();
        for (int tag : tags) {
            DataElement e = original.get(tag);
            if (e != null) {
                item.put(DatasetCopy.element(e, item));
            }
        }
        payload.put(DataElement.of(Tags.ModifiedAttributesSequence, VR.SQ, modified));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DicomWriter.writeDataset(payload, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, Channels.newChannel(bytes),
                    WriteOptions.SequenceEncoding.UNDEFINED);
        } catch (IOException e) {
            throw new DeidException("cannot encode the Encrypted Attributes Data Set: " + e.getMessage(), e);
        }
        Sequence seq = new Sequence(ds);
        Dataset out = seq.addItem();
        out.put(DataElement.of(Tags.EncryptedContentTransferSyntaxUID, VR.UI,
                AsciiValues.encode(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), VR.UI)));
        byte[] content = protector.encrypt(bytes.toByteArray());
        out.put(DataElement.of(Tags.EncryptedContent, VR.OB, padded(content)));
        ds.put(DataElement.of(Tags.EncryptedAttributesSequence, VR.SQ, seq));
    }

    private static int topLevel(TagPath p) {
        TagPath q = p;
        while (q.parent() != null && !q.parent().isRoot()) {
            q = q.parent();
        }
        return q.tag();
    }

    private static byte[] padded(byte[] b) {
        return (b.length & 1) == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
    }
}
