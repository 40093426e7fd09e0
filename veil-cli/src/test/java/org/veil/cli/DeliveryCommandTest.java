package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.testkit.Tool;

/**
 * Signed delivery records: a sealed demo delivery verifies (also against the signer certificate, and with OpenSSL);
 * a changed, removed or added file, an edited manifest, or another signer is reported and exits 1.
 */
class DeliveryCommandTest {
    @TempDir
    Path dir;

    Path keystore;
    Path password;
    Path out;


    @BeforeEach
    void sealedDemo() throws Exception {
        password = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        keystore = dir.resolve("project.p12");
        assertEquals(Veil.OK, CliRun.of("keys", "init", "--keystore", keystore.toString(), "--password-file",
                password.toString()).exit());
        out = dir.resolve("out");
        CliRun demo = CliRun.of("demo", "--input", Path.of("..", "demo", "input").toString(), "--output",
                out.toString());
        assertEquals(Veil.OK, demo.exit(), demo.err());
        CliRun seal = CliRun.of("delivery", "seal", out.toString(), "--keystore", keystore.toString(),
                "--password-file", password.toString(), "--risk-k", "2");
        assertEquals(Veil.OK, seal.exit(), seal.out() + seal.err());
        assertTrue(seal.out().startsWith("sealed "), seal.out());
    }

    private List<Path> dicomFiles() throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    /**
     * The keystore password typed at the prompt serves the whole run: the project key and the signing key beside the
     * keystore (it was asked three times: the key, then the key again and the signing key when sealing).
     */
    @Test
    void deidSeal_keystorePasswordTypedAtThePrompt_askedOnce() throws Exception {
        Path in = dir.resolve("in");
        org.veil.synth.Workloads.small(in, 2, 1, org.veil.synth.Workloads.SEED);
        Path sealed = dir.resolve("sealed");
        ConsoleVeil.Result r = ConsoleVeil.run("Keystore password: ", Files.readString(password).strip(), "deid",
                in.toString(), sealed.toString(), "--keystore", keystore.toString(), "--seal");
        assertEquals(Veil.OK, r.exit(), r.terminal());
        assertTrue(r.terminal().contains("sealed 2 files"), r.terminal());
        assertEquals(1, r.prompts(), r.terminal());
    }

    @Test
    void keyCreationAndSeal_areDicomAuditMessagesBesideTheKeystore() throws Exception {
        List<String> messages = Files.readAllLines(dir.resolve("project.p12.audit-messages.xml"));
        assertEquals(2, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).contains("csd-code=\"110113\""), messages.get(0));
        assertTrue(messages.get(1).contains("csd-code=\"110106\""), messages.get(1));
    }

    @Test
    void verify_intact_alsoAgainstTheCertificate_andWithOpenssl() throws Exception {
        assertEquals(Veil.OK, CliRun.of("delivery", "verify", out.toString()).exit());
        CliRun cert = CliRun.of("delivery", "cert", "--keystore", keystore.toString(), "--password-file",
                password.toString());
        Path pem = Files.writeString(dir.resolve("signer.pem"), cert.out());
        CliRun trusted = CliRun.of("delivery", "verify", out.toString(), "--trust", pem.toString());
        assertEquals(Veil.OK, trusted.exit(), trusted.out());
        assertTrue(trusted.out().startsWith("INTACT: "), trusted.out());
        String manifest = Files.readString(out.resolve("DELIVERY-MANIFEST.json"));
        assertTrue(manifest.contains("\"riskK\""), "the measured k is recorded");
        assertTrue(manifest.contains("\"keyFingerprint\""));
        Tool.require("openssl");
        Tool.Result ssl = Tool.run(Duration.ofSeconds(60), "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", out.resolve("DELIVERY-MANIFEST.json.p7s").toString(), "-content",
                out.resolve("DELIVERY-MANIFEST.json").toString(), "-CAfile", pem.toString(), "-purpose", "any",
                "-out", dir.resolve("checked.json").toString());
        assertTrue(ssl.ok(), ssl.stderr());
    }

    @Test
    void verify_changedMissingAndAddedFiles_areNamed() throws Exception {
        List<Path> files = dicomFiles();
        byte[] bytes = Files.readAllBytes(files.get(0));
        bytes[bytes.length - 1] ^= 1;
        Files.write(files.get(0), bytes);
        Files.delete(files.get(1));
        Files.writeString(out.resolve("extra.txt"), "added later");
        CliRun r = CliRun.of("delivery", "verify", out.toString());
        assertEquals(Veil.PROBLEMS, r.exit());
        assertTrue(r.out().contains(out.relativize(files.get(0)) + ": changed since the delivery was sealed"), r.out());
        assertTrue(r.out().contains(out.relativize(files.get(1)) + ": listed in the manifest but missing"), r.out());
        assertTrue(r.out().contains("extra.txt: not in the manifest"), r.out());
    }

    @Test
    void verify_editedManifest_badSignature() throws Exception {
        Path manifest = out.resolve("DELIVERY-MANIFEST.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"riskK\" : ", "\"riskK\" : 9"));
        CliRun r = CliRun.of("delivery", "verify", out.toString());
        assertEquals(Veil.PROBLEMS, r.exit());
        assertTrue(r.out().contains("signature does not match the manifest"), r.out());
    }

    @Test
    void verify_anotherSigner_isRefusedAgainstTheTrustedCertificate() throws Exception {
        Path otherKeystore = dir.resolve("other.p12");
        CliRun.of("keys", "init", "--keystore", otherKeystore.toString(), "--password-file", password.toString());
        Path otherPem = Files.writeString(dir.resolve("other.pem"), CliRun.of("delivery", "cert", "--keystore",
                otherKeystore.toString(), "--password-file", password.toString()).out());
        CliRun r = CliRun.of("delivery", "verify", out.toString(), "--trust", otherPem.toString());
        assertEquals(Veil.PROBLEMS, r.exit());
        assertTrue(r.out().contains("signed by another key"), r.out());
    }

    @Test
    void verify_unsealedFolder_inputError() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertEquals(Veil.INPUT, CliRun.of("delivery", "verify", plain.toString()).exit());
    }
}
