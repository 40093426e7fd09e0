package org.veil.broker.cms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;

/**
 * The recipient's side of PS3.15 E.1.2: finds the item of Encrypted Attributes Sequence (0400,0500) addressed to the
 * recipient, decrypts its Encrypted Content (0400,0520), decodes it in the transfer syntax of (0400,0510), and returns
 * the single item of Modified Attributes Sequence (0400,0550): the original values of what de-identification changed.
 * {@link #restore} puts them back into the de-identified data set. Thread-safe.
 */
public final class EncryptedAttributesOpener {
    private final AttributeDecryptor decryptor;

    public EncryptedAttributesOpener(AttributeDecryptor decryptor) {
        this.decryptor = decryptor;
    }

    /**
     * The original attributes held for this recipient in {@code ds}.
     *
     * @param source names the file in messages
     * @throws EncryptedAttributesException when there is no Encrypted Attributes Sequence, no item opens with the
     *                                      recipient's key, or the decrypted content is not a Modified Attributes
     *                                      Sequence
     */
    public Dataset originals(Dataset ds, String source) {
        DataElement seq = ds.get(Tags.EncryptedAttributesSequence);
        if (seq == null || seq.sequence() == null || seq.sequence().isEmpty()) {
            throw new EncryptedAttributesException(source + ": no Encrypted Attributes Sequence (0400,0500)");
        }
        EncryptedAttributesException last = null;
        for (Dataset item : seq.sequence()) {
            DataElement content = item.get(Tags.EncryptedContent);
            if (content == null) {
                continue;
            }
            byte[] plain;
            try {
                plain = decryptor.decrypt(content.bytes());
            } catch (EncryptedAttributesException e) {
                last = e;
                continue;
            }
            return modifiedAttributes(plain, transferSyntax(item, source), source);
        }
        if (last != null) {
            throw new EncryptedAttributesException(source + ": " + last.getMessage(), last);
        }
        throw new EncryptedAttributesException(source + ": Encrypted Attributes Sequence (0400,0500) has no"
                + " Encrypted Content (0400,0520)");
    }

    /** Puts every original attribute back into {@code ds}, replacing the de-identified one, and drops (0400,0500). */
    public static void restore(Dataset ds, Dataset originals) {
        for (DataElement e : originals) {
            ds.put(DatasetCopy.element(e, ds));
        }
        ds.remove(Tags.EncryptedAttributesSequence);
    }

    private static TransferSyntax transferSyntax(Dataset item, String source) {
        String uid = DatasetView.of(item).string(Tags.EncryptedContentTransferSyntaxUID);
        if (uid == null || !TransferSyntax.isKnown(uid)) {
            throw new EncryptedAttributesException(source + ": Encrypted Content Transfer Syntax UID (0400,0510) is"
                    + " missing or unknown");
        }
        TransferSyntax ts = TransferSyntax.of(uid);
        if (ts.deflated() || ts.encapsulated()) {
            throw new EncryptedAttributesException(source + ": Encrypted Content Transfer Syntax UID (0400,0510) "
                    + uid + " is not a native transfer syntax");
        }
        return ts;
    }

    private static Dataset modifiedAttributes(byte[] plain, TransferSyntax ts, String source) {
        Dataset payload;
        try (DicomReader r = DicomReader.openDataset(new ByteArrayInputStream(plain), source + " (decrypted)", ts,
                ReadLimits.DEFAULT)) {
            payload = r.readDataset();
        } catch (IOException | RuntimeException e) {
            throw new EncryptedAttributesException(source + ": the decrypted content is not a DICOM data set", e);
        }
        DataElement mod = payload.get(Tags.ModifiedAttributesSequence);
        if (mod == null || mod.sequence() == null || mod.sequence().size() != 1) {
            throw new EncryptedAttributesException(source + ": the decrypted content holds no single item of"
                    + " Modified Attributes Sequence (0400,0550)");
        }
        return mod.sequence().get(0);
    }
}
