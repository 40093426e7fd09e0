package org.veil.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import javax.net.SocketFactory;
import org.veil.dicom.Implementation;
import org.veil.net.pdu.AssociateAccept;
import org.veil.net.pdu.AssociateCodec;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PduChannel;
import org.veil.net.pdu.PduException;
import org.veil.net.pdu.PduHeader;
import org.veil.net.pdu.PresentationContext;
import org.veil.net.pdu.RoleSelection;
import org.veil.net.pdu.UserInformation;

/** Opens associations as requestor (SCU): connect, A-ASSOCIATE-RQ, and the answer within the ARTIM timeout. */
public final class Requestor {
    private final NetOptions options;
    private final SocketFactory sockets;

    public Requestor(NetOptions options) {
        this(options, SocketFactory.getDefault());
    }

    /** A requestor connecting through {@code sockets} (e.g. an {@code SSLSocketFactory} for TLS). */
    public Requestor(NetOptions options, SocketFactory sockets) {
        this.options = options;
        this.sockets = sockets;
    }

    public Association open(RemoteAe peer, List<PresentationContext> contexts) throws IOException {
        return open(peer, contexts, List.of());
    }

    public Association open(RemoteAe peer, List<PresentationContext> contexts, List<RoleSelection> roles)
            throws IOException {
        Socket socket = sockets.createSocket();
        try {
            socket.connect(new InetSocketAddress(peer.host(), peer.port()),
                    (int) options.connectTimeout().toMillis());
        } catch (IOException e) {
            socket.close();
            throw new AssociationException("cannot connect to " + peer + ": " + e.getMessage(), e);
        }
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) options.artimTimeout().toMillis());
        PduChannel channel = new PduChannel(socket.getInputStream(), socket.getOutputStream(), socket);
        AssociateRequest rq = new AssociateRequest(peer.aeTitle(), options.aeTitle(),
                AssociateRequest.DICOM_APPLICATION_CONTEXT, contexts, new UserInformation(options.maxPduLength(),
                Implementation.CLASS_UID, Implementation.VERSION_NAME, roles));
        try {
            channel.write(AssociateCodec.encode(rq));
            PduHeader h = channel.readHeader();
            switch (h.type()) {
                case ASSOCIATE_AC -> {
                    AssociateAccept ac = AssociateCodec.decodeAccept(channel.readBody(h));
                    return new Association(socket, channel, rq, ac, options, ac.user().maxPduLength());
                }
                case ASSOCIATE_RJ -> throw new AssociationException(peer.aeTitle() + ": "
                        + AssociateCodec.decodeReject(channel.readBody(h)).describe());
                case ABORT -> throw new AssociationException(peer.aeTitle() + " aborted the association request");
                default -> {
                    channel.writeAbort(2, PduException.UNEXPECTED_PDU);
                    throw new AssociationException(peer.aeTitle() + " answered the association request with "
                            + h.type());
                }
            }
        } catch (PduException e) {
            socket.close();
            throw new AssociationException(peer.aeTitle() + " did not answer with a valid DICOM PDU (" + e.getMessage()
                    + "); does it expect TLS?", e);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new AssociationException(peer.aeTitle() + " did not answer the association request within "
                    + options.artimTimeout().toSeconds() + " s", e);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
