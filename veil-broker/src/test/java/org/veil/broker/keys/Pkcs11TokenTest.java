package org.veil.broker.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStoreException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditMessageWriter;
import org.veil.broker.delivery.DeliveryManifest;
import org.veil.broker.delivery.DeliverySeal;
import org.veil.deid.pseudo.DateShifter;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.IdPseudonymizer;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.deid.pseudo.UidOptions;
import org.veil.deid.pseudo.UidPseudonymizer;
import org.veil.testkit.SoftHsm;

/**
 * The project key in a SoftHSM2 token made by the test: generated inside, imported, not extractable, wrong PIN; the
 * delivery signing key generated inside the token, signing there, checked without it.
 */
class Pkcs11TokenTest {
    private static Map<String, Path> tokens;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTokens() {
        tokens = SoftHsm.tokens("generated", "imported", "badpin", "signing", "signing-fails");
    }

    private PasswordSource pin() throws Exception {
        return TokenPin.file(Files.writeString(dir.resolve("pin"), SoftHsm.PIN + "\n"));
    }

    @Test
    void create_keyGeneratedInToken_everyObjectSensitiveAndNotExtractable() throws Exception {
        Pkcs11Token token = new Pkcs11Token(tokens.get("generated"));
        ProjectKey created = token.create(pin());
        ProjectKey loaded = new Pkcs11Token(tokens.get("generated")).load(pin());
        assertEquals(created.fingerprint(), loaded.fingerprint());
        byte[] message = "MRN424242".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(created.subkeys().hmac(KeyPurpose.PATIENT_ID, message),
                loaded.subkeys().hmac(KeyPurpose.PATIENT_ID, message));
        assertThrows(IllegalStateException.class, loaded::secretBytes);
        Path config = tokens.get("generated");
        java.util.List<String> audit = Files.readAllLines(config.resolveSibling(config.getFileName()
                + org.veil.broker.audit.AuditMessageWriter.SUFFIX));
        String last = audit.get(audit.size() - 1); // the config file outlives a test run
        assertTrue(last.contains("csd-code=\"110129\"") && last.contains(created.fingerprint()), last);

        assertOnlyLockedKeys(tokens.get("generated"), created.fingerprint());
        KeystoreException second = assertThrows(KeystoreException.class, () -> token.create(pin()));
        assertEquals("the PKCS#11 token of " + tokens.get("generated") + " already holds Veil key "
                + created.fingerprint() + "; refusing to add a second key", second.getMessage());
    }

    @Test
    void importKey_fileKey_samePseudonymsUidsDateShiftsAndFingerprint() throws Exception {
        byte[] secret = new byte[ProjectKey.LENGTH];
        Arrays.fill(secret, (byte) 0x3C);
        secret[0] = 7;
        ProjectKey file = ProjectKey.of(secret);
        new Pkcs11Token(tokens.get("imported")).importKey(pin(), file);
        ProjectKey token = new Pkcs11Token(tokens.get("imported")).load(pin());

        assertEquals(file.fingerprint(), token.fingerprint());
        assertEquals(file.keyId(), token.keyId());
        PatientKey patient = PatientKey.of("HOSP", "MRN424242");
        assertEquals(new IdPseudonymizer(file.subkeys(), IdOptions.defaults()).patientId(patient),
                new IdPseudonymizer(token.subkeys(), IdOptions.defaults()).patientId(patient));
        assertEquals(new IdPseudonymizer(file.subkeys(), IdOptions.defaults()).patientName(patient),
                new IdPseudonymizer(token.subkeys(), IdOptions.defaults()).patientName(patient));
        assertEquals(new DateShifter(file.subkeys(), ShiftRange.DEFAULT).offsetDays(patient),
                new DateShifter(token.subkeys(), ShiftRange.DEFAULT).offsetDays(patient));
        String uid = "1.2.840.113619.2.55.3.604688119.969.1234567890.123";
        assertEquals(new UidPseudonymizer(file.subkeys(), UidOptions.defaults()).map(uid).valueOrThrow(),
                new UidPseudonymizer(token.subkeys(), UidOptions.defaults()).map(uid).valueOrThrow());
        byte[] message = "any message".getBytes(StandardCharsets.US_ASCII);
        for (KeyPurpose p : KeyPurpose.values()) {
            assertArrayEquals(file.subkeys().hmac(p, message), token.subkeys().hmac(p, message), p.label());
        }
        assertOnlyLockedKeys(tokens.get("imported"), file.fingerprint());
        printThroughput(file, token);
    }

