package org.veil.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * Turns fuzz bytes into a DICOM file and reads it as Veil reads an input. Bytes that start like a file (a preamble
 * followed by {@code DICM}, or {@code DICM} first) are read as they are, so corpus files are seeds unchanged. Any other
 * bytes are a data set behind a file meta naming one of the transfer syntaxes, picked by the first byte: implicit and
 * explicit VR little endian, explicit VR big endian, deflated (the rest as a raw deflate stream, or, with the first
 * byte's high bit set, the rest deflated here so that its content is the data set), and encapsulated ones.
 */
final class FuzzInput {
    /**
     * The default limits, except a 64 MiB bound on the inflated size of a deflated data set (the default, 1 GiB, is
     * more than a fuzzing JVM has; issue 14 item 3 bounds memory per instance).
     */
    static final ReadLimits LIMITS = ReadLimits.DEFAULT.toBuilder().maxInflatedBytes(64L << 20).build();

    private static final TransferSyntax[] SYNTAXES = {TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
        TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
        TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.JPEG_BASELINE,
        TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_2000_LOSSLESS,
        TransferSyntax.RLE_LOSSLESS};
    private static final byte[] MAGIC = {'D', 'I', 'C', 'M'};

    private FuzzInput() {
    }

    /** Reads the bytes as a file; {@link IOException} (a located parse error) is the expected refusal. */
    static DicomFile read(byte[] data) throws IOException {
        try (DicomReader r = DicomReader.open(new ByteArrayInputStream(asFile(data)), "fuzz input", LIMITS)) {
            Dataset ds = r.readDataset();
            return new DicomFile(r.source(), r.preamble(), r.fileMeta(), r.transferSyntax(), r.explicitVr(), ds,
                    r.warnings());
        }
    }

    /** The bytes as a complete file. */
    static byte[] asFile(byte[] data) {
        if (startsWithMagic(data, 128) || startsWithMagic(data, 0) || data.length == 0) {
            return data;
        }
        TransferSyntax ts = SYNTAXES[(data[0] & 0x7F) % SYNTAXES.length];
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        if (ts.deflated() && (data[0] & 0x80) != 0) {
            rest = deflated(rest);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rest.length + 200);
        out.writeBytes(new byte[128]);
        out.writeBytes(MAGIC);
        out.writeBytes(transferSyntaxElement(ts.uid()));
        out.writeBytes(rest);
        return out.toByteArray();
    }

    private static boolean startsWithMagic(byte[] data, int at) {
        return data.length >= at + 4 && Arrays.equals(data, at, at + 4, MAGIC, 0, 4);
    }

    /** (0002,0010) Transfer Syntax UID, explicit VR little endian, padded with NUL. */
    private static byte[] transferSyntaxElement(String uid) {
        byte[] value = Arrays.copyOf(uid.getBytes(StandardCharsets.US_ASCII), uid.length() + (uid.length() & 1));
        byte[] e = new byte[8 + value.length];
        e[0] = 0x02;
        e[2] = 0x10;
        e[4] = 'U';
        e[5] = 'I';
        e[6] = (byte) value.length;
        System.arraycopy(value, 0, e, 8, value.length);
        return e;
    }

    private static byte[] deflated(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
