package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.Workloads;
import org.veil.testkit.DcmQrScp;
import org.veil.testkit.Orthanc;
import org.veil.testkit.Tool;

/**
 * Orthanc on both sides of the gateway, as in docs/gateway.md: {@code veil retrieve} moves studies by Patient ID from
 * a source Orthanc (C-FIND, C-MOVE) to the gateway, which forwards them de-identified to a research Orthanc, where
 * they appear in the REST API without the original names and IDs.
 */
class GatewayOrthancTest {
    private static final int FILES = 6;

    @TempDir
    Path dir;

    @Test
    void retrieveFromOrthanc_throughTheGateway_intoAnotherOrthanc() throws Exception {
        Tool.require("Orthanc");
        Tool.require("storescu");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Workloads.small(inputs, FILES, 2, 42L);
        List<Path> files;
        try (Stream<Path> s = Files.walk(inputs)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Set<String> patientIds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path f : files) {
            DatasetView ds = DatasetView.of(DicomReader.read(f).dataset());
            patientIds.add(ds.string(0x00100020));
            names.add(ds.string(0x00100010));
        }
        Path ids = dir.resolve("patients.txt");
        Files.write(ids, patientIds);
        Path key = ChildVeil.keyFile(dir, "orthanc-gateway-test-key-32bytes".getBytes());
        int gatewayPort = DcmQrScp.freePort();
        try (Orthanc research = Orthanc.start(dir.resolve("research"), "RESEARCH", Map.of());
             Orthanc pacs = Orthanc.start(dir.resolve("pacs"), "PACS", Map.of("VEIL", gatewayPort));
             GatewayPeers.Child gateway = new GatewayPeers.Child(dir, key, gatewayPort, "--forward",
                     research.address(), "--spool", dir.resolve("spool").toString(), "--allow-calling", "PACS")) {
            List<String> load = new ArrayList<>(List.of("storescu", "-aet", "LOADER", "-aec", "PACS", "127.0.0.1",
                    Integer.toString(pacs.dicomPort())));
            files.forEach(f -> load.add(f.toString()));
            Tool.Result loaded = Tool.run(Duration.ofSeconds(120), load);
            assertTrue(loaded.ok(), loaded.stdout() + loaded.stderr());
            assertEquals(FILES, pacs.instances().size());

            CliRun r = CliRun.of("retrieve", "--pacs", pacs.address(), "--move-to", "VEIL", "--patient-ids",
                    ids.toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("2 of 2 studies arrived complete (" + FILES + " instances moved)"), r.out());

            List<String> arrived = research.awaitInstances(FILES);
            assertEquals(FILES, arrived.size(), gateway.log());
            for (String id : arrived) {
                String tags = research.get("/instances/" + id + "/simplified-tags");
                for (String original : patientIds) {
                    assertFalse(tags.contains(original), "an original Patient ID reached the research archive");
                }
                for (String name : names) {
                    assertFalse(tags.contains(name), "an original name reached the research archive");
                }
            }
            assertEquals(143, gateway.stop());
            assertTrue(gateway.log().contains("received " + FILES + ", de-identified " + FILES), gateway.log());
        }
    }
}
