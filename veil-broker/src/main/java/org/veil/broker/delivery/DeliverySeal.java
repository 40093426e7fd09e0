package org.veil.broker.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.ProviderException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.broker.audit.AuditMessageWriter;
import org.veil.broker.audit.AuditMessages;
import org.veil.broker.keys.SigningKey;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a delivery (writes {@link DeliveryManifest#FILE} and its detached CMS signature, which
 * {@code openssl cms -verify} also checks) and checks a sealed delivery: the signature, the signer against a trusted
 * certificate when one is given, and every file against the manifest (changed, missing and unlisted files).
 */
public final class DeliverySeal {
    private DeliverySeal() {
    }

    /** The outcome of a check: problems as sentences (empty when intact) and the signer's certificate fingerprint. */
    public record Check(List<String> problems, String signerFingerprint, int files) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /**
     * Writes the manifest and its signature into {@code delivery} (each atomically), then records the seal as a DICOM
     * Audit Message (Export) in {@code audit}; returns the manifest's bytes.
     */
    public static byte[] seal(Path delivery, DeliveryManifest.Context context, SigningKey signer,
                              AuditMessageWriter audit) throws IOException {
        byte[] manifest = DeliveryManifest.build(delivery, context);
        byte[] signature;
        try {
            JcaContentSignerBuilder content = new JcaContentSignerBuilder("SHA256withECDSA");
            if (signer.provider() != null) {
                content.setProvider(signer.provider());
            }
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(content.build(signer.key()), signer.certificate()));
            gen.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            signature = gen.generate(new CMSProcessableByteArray(manifest), false).getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException | ProviderException e) {
            throw new IOException("cannot sign the delivery manifest: " + e.getMessage(), e);
        }
        write(delivery.resolve(DeliveryManifest.FILE), manifest);
        write(delivery.resolve(DeliveryManifest.SIGNATURE), signature);
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manifest));
        } catch (GeneralSecurityException e) {
            throw new IOException("SHA-256 is not available", e);
        }
        int files = DeliveryManifest.parse(manifest).path("files").size();
        audit.write(AuditMessages.deliverySealed(context.keyFingerprint(), digest, files, Instant.now()));
        return manifest;
    }

    /** Checks {@code delivery}; {@code trusted} may be null (the signer's fingerprint is then only reported). */
    public static Check check(Path delivery, X509Certificate trusted) throws IOException {
        List<String> problems = new ArrayList<>();
        Path manifestFile = delivery.resolve(DeliveryManifest.FILE);
        Path signatureFile = delivery.resolve(DeliveryManifest.SIGNATURE);
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(signatureFile)) {
            throw new IOException(delivery + " holds no signed delivery manifest (" + DeliveryManifest.FILE + " and "
                    + DeliveryManifest.SIGNATURE + ")");
        }
        byte[] manifest = Files.readAllBytes(manifestFile);
        String signer = verifySignature(manifest, Files.readAllBytes(signatureFile), trusted, problems);
        var root = DeliveryManifest.parse(manifest);
        Set<String> listed = new HashSet<>();
        for (var entry : root.path("files")) {
            String rel = entry.path("path").asText();
            listed.add(rel);
            Path f = delivery.resolve(rel).normalize();
            if (!f.startsWith(delivery.normalize()) || !Files.isRegularFile(f)) {
                problems.add(rel + ": listed in the manifest but missing");
            } else if (Files.size(f) != entry.path("size").asLong()
                    || !DeliveryManifest.sha256(f).equals(entry.path("sha256").asText())) {
                problems.add(rel + ": changed since the delivery was sealed");
            }
        }
        for (Path f : DeliveryManifest.deliveredFiles(delivery)) {
            String rel = DeliveryManifest.relative(delivery, f);
            if (!listed.contains(rel)) {
                problems.add(rel + ": not in the manifest (added after sealing)");
            }
        }
        return new Check(List.copyOf(problems), signer, listed.size());
    }

    private static String verifySignature(byte[] manifest, byte[] signature, X509Certificate trusted,
                                          List<String> problems) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = signed.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                problems.add("the signature carries no signer certificate");
                return null;
            }
            X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
            boolean valid;
            try {
                valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                valid = false;
            }
            if (!valid) {
                problems.add("the manifest's signature does not match the manifest (edited after sealing)");
            }
            String fingerprint = fingerprint(holder.getEncoded());
            if (trusted != null && !fingerprint.equals(fingerprint(trusted.getEncoded()))) {
                problems.add("the manifest was signed by another key than the trusted certificate");
            }
            return fingerprint;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException
                 | RuntimeException e) {
            problems.add("the manifest's signature cannot be checked: it is damaged or does not match");
            return null;
        }
    }

    /** SHA-256 of a certificate's DER, as colon-free hex: what a recipient compares out of band. */
    public static String fingerprint(byte[] der) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".seal-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
