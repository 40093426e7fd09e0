package org.veil.net;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.veil.net.dimse.Command;
import org.veil.net.pdu.AssociateAccept;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PduChannel;
import org.veil.net.pdu.PduException;
import org.veil.net.pdu.PduHeader;
import org.veil.net.pdu.PduType;
import org.veil.net.pdu.PresentationResult;

/**
 * An established association, the same for requestor and acceptor: DIMSE commands and data sets in and out over
 * P-DATA-TF, fragmented to the peer's maximum PDU length, and the release and abort of PS3.8. Data sets are streamed
 * one PDV at a time in both directions. One thread uses an association at a time.
 */
public final class Association implements Closeable {
    private static final int UNLIMITED_SEND_CAP = 1 << 20;

    private final Socket socket;
    private final PduChannel channel;
    private final AssociateRequest request;
    private final AssociateAccept accept;
    private final NetOptions options;
    private final int sendData;
    private final byte[] readBuffer;
    private long pduLeft;
    private long pdvLeft;
    private int pdvContext;
    private int pdvControl;
    private int nextMessageId = 1;
    private boolean closed;

    Association(Socket socket, PduChannel channel, AssociateRequest request, AssociateAccept accept,
                NetOptions options, long peerMaxPdu) throws IOException {
        this.socket = socket;
        this.channel = channel;
        this.request = request;
        this.accept = accept;
        this.options = options;
        long max = peerMaxPdu == 0 ? UNLIMITED_SEND_CAP : Math.min(peerMaxPdu, UNLIMITED_SEND_CAP);
        this.sendData = (int) Math.max(256, max - 6) & ~1;
        this.readBuffer = new byte[Math.min(options.maxPduLength(), 65536)];
        socket.setSoTimeout((int) options.idleTimeout().toMillis());
    }

    public AssociateRequest request() {
        return request;
    }

    public AssociateAccept accept() {
        return accept;
    }

    /** The calling AE title (the requestor's). */
    public String callingAe() {
        return request.callingAe();
    }

    public int nextMessageId() {
        int id = nextMessageId;
        nextMessageId = nextMessageId == 0xFFFF ? 1 : nextMessageId + 1;
        return id;
    }

    /** The accepted transfer syntax of a presentation context, or null when it was not accepted. */
    public String transferSyntax(int context) {
        PresentationResult r = accept.result(context);
        return r != null && r.accepted() ? r.transferSyntax() : null;
    }

    /** The id of an accepted context for {@code abstractSyntax} using {@code transferSyntax} (any when null), or 0. */
    public int contextFor(String abstractSyntax, String transferSyntax) {
        for (var pc : request.contexts()) {
            String ts = transferSyntax(pc.id());
            if (ts != null && pc.abstractSyntax().equals(abstractSyntax)
                    && (transferSyntax == null || ts.equals(transferSyntax))) {
                return pc.id();
            }
        }
        return 0;
    }

    public void sendCommand(int context, Command command) throws IOException {
        byte[] bytes = command.encode();
        int off = 0;
        do {
            int n = Math.min(sendData, bytes.length - off);
            channel.writePdv(context, true, off + n == bytes.length, bytes, off, n);
            off += n;
        } while (off < bytes.length);
    }

    /**
     * Sends a whole data set read from {@code data}, fragmented into even-length PDVs; the last one carries the last
     * flag. A data set of odd length (a deflated stream written without its pad byte) gets the trailing NUL that
     * PS3.5 A.5 asks for, since peers refuse odd fragments.
     */
    public void sendDataSet(int context, InputStream data) throws IOException {
        byte[] current = new byte[sendData];
        byte[] next = new byte[sendData];
        int n = data.readNBytes(current, 0, sendData);
        while (true) {
            int m = n < sendData ? 0 : data.readNBytes(next, 0, sendData);
            boolean last = m == 0;
            if (last && (n & 1) != 0) {
                current[n++] = 0;
            }
            channel.writePdv(context, false, last, current, 0, n);
            if (last) {
                return;
            }
            byte[] t = current;
            current = next;
            next = t;
            n = m;
        }
    }

