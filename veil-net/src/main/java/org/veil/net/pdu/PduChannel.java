package org.veil.net.pdu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * PDUs over a connection: reads headers and bodies with every length checked against a limit before anything is
 * allocated, and writes whole PDUs (one writer at a time). P-DATA-TF bodies are not read whole: {@link #readPdvHeader}
 * and {@link #readPdvData} walk them one PDV at a time so that a data set can go straight to disk.
 */
public final class PduChannel implements Closeable {
    /** The largest A-ASSOCIATE, A-RELEASE or A-ABORT PDU body accepted: 64 KiB is plenty for 128 contexts. */
    public static final int MAX_CONTROL_PDU = 1 << 20;

    private final DataInputStream in;
    private final OutputStream out;
    private final Closeable connection;

    public PduChannel(InputStream in, OutputStream out, Closeable connection) {
        this.in = new DataInputStream(new BufferedInputStream(in, 65536));
        this.out = new BufferedOutputStream(out, 65536);
        this.connection = connection;
    }

    /** The next PDU's header; EOFException when the peer closed the connection between PDUs. */
    public PduHeader readHeader() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("the peer closed the connection");
        }
        in.readUnsignedByte();
        long length = in.readInt() & 0xFFFFFFFFL;
        PduType t = PduType.of(type);
        if (t == null) {
            throw new PduException("unrecognized PDU type 0x" + Integer.toHexString(type), PduException.UNRECOGNIZED_PDU);
        }
        return new PduHeader(t, length);
    }

    /** The body of a control PDU (anything but P-DATA-TF), refused when longer than {@link #MAX_CONTROL_PDU}. */
    public byte[] readBody(PduHeader h) throws IOException {
        if (h.length() > MAX_CONTROL_PDU) {
            throw new PduException(h.type() + " PDU length " + h.length() + " exceeds the limit of " + MAX_CONTROL_PDU,
                    PduException.INVALID_PARAMETER_VALUE);
        }
        byte[] body = new byte[(int) h.length()];
        in.readFully(body);
        return body;
    }

    /**
     * The header of the next PDV inside a P-DATA-TF body: {@code [length, context id, control]}, where length is
     * the PDV data length (item length less 2).
     *
     * @param left bytes left in the P-DATA-TF body
     */
    public long[] readPdvHeader(long left) throws IOException {
        if (left < 6) {
            throw new PduException("P-DATA-TF: " + left + " bytes left, too few for a PDV", PduException.INVALID_PARAMETER_VALUE);
        }
        long length = in.readInt() & 0xFFFFFFFFL;
        if (length < 2 || length > left - 4) {
            throw new PduException("P-DATA-TF: PDV item length " + length + " does not fit the " + (left - 4)
                    + " bytes left in the PDU", PduException.INVALID_PARAMETER_VALUE);
        }
        int context = in.readUnsignedByte();
        int control = in.readUnsignedByte();
        return new long[] {length - 2, context, control};
    }

    /** Copies {@code length} bytes of PDV data to {@code target} through {@code buffer}. */
    public void readPdvData(long length, OutputStream target, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the peer closed the connection inside a PDV (" + left + " bytes missing)");
            }
            target.write(buffer, 0, n);
            left -= n;
        }
    }

    /** Skips {@code n} bytes of the current PDU. */
    public void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the peer closed the connection");
                }
                s = 1;
            }
            left -= s;
        }
    }

    public synchronized void write(byte[] pdu) throws IOException {
        out.write(pdu);
        out.flush();
    }

    /** Writes one P-DATA-TF PDU holding one PDV. */
    public synchronized void writePdv(int context, boolean command, boolean last, byte[] data, int off, int len)
            throws IOException {
        long pdvLength = len + 2L;
        long pduLength = pdvLength + 4;
        out.write(PduType.P_DATA_TF.code());
        out.write(0);
        writeInt(pduLength);
        writeInt(pdvLength);
        out.write(context);
        out.write((command ? 1 : 0) | (last ? 2 : 0));
        out.write(data, off, len);
        out.flush();
    }

    public void writeReleaseRequest() throws IOException {
        write(new byte[] {5, 0, 0, 0, 0, 4, 0, 0, 0, 0});
    }

    public void writeReleaseResponse() throws IOException {
        write(new byte[] {6, 0, 0, 0, 0, 4, 0, 0, 0, 0});
    }

    /**
     * Writes an A-ABORT.
     *
     * @param source 0 service user, 2 service provider
     * @param reason the provider's reason (0 when the user aborts)
     */
    public void writeAbort(int source, int reason) throws IOException {
        write(new byte[] {7, 0, 0, 0, 0, 4, 0, 0, (byte) source, (byte) reason});
    }

    private void writeInt(long v) throws IOException {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
