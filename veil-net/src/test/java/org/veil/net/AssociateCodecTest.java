package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.net.dimse.Command;
import org.veil.net.dimse.CommandField;
import org.veil.net.pdu.AssociateAccept;
import org.veil.net.pdu.AssociateCodec;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PduException;
import org.veil.net.pdu.PresentationContext;
import org.veil.net.pdu.PresentationResult;
import org.veil.net.pdu.RoleSelection;
import org.veil.net.pdu.UserInformation;

/** A-ASSOCIATE PDUs and DIMSE command sets round-trip, and hostile lengths are refused with their offset. */
class AssociateCodecTest {
    private static final UserInformation USER = new UserInformation(16384, "1.2.3.4", "TEST_1",
            List.of(new RoleSelection("1.2.840.10008.5.1.4.1.1.2", true, false)));

    @Test
    void request_roundTrip() throws Exception {
        AssociateRequest rq = new AssociateRequest("VEIL", "MODALITY", AssociateRequest.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContext(1, "1.2.840.10008.1.1", List.of("1.2.840.10008.1.2")),
                        new PresentationContext(3, "1.2.840.10008.5.1.4.1.1.2",
                                List.of("1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.1"))), USER);
        byte[] pdu = AssociateCodec.encode(rq);
        assertEquals(1, pdu[0]);
        assertEquals(pdu.length - 6, ((pdu[2] & 0xFF) << 24) | ((pdu[3] & 0xFF) << 16) | ((pdu[4] & 0xFF) << 8)
                | (pdu[5] & 0xFF));
        assertEquals(rq, AssociateCodec.decodeRequest(Arrays.copyOfRange(pdu, 6, pdu.length)));
    }

    @Test
    void accept_roundTrip() throws Exception {
        AssociateAccept ac = new AssociateAccept("VEIL", "MODALITY", AssociateRequest.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationResult(1, 0, "1.2.840.10008.1.2"), new PresentationResult(3, 3, "")), USER);
        byte[] pdu = AssociateCodec.encode(ac);
        assertEquals(ac, AssociateCodec.decodeAccept(Arrays.copyOfRange(pdu, 6, pdu.length)));
    }

    @Test
    void request_itemLengthBeyondTheBody_refusedWithOffset() {
        AssociateRequest rq = new AssociateRequest("VEIL", "MODALITY", AssociateRequest.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContext(1, "1.2.840.10008.1.1", List.of("1.2.840.10008.1.2"))), USER);
        byte[] body = Arrays.copyOfRange(AssociateCodec.encode(rq), 6, AssociateCodec.encode(rq).length);
        body[68 + 2] = (byte) 0xFF;
        body[68 + 3] = (byte) 0xFF;
        PduException e = assertThrows(PduException.class, () -> AssociateCodec.decodeRequest(body));
        assertTrue(e.getMessage().contains("@72: needs 65535 bytes"), e.getMessage());
        assertEquals(PduException.INVALID_PARAMETER_VALUE, e.abortReason());
    }

    @Test
    void command_roundTrip_groupLengthFirst() throws Exception {
        Command c = new Command().ui(Command.AFFECTED_SOP_CLASS_UID, "1.2.840.10008.1.1")
                .us(Command.COMMAND_FIELD, CommandField.C_ECHO_RQ).us(Command.MESSAGE_ID, 7)
                .us(Command.COMMAND_DATA_SET_TYPE, Command.NO_DATA_SET);
        byte[] bytes = c.encode();
        assertEquals(0, bytes[0] | bytes[1] | bytes[2] | bytes[3], "(0000,0000) first");
        assertEquals(bytes.length - 12, bytes[8] & 0xFF, "group length counts what follows it");
        Command back = Command.decode(bytes);
        assertEquals(CommandField.C_ECHO_RQ, back.field());
        assertEquals(7, back.number(Command.MESSAGE_ID, -1));
        assertEquals("1.2.840.10008.1.1", back.text(Command.AFFECTED_SOP_CLASS_UID));
    }

    @Test
    void command_lyingLength_refused() {
        byte[] bytes = new Command().us(Command.COMMAND_FIELD, 1).encode();
        bytes[16] = 0x7F;
        PduException e = assertThrows(PduException.class, () -> Command.decode(bytes));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    @Test
    void command_elementOutsideGroupZero_refused() {
        byte[] bytes = {0x08, 0x00, 0x16, 0x00, 2, 0, 0, 0, '1', 0};
        PduException e = assertThrows(PduException.class, () -> Command.decode(bytes));
        assertTrue(e.getMessage().contains("(0008,0016) is not of the command group"), e.getMessage());
    }
}
