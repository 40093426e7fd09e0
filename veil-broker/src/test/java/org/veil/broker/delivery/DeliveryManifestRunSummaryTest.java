package org.veil.broker.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest records the run summary from veil deid's work folder beside the delivery (issue 17 item 3). */
class DeliveryManifestRunSummaryTest {
    @TempDir
    Path tmp;

    private static final DeliveryManifest.Context CONTEXT = new DeliveryManifest.Context("fp", "0.1", "abc", null);

    @Test
    void summaryInTheWorkFolderBesideTheDelivery_isRecorded_andTheWorkFolderIsNotListed() throws Exception {
        Path delivery = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(delivery.resolve("a.dcm"), "x");
        Files.createDirectories(tmp.resolve("out.veil"));
        Files.writeString(tmp.resolve("out.veil/summary.json"), "{\"written\" : 1}");
        String manifest = new String(DeliveryManifest.build(delivery, CONTEXT), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"runSummarySha256\""), manifest);
        assertTrue(manifest.contains("\"written\" : 1"), manifest);
        assertFalse(manifest.contains("summary.json"), "not a delivered file: " + manifest);
    }

    @Test
    void summaryOfAnOlderRunInsideTheDelivery_stillRecorded() throws Exception {
        Path delivery = Files.createDirectories(tmp.resolve("out/.veil"));
        Files.writeString(delivery.resolve("summary.json"), "{\"written\" : 2}");
        String manifest = new String(DeliveryManifest.build(tmp.resolve("out"), CONTEXT), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"written\" : 2"), manifest);
    }
}
