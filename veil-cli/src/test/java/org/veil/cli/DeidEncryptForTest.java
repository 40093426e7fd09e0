package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;
import org.veil.testkit.Tool;

/**
 * {@code veil deid --encrypt-for CERT.pem}: every output carries an Encrypted Attributes Sequence that OpenSSL can
 * open with the recipient's private key, and the plaintext holds the original Patient ID (skipped without openssl,
 * which CI always has).
 */
class DeidEncryptForTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int ENCRYPTED_ATTRIBUTES = 0x04000500;
    private static final int ENCRYPTED_CONTENT = 0x04000520;

    @TempDir
    Path dir;

    @Test
    void deid_encryptFor_outputsCarryOriginalsOnlyTheRecipientCanRead() throws Exception {
        Tool.require("openssl");
        Path key = dir.resolve("recipient.key");
        Path cert = dir.resolve("recipient.pem");
        Tool.Result made = Tool.run(Duration.ofSeconds(60), "openssl", "req", "-x509", "-newkey", "rsa:2048",
                "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-subj", "/CN=veil test recipient",
                "-days", "2");
        assertTrue(made.ok(), made.stderr());
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        Dataset header = SyntheticImage.header(seed, SPEC, 0, 0, 0, 0);
        String patientId = DatasetView.of(header).string(0x00100020);
        SyntheticWriter.write(in.resolve("IMG0"), header, SPEC, seed);
        Path out = dir.resolve("out");
        assertEquals(0, ChildVeil.run(dir.resolve("log"), Map.of(), "deid", in.toString(), out.toString(),
                "--encrypt-for", cert.toString()));

        List<Path> outputs = DeidReferencesTest.outputs(out);
        assertEquals(1, outputs.size());
        Dataset ds = DicomReader.read(outputs.get(0)).dataset();
        DataElement seq = ds.get(ENCRYPTED_ATTRIBUTES);
        assertNotNull(seq, "Encrypted Attributes Sequence (0400,0500)");
        byte[] content = seq.sequence().get(0).get(ENCRYPTED_CONTENT).bytes();
        Path der = dir.resolve("content.der");
        Files.write(der, content);
        Path plain = dir.resolve("plain.bin");
        Tool.Result opened = Tool.run(Duration.ofSeconds(60), "openssl", "cms", "-decrypt", "-binary", "-inform",
                "DER", "-in", der.toString(), "-inkey", key.toString(), "-recip", cert.toString(), "-out",
                plain.toString());
        assertTrue(opened.ok(), opened.stderr());
        assertTrue(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1).contains(patientId),
                "the encrypted item holds the original Patient ID");
        assertTrue(!new String(Files.readAllBytes(outputs.get(0)), StandardCharsets.ISO_8859_1).contains(patientId),
                "the output itself does not");
    }

    @Test
    void deid_encryptForNotACertificate_usageError() throws Exception {
        Path bogus = dir.resolve("bogus.pem");
        Files.writeString(bogus, "not a certificate\n");
        Files.createDirectories(dir.resolve("in"));
        assertEquals(Veil.USAGE, ChildVeil.run(dir.resolve("log"), Map.of(), "deid", dir.resolve("in").toString(),
                dir.resolve("out").toString(), "--encrypt-for", bogus.toString()));
        assertTrue(Files.readString(dir.resolve("log")).contains("--encrypt-for"));
    }
}
