package org.veil.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.function.Consumer;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.net.dimse.Command;
import org.veil.net.dimse.CommandField;
import org.veil.net.dimse.Status;

/** The SCU side of C-ECHO, C-STORE, C-FIND and C-MOVE on an open association (PS3.7 Section 9). */
public final class DimseClient {
    /** Study Root Query/Retrieve Information Model - FIND. */
    public static final String STUDY_ROOT_FIND = "1.2.840.10008.5.1.4.1.2.2.1";
    /** Study Root Query/Retrieve Information Model - MOVE. */
    public static final String STUDY_ROOT_MOVE = "1.2.840.10008.5.1.4.1.2.2.2";

    private final Association association;

    public DimseClient(Association association) {
        this.association = association;
    }

    /** C-ECHO; returns the status. */
    public int echo() throws IOException {
        int pc = require(AcceptPolicy.VERIFICATION);
        Command rq = request(CommandField.C_ECHO_RQ, AcceptPolicy.VERIFICATION, false);
        association.sendCommand(pc, rq);
        return response(rq).status();
    }

    /** C-STORE of a data set read from {@code data}, already in the context's transfer syntax; returns the status. */
    public int store(int context, String sopClass, String sopInstance, InputStream data) throws IOException {
        Command rq = request(CommandField.C_STORE_RQ, sopClass, true).ui(Command.AFFECTED_SOP_INSTANCE_UID,
                sopInstance).us(Command.PRIORITY, 0);
        association.sendCommand(context, rq);
        association.sendDataSet(context, data);
        return response(rq).status();
    }

    /** C-FIND (Study Root): every matching identifier goes to {@code matches}; returns the final status. */
    public int find(Dataset keys, Consumer<Dataset> matches) throws IOException {
        int pc = require(STUDY_ROOT_FIND);
        TransferSyntax ts = TransferSyntax.of(association.transferSyntax(pc));
        Command rq = request(CommandField.C_FIND_RQ, STUDY_ROOT_FIND, true).us(Command.PRIORITY, 0);
        association.sendCommand(pc, rq);
        association.sendDataSet(pc, new ByteArrayInputStream(encode(keys, ts)));
        while (true) {
            IncomingCommand in = readResponse(rq);
            Command rsp = in.command();
            if (rsp.hasDataSet()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                association.readDataSet(in, bytes);
                if (Status.isPending(rsp.status())) {
                    matches.accept(decode(bytes.toByteArray(), ts));
                }
            }
            if (!Status.isPending(rsp.status())) {
                return rsp.status();
            }
        }
    }

    /** What a C-MOVE achieved. */
    public record MoveResult(int status, int completed, int failed, int warning) {
    }

    /** C-MOVE (Study Root) of what {@code keys} select to the AE {@code destination}. */
    public MoveResult move(Dataset keys, String destination) throws IOException {
        int pc = require(STUDY_ROOT_MOVE);
        TransferSyntax ts = TransferSyntax.of(association.transferSyntax(pc));
        Command rq = request(CommandField.C_MOVE_RQ, STUDY_ROOT_MOVE, true).us(Command.PRIORITY, 0)
                .text(Command.MOVE_DESTINATION, destination);
        association.sendCommand(pc, rq);
        association.sendDataSet(pc, new ByteArrayInputStream(encode(keys, ts)));
        while (true) {
            IncomingCommand in = readResponse(rq);
            Command rsp = in.command();
            if (rsp.hasDataSet()) {
                association.readDataSet(in, null);
            }
            if (!Status.isPending(rsp.status())) {
                return new MoveResult(rsp.status(), rsp.number(Command.COMPLETED_SUB_OPERATIONS, 0),
                        rsp.number(Command.FAILED_SUB_OPERATIONS, 0), rsp.number(Command.WARNING_SUB_OPERATIONS, 0));
            }
        }
    }

    private int require(String abstractSyntax) throws AssociationException {
        int pc = association.contextFor(abstractSyntax, null);
        if (pc == 0) {
            throw new AssociationException("the peer did not accept " + abstractSyntax);
        }
        return pc;
    }

    private Command request(int field, String sopClass, boolean dataSet) {
        return new Command().ui(Command.AFFECTED_SOP_CLASS_UID, sopClass).us(Command.COMMAND_FIELD, field)
                .us(Command.MESSAGE_ID, association.nextMessageId())
                .us(Command.COMMAND_DATA_SET_TYPE, dataSet ? 0 : Command.NO_DATA_SET);
    }

    private Command response(Command rq) throws IOException {
        IncomingCommand in = readResponse(rq);
        if (in.command().hasDataSet()) {
            association.readDataSet(in, null);
        }
        return in.command();
    }

    private IncomingCommand readResponse(Command rq) throws IOException {
        IncomingCommand in = association.readCommand();
        if (in == null) {
            throw new AssociationException("the peer released the association before answering");
        }
        Command rsp = in.command();
        if (rsp.field() != (rq.field() | 0x8000)
                || rsp.number(Command.MESSAGE_ID_BEING_RESPONDED_TO, -1) != rq.number(Command.MESSAGE_ID, -2)) {
            association.abort();
            throw new AssociationException(String.format("unexpected answer 0x%04X to request 0x%04X",
                    rsp.field(), rq.field()));
        }
        return in;
    }

    static byte[] encode(Dataset keys, TransferSyntax ts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(keys, ts, Channels.newChannel(out), WriteOptions.SequenceEncoding.UNDEFINED);
        return out.toByteArray();
    }

    static Dataset decode(byte[] bytes, TransferSyntax ts) throws IOException {
        try (DicomReader r = DicomReader.openDataset(new ByteArrayInputStream(bytes), "C-FIND response", ts,
                ReadLimits.DEFAULT)) {
            return r.readDataset();
        }
    }
}
