package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;
import org.veil.testkit.Tool;

/**
 * {@code veil decrypt}: the recipient of {@code veil deid --encrypt-for} gets the original attributes back with
 * Veil itself (before, only GDCM's {@code gdcmanon -d} could); a wrong key and a file without (0400,0500) give their
 * exit codes with a sentence.
 */
class DecryptCommandTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);

    @TempDir
    Path dir;

    Path key;
    Path cert;
    Path output;
    String patientId;
    String patientName;

    @BeforeEach
    void deidentifyForARecipient() throws Exception {
        Tool.require("openssl");
        key = recipient("alice");
        cert = dir.resolve("alice.pem");
        Dataset header = SyntheticImage.header(7L, SPEC, 0, 0, 0, 0);
        patientId = DatasetView.of(header).string(0x00100020);
        patientName = DatasetView.of(header).string(0x00100010);
        Path in = dir.resolve("in");
        SyntheticWriter.write(in.resolve("IMG0"), header, SPEC, 7L);
        Path out = dir.resolve("out");
        assertEquals(0, ChildVeil.run(dir.resolve("deid.log"), Map.of(), "deid", in.toString(), out.toString(),
                "--encrypt-for", cert.toString()));
        List<Path> outputs = DeidReferencesTest.outputs(out);
        assertEquals(1, outputs.size());
        output = outputs.get(0);
    }

    private Path recipient(String name) throws Exception {
        Path k = dir.resolve(name + ".key");
        Tool.Result made = Tool.run(Duration.ofSeconds(60), "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", k.toString(), "-out", dir.resolve(name + ".pem").toString(), "-subj", "/CN=" + name,
                "-days", "2");
        assertTrue(made.ok(), made.stderr());
        return k;
    }


    @Test
    void decrypt_printsTheOriginalAttributes() throws Exception {
        assertFalse(DatasetView.of(DicomReader.read(output).dataset()).string(0x00100020).equals(patientId));
        CliRun r = CliRun.of("decrypt", output.toString(), "--key", key.toString(), "--cert",
                cert.toString());
        assertEquals(Veil.OK, r.exit(), r.err());
        assertTrue(r.out().contains(patientId), r.out());
        assertTrue(r.out().contains("PatientName"), r.out());
    }

    @Test
    void decryptOutput_restoresTheOriginalsIntoTheInstance() throws Exception {
        Path restored = dir.resolve("restored.dcm");
        CliRun r = CliRun.of("decrypt", output.toString(), "--key", key.toString(), "--cert",
                cert.toString(), "-o", restored.toString());
        assertEquals(Veil.OK, r.exit(), r.err());
        Dataset ds = DicomReader.read(restored).dataset();
        assertEquals(patientId, DatasetView.of(ds).string(0x00100020));
        assertEquals(patientName, DatasetView.of(ds).string(0x00100010));
        assertFalse(ds.contains(0x04000500), "the encrypted sequence is consumed");
    }

    @Test
    void decrypt_wrongKey_brokerExitWithASentence() throws Exception {
        Path bob = recipient("bob");
        CliRun r = CliRun.of("decrypt", output.toString(), "--key", bob.toString(), "--cert",
                dir.resolve("bob.pem").toString());
        assertEquals(Veil.BROKER, r.exit(), r.err());
        assertTrue(r.err().contains("no recipient for"), r.err());
        assertFalse(r.err().contains(patientId));
    }

    @Test
    void decrypt_fileWithoutEncryptedAttributes_problemsExit() throws Exception {
        Path plain = dir.resolve("plain.dcm");
        SyntheticWriter.write(plain, SyntheticImage.header(8L, SPEC, 0, 0, 0, 0), SPEC, 8L);
        CliRun r = CliRun.of("decrypt", plain.toString(), "--key", key.toString(), "--cert",
                cert.toString());
        assertEquals(Veil.PROBLEMS, r.exit(), r.err());
        assertTrue(r.err().contains("no Encrypted Attributes Sequence (0400,0500)"), r.err());
    }
}
