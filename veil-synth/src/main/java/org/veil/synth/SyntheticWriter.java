package org.veil.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * Writes a synthetic image: the header through Veil's writer, then 16-bit pixel data generated frame by frame (a body
 * outline with a slowly varying interior), so files of any size are written in bounded memory.
 */
public final class SyntheticWriter {
    private SyntheticWriter() {
    }

    /** Writes {@code header} plus generated pixel data for {@code spec} to {@code file} (explicit VR little endian). */
    public static void write(Path file, Dataset header, ImageSpec spec, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, null, header, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            head.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) 'O').put((byte) 'W')
                    .putShort((short) 0).putInt((int) spec.pixelBytes()).flip();
            writeFully(ch, head);
            ByteBuffer frame = ByteBuffer.allocate(spec.rows() * spec.columns() * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int f = 0; f < spec.frames(); f++) {
                fill(frame, spec, seed + f);
                writeFully(ch, frame);
            }
        }
    }

    private static void fill(ByteBuffer frame, ImageSpec spec, long seed) {
        frame.clear();
        int rows = spec.rows();
        int cols = spec.columns();
        long cy = rows / 2;
        long cx = cols / 2;
        long ry = (long) rows * rows * 9 / 64;
        long rx = (long) cols * cols * 12 / 64;
        int base = (int) (seed & 0x3F);
        for (int y = 0; y < rows; y++) {
            long dy = (y - cy) * (y - cy);
            for (int x = 0; x < cols; x++) {
                long dx = (x - cx) * (x - cx);
                boolean inside = dy * rx + dx * ry < ry * rx;
                frame.putShort((short) (inside ? 1000 + base + ((x ^ y) & 0x3F) : 24));
            }
        }
        frame.flip();
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
