package org.veil.net;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.Implementation;
import org.veil.net.dimse.Command;
import org.veil.net.dimse.CommandField;
import org.veil.net.dimse.Status;
import org.veil.net.pdu.AssociateAccept;
import org.veil.net.pdu.AssociateCodec;
import org.veil.net.pdu.AssociateReject;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PduChannel;
import org.veil.net.pdu.PduException;
import org.veil.net.pdu.PduHeader;
import org.veil.net.pdu.PduType;
import org.veil.net.pdu.UserInformation;

/** One association on the acceptor's side, from A-ASSOCIATE-RQ to release or abort. */
final class AssociationAcceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AssociationAcceptor.class);
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    private final NetOptions options;
    private final AcceptPolicy policy;
    private final StorageHandler storage;
    private final DicomServer.Counts counts;

    AssociationAcceptor(NetOptions options, AcceptPolicy policy, StorageHandler storage, DicomServer.Counts counts) {
        this.options = options;
        this.policy = policy;
        this.storage = storage;
        this.counts = counts;
    }

    void serve(Socket socket) {
        Association association;
        try {
            association = negotiate(socket);
        } catch (IOException e) {
            counts.rejected.incrementAndGet();
            LOG.info("association request refused: {}", e.getMessage());
            return;
        }
        if (association == null) {
            return;
        }
        counts.accepted.incrementAndGet();
        String caller = association.callingAe();
        long stored = 0;
        try {
            IncomingCommand in;
            while ((in = association.readCommand()) != null) {
                if (handle(association, in)) {
                    stored++;
                }
            }
            LOG.info("association from {} released: {} instance(s) stored", caller, stored);
        } catch (IOException e) {
            counts.aborted.incrementAndGet();
            association.abort();
            LOG.info("association from {} ended: {} ({} instance(s) stored)", caller, e.getMessage(), stored);
        }
    }

    void reject(Socket socket, AssociateReject why) {
        try {
            socket.setSoTimeout((int) options.artimTimeout().toMillis());
            PduChannel channel = new PduChannel(socket.getInputStream(), socket.getOutputStream(), socket);
            PduHeader h = channel.readHeader();
            channel.skip(h.length());
            channel.write(AssociateCodec.encode(why));
        } catch (IOException ignored) {
            // the peer learns of the rejection or of the closed connection
        }
        counts.rejected.incrementAndGet();
        LOG.info("association request rejected: {}", why.describe());
    }

    private Association negotiate(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) options.artimTimeout().toMillis());
        PduChannel channel = new PduChannel(socket.getInputStream(), socket.getOutputStream(), socket);
        PduHeader h;
        try {
            h = channel.readHeader();
        } catch (SocketTimeoutException e) {
            throw new AssociationException("no A-ASSOCIATE-RQ within " + options.artimTimeout().toSeconds() + " s");
        } catch (PduException e) {
            channel.writeAbort(2, e.abortReason());
            throw new AssociationException(e.getMessage());
        }
        if (h.type() != PduType.ASSOCIATE_RQ) {
            channel.writeAbort(2, PduException.UNEXPECTED_PDU);
            throw new AssociationException("the first PDU was " + h.type() + ", not A-ASSOCIATE-RQ");
        }
        AssociateRequest rq;
        try {
            rq = AssociateCodec.decodeRequest(channel.readBody(h));
        } catch (PduException e) {
            channel.writeAbort(2, e.abortReason());
            throw new AssociationException("malformed A-ASSOCIATE-RQ: " + e.getMessage());
        }
        AssociateReject reject = policy.check(rq);
        if (reject != null) {
            channel.write(AssociateCodec.encode(reject));
            counts.rejected.incrementAndGet();
            LOG.info("association from {} to {} rejected: {}", rq.callingAe(), rq.calledAe(), reject.describe());
            return null;
        }
        AssociateAccept ac = new AssociateAccept(rq.calledAe(), rq.callingAe(), rq.applicationContext(),
                policy.negotiate(rq.contexts()), new UserInformation(options.maxPduLength(),
                Implementation.CLASS_UID, Implementation.VERSION_NAME, policy.roles(rq.user().roles())));
        channel.write(AssociateCodec.encode(ac));
        return new Association(socket, channel, rq, ac, options, rq.user().maxPduLength());
    }

    /** Answers one command; true when an instance was stored. */
    private boolean handle(Association a, IncomingCommand in) throws IOException {
        Command rq = in.command();
        int field = rq.field();
        if (field == CommandField.C_ECHO_RQ) {
            respond(a, in, CommandField.C_ECHO_RSP, Status.SUCCESS);
            return false;
        }
        if (field == CommandField.C_STORE_RQ) {
            return store(a, in);
        }
        if (rq.hasDataSet()) {
            a.readDataSet(in, null);
        }
        respond(a, in, (field | 0x8000) & 0xFFFF, Status.UNRECOGNIZED_OPERATION);
        return false;
    }

    private boolean store(Association a, IncomingCommand in) throws IOException {
        Command rq = in.command();
        String iuid = rq.text(Command.AFFECTED_SOP_INSTANCE_UID);
        String cuid = rq.text(Command.AFFECTED_SOP_CLASS_UID);
        if (!rq.hasDataSet()) {
            respond(a, in, CommandField.C_STORE_RSP, Status.CANNOT_UNDERSTAND);
            return false;
        }
        if (iuid == null || cuid == null || !UID.matcher(iuid).matches() || iuid.length() > 64) {
            a.readDataSet(in, null);
            counts.failed.incrementAndGet();
            respond(a, in, CommandField.C_STORE_RSP, Status.CANNOT_UNDERSTAND);
            return false;
        }
        StorageHandler.Instance instance = storage.open(new StorageHandler.StoreRequest(a.callingAe(),
                a.request().calledAe(), cuid, iuid, a.transferSyntax(in.context())));
        int status;
        try {
            a.readDataSet(in, instance.out());
            status = instance.commit();
        } catch (IOException | RuntimeException e) {
            instance.discard();
            if (a.isClosed()) {
                throw e;
            }
            counts.failed.incrementAndGet();
            respond(a, in, CommandField.C_STORE_RSP, Status.OUT_OF_RESOURCES);
            return false;
        }
        if (status == Status.SUCCESS) {
            counts.stored.incrementAndGet();
        } else {
            counts.failed.incrementAndGet();
        }
        respond(a, in, CommandField.C_STORE_RSP, status);
        return status == Status.SUCCESS;
    }

    private static void respond(Association a, IncomingCommand in, int field, int status) throws IOException {
        Command rq = in.command();
        Command rsp = new Command().us(Command.COMMAND_FIELD, field)
                .us(Command.MESSAGE_ID_BEING_RESPONDED_TO, rq.number(Command.MESSAGE_ID, 0))
                .us(Command.COMMAND_DATA_SET_TYPE, Command.NO_DATA_SET).us(Command.STATUS, status);
        String cuid = rq.text(Command.AFFECTED_SOP_CLASS_UID);
        if (cuid != null) {
            rsp.ui(Command.AFFECTED_SOP_CLASS_UID, cuid);
        }
        String iuid = rq.text(Command.AFFECTED_SOP_INSTANCE_UID);
        if (iuid != null) {
            rsp.ui(Command.AFFECTED_SOP_INSTANCE_UID, iuid);
        }
        a.sendCommand(in.context(), rsp);
    }
}
