package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyRecord;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.Workloads;
import org.veil.testkit.Tool;

/**
 * SIGTERM stops the gateway cleanly with a linkage store: the stop hook closes the store after the gateway, so what
 * the store still buffered (the last sightings of links committed earlier) is committed, and nothing is logged. H2's
 * own shutdown hook used to close the database first: the buffered sightings were lost, or their commit failed with
 * "linkage store: rollback failed (SQLState 90121)".
 */
class GatewayStopTest {
    private static final byte[] SECRET = java.util.HexFormat.of().parseHex(
            "5a17c3e90b4d2f6188a0e5d73c19b2f40e6d8a5c7b3f1e2d9c0a4b6e8f7d5c3a");

    @TempDir
    Path dir;

    @Test
    void sigterm_withLinkageStore_noWarningAndLastSightingsCommitted() throws Exception {
        Tool.require("storescu");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Workloads.small(inputs, 3, 1, 31L);
        List<Path> files = dicomFiles(inputs);
        Path key = ChildVeil.keyFile(dir, SECRET);
        String url = "jdbc:h2:file:" + dir.resolve("linkage").toAbsolutePath();
        String log;
        try (GatewayPeers.Archive archive = new GatewayPeers.Archive(dir);
             GatewayPeers.Child gateway = new GatewayPeers.Child(dir, key, "--forward", archive.address(),
                     "--spool", dir.resolve("spool").toString(), "--linkage", url)) {
            // the first instance commits the new links; the later ones, seen later, only add sightings to the buffer
            send(gateway, files.subList(0, 1));
            assertEquals(1, archive.await(1).size(), gateway.log());
            Thread.sleep(50);
            send(gateway, files.subList(1, 3));
            assertEquals(3, archive.await(3).size(), gateway.log());
            assertEquals(143, gateway.stop(), gateway.log()); // SIGTERM: 128 + 15
            log = gateway.log();
        }
        assertTrue(log.contains("veil gateway: stopped; received 3, de-identified 3"), log);
        List<String> problems = log.lines().filter(l -> l.contains("rollback failed") || l.contains("warning:")
                || l.contains("error:") || l.contains("Exception")).toList();
        assertEquals(List.of(), problems, log);
        var dataset = DicomReader.read(files.get(0)).dataset();
        ProjectKey projectKey = ProjectKey.of(SECRET);
        try (LinkageStore store = LinkageStore.open(url, new Properties(), projectKey,
                LinkageOptions.of(projectKey.fingerprint()))) {
            List<PatientRecord> patients = store.patientsById(Deidentifier.patientOf(dataset));
            assertEquals(1, patients.size());
            assertTrue(patients.get(0).lastSeen().isAfter(patients.get(0).firstSeen()), "patient " + patients);
            StudyRecord study = store.studyByUid(DatasetView.of(dataset).string(Tags.StudyInstanceUID)).orElseThrow();
            assertTrue(study.lastSeen().isAfter(study.firstSeen()), "study " + study);
        }
    }

    private static void send(GatewayPeers.Child gateway, List<Path> files) {
        Tool.Result sent = GatewayPeers.storescu(gateway.port, "MODALITY", List.of(), files);
        assertTrue(sent.ok(), sent.stdout() + sent.stderr());
    }

    private static List<Path> dicomFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
