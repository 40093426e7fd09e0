package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.net.dimse.Status;
import org.veil.net.pdu.PresentationContext;
import org.veil.testkit.Tool;

/**
 * C-FIND and C-MOVE (Study Root) from Veil against dcmtk's dcmqrscp on loopback: the study is found by Patient ID,
 * and moved to Veil's own SCP, which receives every instance.
 */
class QueryRetrieveTest {
    private static final int QUERY_LEVEL = 0x00080052;
    private static final int PATIENT_ID = 0x00100020;
    private static final int STUDY_UID = 0x0020000D;
    private static final int STUDY_INSTANCES = 0x00201208;

    @TempDir
    Path dir;

    @Test
    void findByPatientId_thenMoveTheStudy_toVeil() throws Exception {
        Tool.require("dcmqrscp");
        Tool.require("dcmqridx");
        Path db = Files.createDirectories(dir.resolve("db"));
        Path series = org.veil.testkit.Corpus.root().resolveSibling("deface").resolve("colin27-ctlike");
        List<String> index = new ArrayList<>(List.of("dcmqridx", db.toString()));
        for (int i = 1; i <= 5; i++) {
            Path copy = db.resolve(String.format("CT%04d.dcm", i));
            Files.copy(series.resolve(copy.getFileName()), copy);
            index.add(copy.toString());
        }
        assertTrue(Tool.run(Duration.ofSeconds(60), index).ok());
        try (NetFixture veil = NetFixture.start(dir.resolve("spool"))) {
            int qrPort = NetFixture.freePort();
            Path config = dir.resolve("qr.cfg");
            Files.writeString(config, "NetworkTCPPort = " + qrPort + "\nMaxPDUSize = 16384\nMaxAssociations = 4\n"
                    + "HostTable BEGIN\nveil = (VEIL, 127.0.0.1, " + veil.port + ")\nHostTable END\n"
                    + "VendorTable BEGIN\nVendorTable END\n"
                    + "AETable BEGIN\nQRSCP " + db + " RW (200, 1024mb) ANY\nAETable END\n");
            Process qr = new ProcessBuilder("dcmqrscp", "-s", "-c", config.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("qr.log").toFile()).start();
            try {
                DcmtkInteropTest.waitForPort(qrPort);
                RemoteAe pacs = new RemoteAe("QRSCP", "127.0.0.1", qrPort);
                Requestor requestor = new Requestor(NetOptions.of("VEIL"));
                List<PresentationContext> contexts = List.of(
                        new PresentationContext(1, DimseClient.STUDY_ROOT_FIND, List.of("1.2.840.10008.1.2.1")),
                        new PresentationContext(3, DimseClient.STUDY_ROOT_MOVE, List.of("1.2.840.10008.1.2.1")));
                List<Dataset> studies = new ArrayList<>();
                DimseClient.MoveResult moved;
                try (Association a = requestor.open(pacs, contexts)) {
                    DimseClient client = new DimseClient(a);
                    Dataset keys = new Dataset();
                    DatasetView k = DatasetView.of(keys);
                    k.putString(QUERY_LEVEL, VR.CS, "STUDY");
                    k.putString(PATIENT_ID, VR.LO, "DF27-00417");
                    k.putString(STUDY_UID, VR.UI, "");
                    k.putString(STUDY_INSTANCES, VR.IS, "");
                    assertEquals(Status.SUCCESS, client.find(keys, studies::add));
                    assertEquals(1, studies.size());
                    String studyUid = DatasetView.of(studies.get(0)).string(STUDY_UID);
                    Dataset move = new Dataset();
                    DatasetView.of(move).putString(QUERY_LEVEL, VR.CS, "STUDY");
                    DatasetView.of(move).putString(STUDY_UID, VR.UI, studyUid);
                    moved = client.move(move, "VEIL");
                    a.release();
                }
                assertEquals(Status.SUCCESS, moved.status(), Files.readString(dir.resolve("qr.log")));
                assertEquals(5, moved.completed());
                assertEquals(0, moved.failed());
                assertEquals(5, veil.spooled().size());
            } finally {
                qr.destroy();
                qr.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
