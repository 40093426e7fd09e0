package org.veil.dicom.io;

import org.veil.dicom.Implementation;
import org.veil.dicom.Tag;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;

/** Builds the File Meta Information group (PS3.10 Section 7.1) for a data set about to be written. */
final class FileMetaBuilder {
    private FileMetaBuilder() {
    }

    static Dataset build(Dataset given, Dataset ds, TransferSyntax ts, WriteOptions.MetaPolicy policy) {
        Dataset meta = new Dataset();
        if (policy == WriteOptions.MetaPolicy.KEEP && given != null && !given.isEmpty()) {
            for (DataElement e : given) {
                meta.put(e);
            }
        } else {
            meta.put(DataElement.of(Tags.FileMetaInformationVersion, VR.OB, new byte[] {0, 1}));
            copyOrDerive(meta, given, ds, Tags.MediaStorageSOPClassUID, Tags.SOPClassUID);
            copyOrDerive(meta, given, ds, Tags.MediaStorageSOPInstanceUID, Tags.SOPInstanceUID);
            meta.put(ui(Tags.ImplementationClassUID, Implementation.CLASS_UID));
            meta.put(DataElement.of(Tags.ImplementationVersionName, VR.SH,
                    AsciiValues.encode(Implementation.VERSION_NAME, VR.SH)));
            if (given != null) {
                for (DataElement e : given) {
                    if (Tag.element(e.tag()) > 0x0013 || e.tag() == 0x00020011) {
                        meta.put(e);
                    }
                }
            }
        }
        meta.put(ui(Tags.TransferSyntaxUID, ts.uid()));
        meta.remove(Tags.FileMetaInformationGroupLength);
        long len = new LengthCalculator(WriteOptions.SequenceEncoding.AS_READ).content(meta, Encoding.EXPLICIT_LE);
        meta.put(DataElement.of(Tags.FileMetaInformationGroupLength, VR.UL,
                new byte[] {(byte) len, (byte) (len >>> 8), (byte) (len >>> 16), (byte) (len >>> 24)}));
        return meta;
    }

    private static void copyOrDerive(Dataset meta, Dataset given, Dataset ds, int metaTag, int dsTag) {
        DataElement fromDs = ds.get(dsTag);
        if (fromDs != null && fromDs.bytes() != null && fromDs.bytes().length > 0) {
            meta.put(DataElement.of(metaTag, VR.UI, fromDs.bytes()));
        } else if (given != null && given.get(metaTag) != null) {
            meta.put(given.get(metaTag));
        }
    }

    private static DataElement ui(int tag, String uid) {
        return DataElement.of(tag, VR.UI, AsciiValues.encode(uid, VR.UI));
    }
}
