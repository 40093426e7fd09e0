package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.testkit.Tool;

/** A generated 1 GiB multiframe file is parsed and rewritten in a JVM limited to 128 MB of heap. */
class LargeFileTest {
    private static final long FRAME = 1024L * 1024 * 2;
    private static final int FRAMES = 512;

    @TempDir
    Path dir;

    @Test
    void roundTrip_oneGibMultiframe_underXmx128m() throws Exception {
        Path in = dir.resolve("big.dcm");
        Path out = dir.resolve("copy.dcm");
        generate(in);
        assertTrue(Files.size(in) > (1L << 30));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Tool.Result r = Tool.run(Duration.ofMinutes(5), List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LargeFileRoundTrip.class.getName(), in.toString(),
                out.toString()));
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("OK"), r.stdout() + r.stderr());
        assertEquals(Files.size(in), Files.size(out));
    }

    private static void generate(Path file) throws IOException {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00080016, VR.UI, AsciiValues.encode("1.2.840.10008.5.1.4.1.1.7.2", VR.UI)));
        ds.put(DataElement.of(0x00080018, VR.UI, AsciiValues.encode("2.25.1", VR.UI)));
        ds.put(DataElement.of(0x00280002, VR.US, new byte[] {1, 0}));
        ds.put(DataElement.of(0x00280008, VR.IS, AsciiValues.encode(Integer.toString(FRAMES), VR.IS)));
        ds.put(DataElement.of(0x00280010, VR.US, new byte[] {0, 4}));
        ds.put(DataElement.of(0x00280011, VR.US, new byte[] {0, 4}));
        ds.put(DataElement.of(0x00280100, VR.US, new byte[] {16, 0}));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            long len = FRAME * FRAMES;
            ByteBuffer header = ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            header.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) 'O').put((byte) 'W').putShort((short) 0)
                    .putInt((int) len).flip();
            ch.write(header);
            ByteBuffer frame = ByteBuffer.allocate((int) FRAME);
            for (int f = 0; f < FRAMES; f++) {
                frame.clear();
                for (int i = 0; i < FRAME; i += 8) {
                    frame.putLong(i, (long) f * 0x9E3779B97F4A7C15L + i);
                }
                while (frame.hasRemaining()) {
                    ch.write(frame);
                }
            }
        }
    }
}
