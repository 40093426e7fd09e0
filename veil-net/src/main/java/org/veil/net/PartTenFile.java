package org.veil.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * What a C-STORE SCU needs of a file: SOP class and instance, transfer syntax, and where its data set starts, so that
 * the bytes after the file meta can be sent unchanged.
 *
 * @param dataSetOffset the byte offset of the data set, or -1 when the file has no group length to find it by
 */
public record PartTenFile(Path path, String sopClass, String sopInstance, String transferSyntax, long dataSetOffset) {
    /** Reads the header of {@code path}; IOException with a located message when it is not DICOM. */
    public static PartTenFile of(Path path) throws IOException {
        DicomFile file = DicomReader.readQuietly(path, ReadLimits.DEFAULT);
        Dataset meta = file.fileMeta();
        DatasetView ds = DatasetView.of(file.dataset());
        String cuid = ds.string(Tags.SOPClassUID);
        String iuid = ds.string(Tags.SOPInstanceUID);
        if (meta != null) {
            cuid = cuid != null ? cuid : DatasetView.of(meta).string(Tags.MediaStorageSOPClassUID);
            iuid = iuid != null ? iuid : DatasetView.of(meta).string(Tags.MediaStorageSOPInstanceUID);
        }
        if (cuid == null || iuid == null) {
            throw new IOException(path + ": no SOP Class UID or SOP Instance UID, cannot be sent");
        }
        return new PartTenFile(path, cuid, iuid, file.transferSyntax().uid(), dataSetOffset(path));
    }

    /** The data set bytes as stored, from {@link #dataSetOffset()} to the end. */
    public InputStream openDataSet() throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        ch.position(dataSetOffset);
        return java.nio.channels.Channels.newInputStream(ch);
    }

    private static long dataSetOffset(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining() && ch.read(b) > 0) {
                // fill
            }
            b.flip();
            if (b.limit() < 144 || b.get(128) != 'D' || b.get(129) != 'I' || b.get(130) != 'C' || b.get(131) != 'M') {
                return -1;
            }
            boolean groupLength = b.getShort(132) == 2 && b.getShort(134) == 0 && b.get(136) == 'U'
                    && b.get(137) == 'L' && b.getShort(138) == 4;
            return groupLength ? 144 + (b.getInt(140) & 0xFFFFFFFFL) : -1;
        }
    }
}
