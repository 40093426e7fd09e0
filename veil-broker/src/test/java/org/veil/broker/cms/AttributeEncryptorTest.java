package org.veil.broker.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeEncryptorTest {
    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    private static final String RSAES_OAEP = "1.2.840.113549.1.1.7";
    private static TestCertificates.Recipient alice;
    private static TestCertificates.Recipient bob;
    private final byte[] plaintext = new byte[10_000];

    @BeforeAll
    static void keys() throws Exception {
        alice = TestCertificates.rsa("Alice Broker");
        bob = TestCertificates.rsa("Bob Other");
    }

    AttributeEncryptorTest() {
        new SecureRandom().nextBytes(plaintext);
    }

    private static AttributeDecryptor decryptor(TestCertificates.Recipient r) {
        return new AttributeDecryptor(r.keys().getPrivate(), r.certificate());
    }

    @ParameterizedTest
    @CsvSource({"AES_256_CBC,RSA_PKCS1_V1_5,2.16.840.1.101.3.4.1.42," + RSA_ENCRYPTION,
        "AES_128_CBC,RSA_PKCS1_V1_5,2.16.840.1.101.3.4.1.2," + RSA_ENCRYPTION,
        "AES_192_CBC,RSA_OAEP_SHA256,2.16.840.1.101.3.4.1.22," + RSAES_OAEP,
        "AES_256_CBC,RSA_OAEP_SHA256,2.16.840.1.101.3.4.1.42," + RSAES_OAEP})
    void encrypt_options_namedAlgorithmsAndRoundTrip(ContentCipher cipher, KeyTransport transport, String cipherOid,
            String transportOid) throws Exception {
        byte[] encrypted = new AttributeEncryptor(alice.certificate(), new CmsOptions(cipher, transport))
                .encrypt(plaintext);
        CMSEnvelopedData data = new CMSEnvelopedData(encrypted);
        assertEquals(cipherOid, data.getEncryptionAlgOID());
        RecipientInformation recipient = data.getRecipientInfos().getRecipients().iterator().next();
        assertEquals(transportOid, recipient.getKeyEncryptionAlgOID());
        assertEquals(1, data.getRecipientInfos().size());
        assertArrayEquals(plaintext, decryptor(alice).decrypt(encrypted));
    }

    @Test
    void encrypt_default_isDerEncoded() throws Exception {
        byte[] encrypted = new AttributeEncryptor(alice.certificate(), CmsOptions.DEFAULT).encrypt(plaintext);
        byte[] der = new CMSEnvelopedData(encrypted).toASN1Structure().getEncoded("DER");
        assertArrayEquals(der, encrypted);
    }

    @Test
    void encrypt_twice_differentCiphertext() {
        AttributeEncryptor encryptor = new AttributeEncryptor(alice.certificate(), CmsOptions.DEFAULT);
        assertFalse(Arrays.equals(encryptor.encrypt(plaintext), encryptor.encrypt(plaintext)));
    }

    @Test
    void encrypt_emptyPlaintext_roundTrip() {
        byte[] encrypted = new AttributeEncryptor(alice.certificate(), CmsOptions.DEFAULT).encrypt(new byte[0]);
        assertArrayEquals(new byte[0], decryptor(alice).decrypt(encrypted));
    }

    @Test
    void decrypt_notAddressedToCertificate_saysSo() {
        byte[] encrypted = new AttributeEncryptor(alice.certificate(), CmsOptions.DEFAULT).encrypt(plaintext);
        var e = assertThrows(EncryptedAttributesException.class, () -> decryptor(bob).decrypt(encrypted));
        assertEquals("Encrypted Content has no recipient for CN=Bob Other (serial "
                + bob.certificate().getSerialNumber() + ")", e.getMessage());
    }

    @Test
    void decrypt_wrongPrivateKey_fails() {
        // Each encryption draws a fresh content key; with a wrong RSA key some fail OAEP decoding and some
        // exceed the wrong modulus. Enough rounds cover both ways a wrong key can fail.
        AttributeDecryptor wrong = new AttributeDecryptor(bob.keys().getPrivate(), alice.certificate());
        for (int round = 0; round < 32; round++) {
            byte[] encrypted = new AttributeEncryptor(alice.certificate(), CmsOptions.DEFAULT).encrypt(plaintext);
            var e = assertThrows(EncryptedAttributesException.class, () -> wrong.decrypt(encrypted));
            assertEquals("cannot decrypt Encrypted Content: wrong private key or damaged content", e.getMessage());
        }
    }

    @Test
    void decrypt_garbage_notEnvelopedData() {
        var e = assertThrows(EncryptedAttributesException.class,
                () -> decryptor(alice).decrypt(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}));
        assertEquals(true, e.getMessage().startsWith("Encrypted Content is not CMS EnvelopedData ("), e.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "3000", "0403010203", "ffffffff",
        "300f06092a864886f70d010701a0020400", "3080", "deadbeefdeadbeefdeadbeefdeadbeef"})
    void decrypt_malformedBytes_reportedNotThrownRaw(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        var e = assertThrows(EncryptedAttributesException.class, () -> decryptor(alice).decrypt(bytes));
        assertEquals(true, e.getMessage().startsWith("Encrypted Content is not CMS EnvelopedData ("), e.getMessage());
    }

    @Test
    void decrypt_tripleDesContent_readAsE12Requires() throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(alice.certificate())
                .setProvider(BouncyCastle.PROVIDER));
        byte[] encrypted = generator.generate(new CMSProcessableByteArray(plaintext),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.DES_EDE3_CBC).setProvider(BouncyCastle.PROVIDER)
                        .build()).getEncoded();
        assertArrayEquals(plaintext, decryptor(alice).decrypt(encrypted));
    }

    @Test
    void constructor_ecCertificate_refused() throws Exception {
        var ec = TestCertificates.ec("EC Recipient");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AttributeEncryptor(ec.certificate(), CmsOptions.DEFAULT));
        assertEquals("the recipient certificate must hold an RSA key, not EC", e.getMessage());
    }
}
