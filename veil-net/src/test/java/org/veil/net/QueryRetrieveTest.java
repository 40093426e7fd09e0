package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.dimse.Status;
import org.veil.testkit.Corpus;
import org.veil.testkit.DcmQrScp;

/**
 * C-FIND and C-MOVE (Study Root) from Veil against dcmtk's dcmqrscp on loopback: the study is found by Patient ID,
 * with the PACS's instance count, and moved to Veil's own SCP, which receives every instance.
 */
class QueryRetrieveTest {
    @TempDir
    Path dir;

    static List<Path> headSlices(int n) {
        Path series = Corpus.root().resolveSibling("deface").resolve("colin27-ctlike");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            files.add(series.resolve(String.format("CT%04d.dcm", i)));
        }
        return files;
    }

    @Test
    void findByPatientId_thenMoveTheStudy_toVeil() throws Exception {
        try (NetFixture veil = NetFixture.start(dir.resolve("spool"));
             DcmQrScp pacs = DcmQrScp.start(dir, "QRSCP", headSlices(5), Map.of("VEIL", veil.port))) {
            StudyRetriever retriever = new StudyRetriever(new Requestor(NetOptions.of("VEIL")),
                    RemoteAe.parse(pacs.address()));
            List<StudyRetriever.Study> studies = retriever.find(List.of(
                    new StudyRetriever.Query("DF27-00417", null, null, null),
                    new StudyRetriever.Query("NOBODY-HERE", null, null, null)));
            assertEquals(1, studies.size());
            assertEquals(5, studies.get(0).instances(), "counted on the PACS (dcmqrscp does not fill (0020,1208))");
            List<StudyRetriever.Outcome> moved = retriever.move(studies, "VEIL");
            assertEquals(Status.SUCCESS, moved.get(0).move().status());
            assertEquals(5, moved.get(0).move().completed());
            assertTrue(moved.get(0).complete());
            assertEquals(5, veil.spooled().size());
        }
    }

    @Test
    void moveToAnUnknownDestination_isReportedIncomplete() throws Exception {
        try (DcmQrScp pacs = DcmQrScp.start(dir, "QRSCP", headSlices(2), Map.of("OTHER", DcmQrScp.freePort()))) {
            StudyRetriever retriever = new StudyRetriever(new Requestor(NetOptions.of("VEIL")),
                    RemoteAe.parse(pacs.address()));
            List<StudyRetriever.Study> studies = retriever.find(List.of(
                    new StudyRetriever.Query(null, null, "19980101-19981231", null)));
            assertEquals(1, studies.size());
            StudyRetriever.Outcome o = retriever.move(studies, "NOWHERE").get(0);
            assertTrue(!o.complete(), "status " + Integer.toHexString(o.move().status()));
        }
    }
}
