package org.veil.broker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.delivery.DeliveryManifest;
import org.veil.broker.delivery.DeliverySeal;
import org.veil.broker.delivery.SigningKeyFile;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.reid.ReIdentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.xml.sax.SAXException;

/** Every DICOM Audit Message Veil writes validates against the PS3.15 A.5.1 structure (test resource schema). */
class AuditMessageSchemaTest {
    private static final String PASSWORD = "correct horse battery";
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(AuditMessageSchemaTest.class.getResource("/audit/audit-message.xsd"));
    }

    @Test
    void keyCreation_writesValidSecurityAlert() throws IOException, SAXException {
        Path keystore = dir.resolve("project.p12");
        ProjectKey key = new KeystoreFile(keystore).create(password());
        List<String> messages = validLines(dir.resolve("project.p12" + AuditMessageWriter.SUFFIX));
        assertEquals(1, messages.size());
        String m = messages.get(0);
        assertTrue(m.contains("csd-code=\"110113\""), m);
        assertTrue(m.contains("csd-code=\"110129\""), m);
        assertTrue(m.contains("ParticipantObjectID=\"" + key.fingerprint() + "\""), m);
    }

    @Test
    void reidentification_writesValidPatientRecord_withoutOriginalOrReason() throws IOException, SAXException {
        ProjectKey key = ProjectKey.random();
        try (LinkageStore store = LinkageStore.openH2(dir.resolve("linkage"), LinkageOptions.of(key.fingerprint()))) {
            store.record(new PatientLink("HOSP", "ORIGINAL-12345", "PSEUDO1", -42));
            AuditLog log = AuditLog.open(dir.resolve("k.p12.audit.jsonl"), key);
            ReIdentifier reid = new ReIdentifier(key, store, log);
            reid.patient("PSEUDO1", "ticket 42: tumour board");
            reid.patient("NOBODY", "ticket 43");
            reid.study("2.25.999", "ticket 44");
        }
        List<String> messages = validLines(dir.resolve("k.p12" + AuditMessageWriter.SUFFIX));
        assertEquals(3, messages.size());
        assertTrue(messages.get(0).contains("csd-code=\"110110\""), messages.get(0));
        assertTrue(messages.get(0).contains("EventOutcomeIndicator=\"0\""), messages.get(0));
        assertTrue(messages.get(0).contains("ParticipantObjectID=\"PSEUDO1\""), messages.get(0));
        assertTrue(messages.get(1).contains("EventOutcomeIndicator=\"4\""), messages.get(1));
        assertTrue(messages.get(2).contains("csd-code=\"110180\""), messages.get(2));
        String all = String.join("\n", messages);
        assertFalse(all.contains("ORIGINAL-12345"), all);
        assertFalse(all.contains("HOSP"), all);
        assertFalse(all.contains("tumour"), all);
    }

    @Test
    void deliverySeal_writesValidExport() throws Exception {
        Path delivery = Files.createDirectories(dir.resolve("out"));
        Files.writeString(delivery.resolve("a.dcm"), "x");
        SigningKeyFile signer = SigningKeyFile.loadOrCreate(dir.resolve("sign.p12"), PASSWORD.toCharArray(),
                "Veil test");
        AuditMessageWriter audit = new AuditMessageWriter(dir.resolve("k.p12" + AuditMessageWriter.SUFFIX));
        DeliverySeal.seal(delivery, new DeliveryManifest.Context("0123456789abcdef", "0.1", "abc", null), signer,
                audit);
        List<String> messages = validLines(audit.file());
        assertEquals(1, messages.size());
        String m = messages.get(0);
        assertTrue(m.contains("csd-code=\"110106\""), m);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(delivery.resolve(DeliveryManifest.FILE))));
        assertTrue(m.contains("ParticipantObjectID=\"" + digest + "\""), m);
    }

    @Test
    void messageWithoutEventId_failsValidation() {
        AuditMessage message = AuditMessages.keyCreated("0123456789abcdef", "PKCS#12 keystore", Instant.now());
        String xml = AuditMessageWriter.xml(message);
        String broken = xml.replaceFirst("<EventID [^>]*/>", "");
        assertFalse(broken.equals(xml), "the test must remove the EventID element");
        SAXException e = assertThrows(SAXException.class, () -> validate(broken));
        assertTrue(e.getMessage().contains("EventID"), e.getMessage());
    }

    @Test
    void outcomeOutsideValueSet_failsValidation() {
        String xml = AuditMessageWriter.xml(AuditMessages.keyCreated("0123456789abcdef", "keystore", Instant.now()))
                .replace("EventOutcomeIndicator=\"0\"", "EventOutcomeIndicator=\"3\"");
        assertThrows(SAXException.class, () -> validate(xml));
    }

    private static List<String> validLines(Path file) throws IOException, SAXException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            validate(line);
        }
        return lines;
    }

    private static void validate(String xml) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private PasswordSource password() throws IOException {
        Path file = dir.resolve("password");
        Files.writeString(file, PASSWORD);
        return PasswordSource.file(file);
    }
}