    /**
     * The next command from the peer, or null when the peer asked to release (the release is answered and the
     * association closed).
     *
     * @throws AssociationException when the peer aborted, broke the protocol (it is aborted), or fell silent
     */
    public IncomingCommand readCommand() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        int context = -1;
        while (true) {
            if (!nextPdv()) {
                return null;
            }
            if ((pdvControl & 1) == 0) {
                throw protocolError("a data set fragment arrived where a command was expected",
                        PduException.UNEXPECTED_PDU);
            }
            if (context >= 0 && pdvContext != context) {
                throw protocolError("a command continued on another presentation context",
                        PduException.INVALID_PARAMETER_VALUE);
            }
            context = pdvContext;
            if (bytes.size() + pdvLeft > Command.MAX_ENCODED_LENGTH) {
                throw protocolError("a command set longer than " + Command.MAX_ENCODED_LENGTH + " bytes",
                        PduException.INVALID_PARAMETER_VALUE);
            }
            consumePdv(bytes);
            if ((pdvControl & 2) != 0) {
                break;
            }
        }
        if (transferSyntax(context) == null) {
            throw protocolError("a command on presentation context " + context + ", which was not accepted",
                    PduException.INVALID_PARAMETER_VALUE);
        }
        try {
            return new IncomingCommand(context, Command.decode(bytes.toByteArray()));
        } catch (PduException e) {
            throw abortWith(e);
        }
    }

    /** Copies the data set that follows {@code command} to {@code target} (discarded when null). */
    public void readDataSet(IncomingCommand command, OutputStream target) throws IOException {
        OutputStream out = target == null ? OutputStream.nullOutputStream() : target;
        while (true) {
            if (!nextPdv()) {
                throw new AssociationException("the peer released the association in the middle of a data set");
            }
            if ((pdvControl & 1) != 0 || pdvContext != command.context()) {
                throw protocolError("a data set was interrupted by a command or another presentation context",
                        PduException.UNEXPECTED_PDU);
            }
            consumePdv(out);
            if ((pdvControl & 2) != 0) {
                return;
            }
        }
    }

    /** Asks the peer to release and waits for its answer (ARTIM); the connection is closed either way. */
    public void release() throws IOException {
        try {
            channel.writeReleaseRequest();
            socket.setSoTimeout((int) options.artimTimeout().toMillis());
            while (true) {
                PduHeader h = channel.readHeader();
                if (h.type() == PduType.RELEASE_RP) {
                    channel.readBody(h);
                    return;
                }
                if (h.type() == PduType.ABORT) {
                    return;
                }
                channel.skip(h.length());
            }
        } finally {
            close();
        }
    }

    /** Sends an A-ABORT as service user and closes. */
    public void abort() {
        try {
            channel.writeAbort(0, 0);
        } catch (IOException ignored) {
            // the connection is going away anyway
        }
        closeQuietly();
    }

    private boolean nextPdv() throws IOException {
        try {
            while (pduLeft == 0) {
                PduHeader h = channel.readHeader();
                switch (h.type()) {
                    case P_DATA_TF -> pduLeft = h.length();
                    case RELEASE_RQ -> {
                        channel.readBody(h);
                        channel.writeReleaseResponse();
                        closeQuietly();
                        return false;
                    }
                    case ABORT -> {
                        closeQuietly();
                        throw new AssociationException("the peer aborted the association");
                    }
                    default -> throw protocolError(h.type() + " PDU on an established association",
                            PduException.UNEXPECTED_PDU);
                }
            }
            long[] pdv = channel.readPdvHeader(pduLeft);
            pdvLeft = pdv[0];
            pdvContext = (int) pdv[1];
            pdvControl = (int) pdv[2];
            pduLeft -= 6 + pdvLeft;
            return true;
        } catch (SocketTimeoutException e) {
            abortAsProvider(0);
            throw new AssociationException("no data from the peer for " + options.idleTimeout().toSeconds()
                    + " s: association aborted");
        } catch (PduException e) {
            throw abortWith(e);
        }
    }

    private void consumePdv(OutputStream out) throws IOException {
        try {
            channel.readPdvData(pdvLeft, out, readBuffer);
        } catch (SocketTimeoutException e) {
            abortAsProvider(0);
            throw new AssociationException("the peer stopped in the middle of a PDV: association aborted");
        }
        pdvLeft = 0;
    }

    private AssociationException protocolError(String what, int reason) {
        abortAsProvider(reason);
        return new AssociationException("protocol error from " + request.callingAe() + ": " + what
                + "; association aborted");
    }

    private AssociationException abortWith(PduException e) {
        abortAsProvider(e.abortReason());
        return new AssociationException("protocol error: " + e.getMessage() + "; association aborted", e);
    }

    private void abortAsProvider(int reason) {
        try {
            channel.writeAbort(2, reason);
        } catch (IOException ignored) {
            // the connection is going away anyway
        }
        closeQuietly();
    }

    public boolean isClosed() {
        return closed;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }
}
