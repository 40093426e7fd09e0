package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;

/**
 * Inside a hold the reader leaves the input's channel open and the writer copies the bulk pixel data from it, not from
 * a second open of the path (shown by replacing the file after reading: the output still has the bytes that were
 * read); outside a hold both behave as before.
 */
class SourceChannelsTest {
    private static final int PIXELS = 128 * 1024;

    @TempDir
    Path dir;

    private Path instance(String name, byte fill) throws Exception {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00080016, VR.UI, AsciiValues.encode("1.2.840.10008.5.1.4.1.1.7", VR.UI)));
        ds.put(DataElement.of(0x00080018, VR.UI, AsciiValues.encode("2.25.7", VR.UI)));
        byte[] pixels = new byte[PIXELS];
        Arrays.fill(pixels, fill);
        ds.put(DataElement.of(0x7FE00010, VR.OW, pixels));
        Path file = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
        return file;
    }

    private static byte[] tail(Path file) throws Exception {
        byte[] b = Files.readAllBytes(file);
        return Arrays.copyOfRange(b, b.length - PIXELS, b.length);
    }

    @Test
    void write_insideHold_copiesPixelsFromTheChannelRead() throws Exception {
        Path in = instance("in.dcm", (byte) 0x11);
        Path out = dir.resolve("out.dcm");
        FileChannel ch;
        try (SourceChannels.Hold hold = SourceChannels.hold()) {
            ch = FileChannel.open(in, StandardOpenOption.READ);
            assertTrue(SourceChannels.keep(in, ch));
            DicomFile read = DicomReader.read(ch, in, "input 1", ReadLimits.DEFAULT, null);
            assertTrue(ch.isOpen(), "the reader leaves a held channel open");
            Files.move(instance("other.dcm", (byte) 0x22), in, StandardCopyOption.REPLACE_EXISTING);
            DicomWriter.write(read, out, WriteOptions.DEFAULT);
            assertTrue(ch.isOpen(), "the writer does not close the held channel");
        }
        assertFalse(ch.isOpen(), "closing the hold closes the channel");
        byte[] expected = new byte[PIXELS];
        Arrays.fill(expected, (byte) 0x11);
        assertArrayEquals(expected, tail(out), "pixels from the file as read, not from the path reopened");
    }

    @Test
    void read_withoutHold_closesTheChannel() throws Exception {
        Path in = instance("in.dcm", (byte) 0x11);
        FileChannel ch = FileChannel.open(in, StandardOpenOption.READ);
        assertFalse(SourceChannels.keep(in, ch));
        DicomReader.read(ch, in, "input 1", ReadLimits.DEFAULT, null);
        assertFalse(ch.isOpen());
    }

    @Test
    void hold_nested_innerCloseRestoresOuter() throws Exception {
        Path in = instance("in.dcm", (byte) 0x11);
        try (SourceChannels.Hold outer = SourceChannels.hold()) {
            FileChannel ch = FileChannel.open(in, StandardOpenOption.READ);
            SourceChannels.keep(in, ch);
            try (SourceChannels.Hold inner = SourceChannels.hold()) {
                assertTrue(SourceChannels.find(in) == null, "the inner hold keeps nothing yet");
            }
            assertTrue(SourceChannels.find(in) == ch, "the outer hold is current again");
        }
        assertTrue(SourceChannels.find(in) == null);
    }
}