    /** The token holds the PRK and one subkey per purpose as token objects, none of them readable. */
    private static void assertOnlyLockedKeys(Path config, String fingerprint) throws Exception {
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, SoftHsm.PIN.toCharArray());
        List<String> aliases = Collections.list(store.aliases());
        assertEquals(1 + KeyPurpose.values().length, aliases.size(), aliases.toString());
        assertTrue(aliases.contains("veil-key-" + fingerprint), aliases.toString());
        for (String alias : aliases) {
            Key key = store.getKey(alias, null);
            assertNull(key.getEncoded(), alias);
            // SunPKCS11 describes a secret key from its CKA_TOKEN, CKA_SENSITIVE and CKA_EXTRACTABLE attributes
            assertTrue(key.toString().contains("token object, sensitive, unextractable"), key.toString());
        }
    }

    @Test
    void signingKey_generatedInToken_notExtractable_sealVerifiesWithoutTheToken() throws Exception {
        Pkcs11Token token = new Pkcs11Token(tokens.get("signing"));
        ProjectKey project = token.create(pin());
        TokenSigningKey signer = token.signingKey(pin());
        assertEquals(project.fingerprint(), signer.projectKey());
        assertNull(signer.key().getEncoded(), "the private key cannot be read out of the token");
        // SunPKCS11 describes a key from its CKA_TOKEN, CKA_SENSITIVE and CKA_EXTRACTABLE attributes
        assertTrue(signer.key().toString().contains("token object, sensitive, unextractable"), signer.key().toString());
        TokenSigningKey again = new Pkcs11Token(tokens.get("signing")).signingKey(pin());
        assertArrayEquals(signer.certificate().getEncoded(), again.certificate().getEncoded(), "created once");
        assertTrue(again.key().toString().contains("token object, sensitive, unextractable"), again.key().toString());

        Path delivery = Files.createDirectories(dir.resolve("out/series"));
        Files.writeString(delivery.resolve("a.dcm"), "first");
        Files.writeString(delivery.resolve("b.dcm"), "second");
        Path out = dir.resolve("out");
        DeliverySeal.seal(out, new DeliveryManifest.Context(project.fingerprint(), "test", "abc", null), again,
                new AuditMessageWriter(dir.resolve("audit.xml")));
        DeliverySeal.Check intact = DeliverySeal.check(out, signer.certificate());
        assertTrue(intact.intact(), intact.problems().toString());
        assertEquals(2, intact.files());

        Files.writeString(delivery.resolve("b.dcm"), "changed");
        DeliverySeal.Check tampered = DeliverySeal.check(out, signer.certificate());
        assertEquals(List.of("series/b.dcm: changed since the delivery was sealed"), tampered.problems());
    }

    /**
     * The token generated the signing pair but its entry could not be stored (failure injected before and after the
     * key store wrote): the private key, a token object from generation on, is removed again and the message says
     * so. It used to stay in the token without a certificate, invisible to the key store.
     */
    @Test
    void signingKey_entryCannotBeStored_generatedKeyRemovedAndSaid() throws Exception {
        TokenSession s = TokenSession.open(tokens.get("signing-fails"), pin());
        String fingerprint = "00112233aabbccdd";
        long before = SoftHsm.objects();
        TokenSigningKey.EntryStore refused = (store, alias, key, chain) -> {
            throw new KeyStoreException("injected: the token has no room for the certificate");
        };
        TokenSigningKey.EntryStore storedThenFailed = (store, alias, key, chain) -> {
            store.setKeyEntry(alias, key, null, chain);
            throw new KeyStoreException("injected: failed after storing");
        };
        for (TokenSigningKey.EntryStore failing : List.of(refused, storedThenFailed)) {
            KeystoreException e = assertThrows(KeystoreException.class,
                    () -> TokenSigningKey.loadOrCreate(s, fingerprint, "Veil project " + fingerprint, failing));
            assertTrue(e.getMessage().startsWith("cannot store the new delivery signing key in the token ("
                    + tokens.get("signing-fails") + "): injected: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; the key pair generated for it was removed from the token"),
                    e.getMessage());
            assertEquals(before, SoftHsm.objects(), "objects left in the token");
        }
        TokenSigningKey made = TokenSigningKey.loadOrCreate(s, fingerprint, "Veil project " + fingerprint);
        assertEquals(before + 2, SoftHsm.objects(), "the private key and its certificate");
        assertNull(made.key().getEncoded());
    }

    @Test
    void load_wrongPin_sentenceNamingThePinSource() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-pin"), "not-the-pin\n");
        KeystoreException e = assertThrows(KeystoreException.class,
                () -> new Pkcs11Token(tokens.get("badpin")).load(TokenPin.file(bad)));
        assertEquals("wrong PIN for the PKCS#11 token of " + tokens.get("badpin") + " (PIN from file " + bad
                + "); the token may lock after a few wrong PINs", e.getMessage());
        assertFalse(e.getMessage().contains("not-the-pin"));
    }

    @Test
    void load_missingConfig_namesTheFile() {
        Path missing = dir.resolve("none.cfg");
        KeystoreException e = assertThrows(KeystoreException.class,
                () -> new Pkcs11Token(missing).load(TokenPin.file(missing)));
        assertEquals(missing + ": no PKCS#11 configuration there", e.getMessage());
    }

    /** Throughput of Subkeys.hmac in the token and in software, printed for docs/keys.md (not asserted). */
    private static void printThroughput(ProjectKey file, ProjectKey token) {
        byte[] message = "HOSP\u0000MRN424242".getBytes(StandardCharsets.US_ASCII);
        int n = 5000;
        for (ProjectKey key : List.of(file, token, file, token)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                key.subkeys().hmac(KeyPurpose.PATIENT_ID, message);
            }
            double perSecond = n / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("HMAC-SHA256 throughput, %s: %.0f per second%n",
                    key.equals(file) ? "software (PKCS#12 key)" : "SoftHSM2 token", perSecond);
        }
    }
}
