package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.synth.Workloads;
import org.veil.testkit.SoftHsm;

/** keys init/show/import-to-token, deid and delivery seal with --pkcs11, on SoftHSM2 tokens made by the test. */
class Pkcs11CommandsTest {
    private static Map<String, Path> tokens;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTokens() {
        tokens = SoftHsm.tokens("cli-init", "cli-import", "cli-badpin", "cli-sign", "cli-run-seal",
                "cli-prompt");
    }

    private record Result(String out, String err) {
    }

    private static Result run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Veil.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(expectedExit, code, String.join(" ", args) + "\n" + err);
        return new Result(out.toString(), err.toString());
    }

    private static String runStdout(int expectedExit, String... args) {
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run(expectedExit, args);
        } finally {
            System.setOut(stdout);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path pin() throws Exception {
        return Files.writeString(dir.resolve("pin"), SoftHsm.PIN + "\n");
    }

    @Test
    void keysInit_pkcs11_keyGeneratedInTokenAndShown() throws Exception {
        String cfg = tokens.get("cli-init").toString();
        String created = runStdout(0, "keys", "init", "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(created.startsWith("generated key "), created);
        String fingerprint = created.substring("generated key ".length(), "generated key ".length() + 16);
        String shown = runStdout(0, "keys", "show", "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(shown.contains("fingerprint " + fingerprint), shown);
        Result again = run(Veil.BROKER, "keys", "init", "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(again.err().contains("already holds Veil key " + fingerprint), again.err());
    }

    @Test
    void deid_importedKeyInToken_sameOutputsAsKeystore() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path ks = dir.resolve("project.p12");
        String cfg = tokens.get("cli-import").toString();
        run(0, "keys", "init", "--keystore", ks.toString(), "--password-file", pw.toString());
        String imported = runStdout(0, "keys", "import-to-token", "--keystore", ks.toString(), "--password-file",
                pw.toString(), "--pkcs11", cfg, "--pin-file", pin().toString());
        String fingerprint = new KeystoreFile(ks).load(PasswordSource.file(pw)).fingerprint();
        assertTrue(imported.contains("imported key " + fingerprint), imported);

        Path in = dir.resolve("in");
        Workloads.small(in, 6, 3, Workloads.SEED);
        run(0, "deid", in.toString(), dir.resolve("file").toString(), "--keystore", ks.toString(),
                "--password-file", pw.toString(), "--threads", "2");
        run(0, "deid", in.toString(), dir.resolve("token").toString(), "--pkcs11", cfg, "--pin-file",
                pin().toString(), "--threads", "2");
        Map<String, String> file = TreeDigest.of(dir.resolve("file"), rel -> !rel.startsWith(".veil"));
        assertEquals(6, file.size());
        assertEquals(file, TreeDigest.of(dir.resolve("token"), rel -> !rel.startsWith(".veil")));
        assertEquals(sorted(dir.resolve("file.veil/changes.jsonl")), sorted(dir.resolve("token.veil/changes.jsonl")));
        String shown = runStdout(0, "keys", "show", "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(shown.contains("fingerprint " + fingerprint), shown);
    }

    @Test
    void keysShow_wrongPin_exit4WithSentence() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad"), "not-the-pin\n");
        String cfg = tokens.get("cli-badpin").toString();
        Result r = run(Veil.BROKER, "keys", "show", "--pkcs11", cfg, "--pin-file", bad.toString());
        assertEquals("veil: wrong PIN for the PKCS#11 token of " + cfg + " (PIN from file " + bad + "); the token "
                + "may lock after a few wrong PINs", r.err().strip());
        assertFalse(r.err().contains("not-the-pin"));
    }

    /** keys init --pkcs11; the fingerprint it prints. */
    private String keysInit(String cfg) throws Exception {
        String created = runStdout(0, "keys", "init", "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(created.startsWith("generated key "), created);
        return created.substring("generated key ".length(), "generated key ".length() + 16);
    }

    @Test
    void deliverySeal_pkcs11_signedByTheToken_verifiedWithoutIt_tamperFails() throws Exception {
        String cfg = tokens.get("cli-sign").toString();
        String fingerprint = keysInit(cfg);
        Path out = dir.resolve("out");
        run(0, "demo", "--input", Path.of("..", "demo", "input").toString(), "--output", out.toString());
        Result sealed = run(0, "delivery", "seal", out.toString(), "--pkcs11", cfg, "--pin-file", pin().toString());
        assertTrue(sealed.out().startsWith("sealed "), sealed.out());
        assertTrue(Files.readString(out.resolve("DELIVERY-MANIFEST.json")).contains("\"keyFingerprint\" : \""
                + fingerprint + "\""));
        Path pem = Files.writeString(dir.resolve("signer.pem"),
                run(0, "delivery", "cert", "--pkcs11", cfg, "--pin-file", pin().toString()).out());
        Result verified = run(0, "delivery", "verify", out.toString(), "--trust", pem.toString());
        assertTrue(verified.out().startsWith("INTACT: "), verified.out());
        org.veil.testkit.Tool.require("openssl");
        org.veil.testkit.Tool.Result ssl = org.veil.testkit.Tool.run(java.time.Duration.ofSeconds(60), "openssl",
                "cms", "-verify", "-binary", "-inform", "DER", "-in", out.resolve("DELIVERY-MANIFEST.json.p7s")
                        .toString(), "-content", out.resolve("DELIVERY-MANIFEST.json").toString(), "-CAfile",
                pem.toString(), "-purpose", "any", "-out", dir.resolve("checked.json").toString());
        assertTrue(ssl.ok(), ssl.stderr());
        List<String> messages = Files.readAllLines(Path.of(cfg + ".audit-messages.xml"));
        assertTrue(messages.get(messages.size() - 1).contains("csd-code=\"110106\""), "the seal is audited");

        Path manifest = out.resolve("DELIVERY-MANIFEST.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"fileCount\" : ", "\"fileCount\" : 1"));
        Result tampered = run(Veil.PROBLEMS, "delivery", "verify", out.toString(), "--trust", pem.toString());
        assertTrue(tampered.out().contains("signature does not match the manifest"), tampered.out());
    }

    @Test
    void deidSeal_pkcs11_runWritesASignedRecordWithTheKReached() throws Exception {
        String cfg = tokens.get("cli-run-seal").toString();
        String fingerprint = keysInit(cfg);
        Path in = dir.resolve("in");
        Workloads.small(in, 4, 2, Workloads.SEED);
        Path out = dir.resolve("out");
        Result r = run(0, "deid", in.toString(), out.toString(), "--pkcs11", cfg, "--pin-file", pin().toString(),
                "--k", "1", "--seal");
        assertTrue(r.out().contains("sealed 4 files; signer certificate SHA-256 "), r.out());
        String manifest = Files.readString(out.resolve("DELIVERY-MANIFEST.json"));
        assertTrue(manifest.contains("\"keyFingerprint\" : \"" + fingerprint + "\""), manifest);
        assertTrue(manifest.contains("\"riskK\" : "), manifest);
        assertTrue(manifest.contains("\"runSummarySha256\""), manifest);
        Result verified = run(0, "delivery", "verify", out.toString());
        assertTrue(verified.out().startsWith("INTACT: 4 files"), verified.out());
    }

    /** The PIN typed at the prompt serves the whole run: the project key and the signing key (it was asked twice). */
    @Test
    void deidSeal_pkcs11PinTypedAtThePrompt_askedOnce() throws Exception {
        String cfg = tokens.get("cli-prompt").toString();
        keysInit(cfg);
        Path in = dir.resolve("in");
        Workloads.small(in, 3, 1, Workloads.SEED);
        Path out = dir.resolve("out");
        ConsoleVeil.Result r = ConsoleVeil.run("Token PIN: ", SoftHsm.PIN, "deid", in.toString(), out.toString(),
                "--pkcs11", cfg, "--seal");
        assertEquals(0, r.exit(), r.terminal());
        assertTrue(r.terminal().contains("sealed 3 files"), r.terminal());
        assertEquals(1, r.prompts(), r.terminal());
        assertFalse(r.terminal().contains(SoftHsm.PIN), r.terminal());
    }

    @Test
    void deidSeal_withoutKeyOrWithDryRun_usageError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Result none = run(Veil.USAGE, "deid", in.toString(), dir.resolve("a").toString(), "--seal");
        assertTrue(none.err().contains("--seal needs --keystore FILE or --pkcs11 CONFIG"), none.err());
        Result dry = run(Veil.USAGE, "deid", in.toString(), dir.resolve("b").toString(), "--seal", "--dry-run",
                "--pkcs11", tokens.get("cli-run-seal").toString(), "--pin-file", pin().toString());
        assertTrue(dry.err().contains("--seal cannot be combined with --dry-run"), dry.err());
    }

    @Test
    void deliverySeal_pkcs11WrongPin_exit4WithSentence() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad"), "not-the-pin\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        String cfg = tokens.get("cli-badpin").toString();
        Result r = run(Veil.BROKER, "delivery", "seal", out.toString(), "--pkcs11", cfg, "--pin-file",
                bad.toString());
        assertEquals("veil: wrong PIN for the PKCS#11 token of " + cfg + " (PIN from file " + bad + "); the token "
                + "may lock after a few wrong PINs", r.err().strip());
        assertFalse(Files.exists(out.resolve("DELIVERY-MANIFEST.json")));
    }

    @Test
    void keysShow_keystoreAndPkcs11_usageError() throws Exception {
        Result r = run(Veil.USAGE, "keys", "show", "--keystore", dir.resolve("k.p12").toString(), "--pkcs11",
                tokens.get("cli-init").toString());
        assertTrue(r.err().contains("give --keystore FILE or --pkcs11 CONFIG, not both"), r.err());
    }

    @Test
    void reidentify_noKeyOption_usageErrorNotInternal() {
        Result r = run(Veil.USAGE, "reidentify", "--pseudonym", "P1", "--reason", "check");
        assertTrue(r.err().contains("--keystore FILE or --pkcs11 CONFIG is required"), r.err());
    }

    private static List<String> sorted(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }
}
