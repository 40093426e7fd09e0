package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.Implementation;
import org.veil.net.dimse.Command;
import org.veil.net.dimse.CommandField;
import org.veil.net.pdu.AssociateCodec;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PresentationContext;
import org.veil.net.pdu.UserInformation;

/**
 * Hostile and broken peers: each gets a clear rejection or an A-ABORT, nothing is written from a broken transfer, no
 * temporary file or association is left behind, and the server goes on serving.
 */
class BadPeerTest {
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    @TempDir
    Path dir;

    private NetFixture server(int maxAssociations) throws IOException {
        NetOptions options = NetOptions.of("VEIL").withIdleTimeout(Duration.ofSeconds(1))
                .withArtimTimeout(Duration.ofSeconds(2));
        return new NetFixture(dir.resolve("spool"), Set.of(), maxAssociations, options);
    }

    @Test
    void unknownPduType_isAborted() throws Exception {
        try (NetFixture scp = server(4); Socket s = connect(scp)) {
            s.getOutputStream().write(new byte[] {0x55, 0, 0, 0, 0, 4, 1, 2, 3, 4});
            assertAbort(s.getInputStream(), 1);
        }
    }

    @Test
    void associateRequestWithALyingLength_isAbortedWithoutAllocating() throws Exception {
        try (NetFixture scp = server(4); Socket s = connect(scp)) {
            s.getOutputStream().write(new byte[] {1, 0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 0, 1});
            assertAbort(s.getInputStream(), 6);
        }
    }

    @Test
    void peerStopsInTheMiddleOfAPdv_nothingWritten_noTemporaryFileLeft() throws Exception {
        try (NetFixture scp = server(4); Socket s = connect(scp)) {
            associate(s);
            OutputStream out = s.getOutputStream();
            byte[] command = new Command().ui(Command.AFFECTED_SOP_CLASS_UID, CT)
                    .us(Command.COMMAND_FIELD, CommandField.C_STORE_RQ).us(Command.MESSAGE_ID, 1)
                    .us(Command.PRIORITY, 0).us(Command.COMMAND_DATA_SET_TYPE, 0)
                    .ui(Command.AFFECTED_SOP_INSTANCE_UID, "1.2.3.4.5").encode();
            out.write(pdata(1, 3, command, command.length));
            byte[] partial = pdata(1, 2, new byte[994], 994);
            out.write(partial, 0, 6 + 6 + 10);
            out.flush();
            assertAbort(s.getInputStream(), 0);
            waitUntilIdle(scp);
            assertEquals(List.of(), scp.spooled());
            assertEquals(List.of(), scp.leftovers());
        }
    }

    @Test
    void pdvLongerThanItsPdu_isAborted() throws Exception {
        try (NetFixture scp = server(4); Socket s = connect(scp)) {
            associate(s);
            byte[] bad = pdata(1, 3, new byte[20], 20);
            ByteBuffer.wrap(bad).putInt(6, 5000);
            s.getOutputStream().write(bad);
            assertAbort(s.getInputStream(), 6);
        }
    }

    @Test
    void flood_beyondTheLimit_isRejectedTransiently_andTheServerRecovers() throws Exception {
        try (NetFixture scp = server(2)) {
            Requestor requestor = new Requestor(NetOptions.of("FLOOD"));
            List<PresentationContext> echo = List.of(new PresentationContext(1, AcceptPolicy.VERIFICATION,
                    List.of("1.2.840.10008.1.2")));
            Association first = requestor.open(scp.remote(), echo);
            Association second = requestor.open(scp.remote(), echo);
            AssociationException refused = assertThrows(AssociationException.class,
                    () -> requestor.open(scp.remote(), echo));
            assertTrue(refused.getMessage().contains("local limit exceeded"), refused.getMessage());
            first.release();
            second.release();
            waitUntilIdle(scp);
            try (Association again = requestor.open(scp.remote(), echo)) {
                assertEquals(0, new DimseClient(again).echo());
                again.release();
            }
            waitUntilIdle(scp);
            assertEquals(0, scp.server.active());
        }
    }

    @Test
    void aBurstWithinTheLimit_onceEveryWorkerThreadExists_isAcceptedWhole() throws Exception {
        // regression: associations were handed to the worker threads through a queue of one; once the pool had all
        // its threads, a burst arriving at once (a PACS opening several associations) was partly rejected as "local
        // limit exceeded" although within the limit
        int max = 4;
        try (NetFixture scp = server(max)) {
            Requestor requestor = new Requestor(NetOptions.of("BURST"));
            List<PresentationContext> echo = List.of(new PresentationContext(1, AcceptPolicy.VERIFICATION,
                    List.of("1.2.840.10008.1.2")));
            for (int i = 0; i < max; i++) { // one after the other: the pool starts all its threads
                requestor.open(scp.remote(), echo).release();
                waitUntilIdle(scp);
            }
            for (int round = 0; round < 3; round++) {
                List<Socket> burst = new java.util.ArrayList<>();
                for (int i = 0; i < max; i++) { // all connected before any speaks: accepted back to back
                    burst.add(connect(scp));
                }
                for (Socket s : burst) {
                    associate(s); // A-ASSOCIATE-AC, not RJ
                }
                for (Socket s : burst) {
                    s.close();
                }
                waitUntilIdle(scp);
            }
            assertEquals(0, scp.server.counts().rejected());
        }
    }

    @Test
    void silentPeer_afterConnecting_isDroppedByArtim() throws Exception {
        try (NetFixture scp = server(4); Socket s = connect(scp)) {
            s.setSoTimeout(10_000);
            assertEquals(-1, s.getInputStream().read(), "closed without a word after the ARTIM timeout");
            waitUntilIdle(scp);
            assertEquals(1, scp.server.counts().rejected());
        }
    }

    private static Socket connect(NetFixture scp) throws IOException {
        Socket s = new Socket("127.0.0.1", scp.port);
        s.setSoTimeout(10_000);
        return s;
    }

    private static void associate(Socket s) throws IOException {
        AssociateRequest rq = new AssociateRequest("VEIL", "RAW", AssociateRequest.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContext(1, CT, List.of(EXPLICIT_LE))),
                new UserInformation(16384, Implementation.CLASS_UID, null, List.of()));
        s.getOutputStream().write(AssociateCodec.encode(rq));
        DataInputStream in = new DataInputStream(s.getInputStream());
        assertEquals(2, in.readUnsignedByte(), "A-ASSOCIATE-AC");
        in.readUnsignedByte();
        in.skipNBytes(in.readInt());
    }

    private static byte[] pdata(int context, int control, byte[] data, int length) {
        ByteBuffer b = ByteBuffer.allocate(12 + length);
        b.put((byte) 4).put((byte) 0).putInt(6 + length).putInt(2 + length).put((byte) context).put((byte) control);
        b.put(data, 0, length);
        return b.array();
    }

    /** Reads until an A-ABORT arrives and checks its reason (PS3.8 Table 9-26). */
    private static void assertAbort(InputStream raw, int reason) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        int type = in.readUnsignedByte();
        assertEquals(7, type, "A-ABORT");
        in.readUnsignedByte();
        assertEquals(4, in.readInt());
        in.readUnsignedShort();
        int source = in.readUnsignedByte();
        assertEquals(2, source, "aborted by the service provider");
        assertEquals(reason, in.readUnsignedByte());
    }

    private static void waitUntilIdle(NetFixture scp) throws InterruptedException {
        for (int i = 0; i < 100 && scp.server.active() > 0; i++) {
            Thread.sleep(50);
        }
    }
}
