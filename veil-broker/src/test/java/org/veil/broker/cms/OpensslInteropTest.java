package org.veil.broker.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.testkit.Tool;

/** Cross-check with OpenSSL's cms command, in both directions (skipped without openssl, failed on CI). */
class OpensslInteropTest {
    private static TestCertificates.Recipient recipient;
    @TempDir
    Path dir;
    private final byte[] plaintext = new byte[3000];
    private Path key;
    private Path cert;

    @BeforeAll
    static void keys() throws Exception {
        recipient = TestCertificates.rsa("Veil Broker");
    }

    @BeforeEach
    void files() throws IOException {
        Tool.require("openssl");
        new SecureRandom().nextBytes(plaintext);
        key = dir.resolve("key.pem");
        cert = dir.resolve("cert.pem");
        Files.writeString(key, pem(recipient.keys().getPrivate()));
        Files.writeString(cert, pem(recipient.certificate()));
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(KeyTransport.class)
    void opensslDecrypt_ourEnvelopedData_samePlaintext(KeyTransport transport) throws IOException {
        Path in = dir.resolve("enc.der");
        Path out = dir.resolve("plain.bin");
        Files.write(in, new AttributeEncryptor(recipient.certificate(),
                new CmsOptions(ContentCipher.AES_256_CBC, transport)).encrypt(plaintext));
        Tool.Result result = Tool.run(Duration.ofSeconds(60), "openssl", "cms", "-decrypt", "-binary", "-inform",
                "DER", "-in", in.toString(), "-inkey", key.toString(), "-recip", cert.toString(), "-out",
                out.toString());
        assertTrue(result.ok(), result.stderr());
        assertArrayEquals(plaintext, Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-aes128", "-aes256", "-des3"})
    void decrypt_opensslEnvelopedData_samePlaintext(String cipher) throws IOException {
        Path in = dir.resolve("plain.bin");
        Path out = dir.resolve("enc.der");
        Files.write(in, plaintext);
        Tool.Result result = Tool.run(Duration.ofSeconds(60), "openssl", "cms", "-encrypt", "-binary", cipher,
                "-outform", "DER", "-in", in.toString(), "-out", out.toString(), cert.toString());
        assertTrue(result.ok(), result.stderr());
        byte[] decrypted = new AttributeDecryptor(recipient.keys().getPrivate(), recipient.certificate())
                .decrypt(Files.readAllBytes(out));
        assertArrayEquals(plaintext, decrypted);
    }
}
