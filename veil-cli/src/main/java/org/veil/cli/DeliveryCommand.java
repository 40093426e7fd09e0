package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.broker.audit.AuditMessageWriter;
import org.veil.broker.delivery.DeliveryManifest;
import org.veil.broker.delivery.DeliverySeal;
import org.veil.broker.delivery.SigningKeyFile;
import org.veil.broker.keys.PasswordUse;
import org.veil.broker.keys.Pkcs11Token;
import org.veil.broker.keys.SigningKey;
import org.veil.broker.keys.TokenSigningKey;
import org.veil.broker.risk.Delivery;
import org.veil.broker.risk.QuasiIdentifier;
import org.veil.broker.risk.RiskReport;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil delivery seal|verify|cert}: signed delivery records (docs/delivery-record.md). */
@Command(name = "delivery", mixinStandardHelpOptions = true,
        description = "Seal a delivery with a signed manifest, or check one.",
        subcommands = {DeliveryCommand.Seal.class, DeliveryCommand.Verify.class, DeliveryCommand.Cert.class})
final class DeliveryCommand {

    /** A delivery signing key and the fingerprint of the project key it signs for. */
    record Signer(SigningKey key, String projectKey) {
    }

    /**
     * The project's delivery signing key: beside its keystore (a PKCS#12 file), or inside its PKCS#11 token, where it
     * is generated and signs without leaving it; created on first use.
     */
    static Signer signer(KeyOptions key) {
        if (key.pkcs11 != null) {
            TokenSigningKey token = new Pkcs11Token(key.required()).signingKey(key.pins());
            return new Signer(token, token.projectKey());
        }
        ProjectKey project = key.load();
        char[] password = key.passwords().password(PasswordUse.OPEN);
        try {
            return new Signer(SigningKeyFile.loadOrCreate(SigningKeyFile.beside(key.required()), password,
                    "Veil project " + project.fingerprint()), project.fingerprint());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** {@code veil delivery seal OUT --keystore FILE|--pkcs11 CONFIG [--risk-k N]}. */
    @Command(name = "seal", mixinStandardHelpOptions = true, description = {"Write DELIVERY-MANIFEST.json (every"
            + " file's size and SHA-256, the run summary, key fingerprint, Veil version and commit, date) and its"
            + " detached CMS signature into OUT, signed with the project's delivery signing key (created on first use"
            + " next to the keystore, or inside the PKCS#11 token with --pkcs11, where it signs without leaving it)."})
    static final class Seal implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OUT", description = "the delivery folder")
        Path delivery;

        @Mixin
        KeyOptions key;

        @Option(names = "--risk-k", paramLabel = "N", description = "also measure k-anonymity (veil risk) and record it")
        Integer riskK;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(delivery)) {
                spec.commandLine().getErr().println("veil delivery seal: " + delivery + " is not a folder");
                return Veil.INPUT;
            }
            Integer k = null;
            if (riskK != null) {
                k = RiskReport.of(Delivery.scan(delivery), List.of(QuasiIdentifier.values()), null, riskK).k();
            }
            return seal(key, delivery, k, out) ? Veil.OK : Veil.PROBLEMS;
        }
    }

    /**
     * Seals {@code delivery} with the signing key of {@code key} (recording {@code riskK} when not null), checks the
     * result and prints one line; also what {@code veil deid --seal} calls when its run ends.
     *
     * @return true when the sealed delivery checks intact
     */
    static boolean seal(KeyOptions key, Path delivery, Integer riskK, PrintWriter out) throws IOException {
        Signer signer = signer(key);
        BuildInfo build = BuildInfo.load();
        DeliverySeal.seal(delivery, new DeliveryManifest.Context(signer.projectKey(), build.release(),
                build.commit(), riskK), signer.key(), AuditMessageWriter.besideKeystore(key.required()));
        DeliverySeal.Check check = DeliverySeal.check(delivery, signer.key().certificate());
        out.println("sealed " + check.files() + " files; signer certificate SHA-256 " + check.signerFingerprint());
        out.flush();
        return check.intact();
    }

    /** {@code veil delivery verify OUT [--trust CERT.pem]}. */
    @Command(name = "verify", mixinStandardHelpOptions = true, description = {"Check a sealed delivery: the"
            + " manifest's signature (against --trust when given) and every file against the manifest.",
            "Exit 0 intact, 1 changed, missing or added files or a bad signature, 3 no manifest."})
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OUT", description = "the delivery folder")
        Path delivery;

        @Option(names = "--trust", paramLabel = "CERT.pem", description = "the signer certificate you were given")
        Path trust;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            DeliverySeal.Check check;
            try {
                check = DeliverySeal.check(delivery, trust == null ? null : certificate(trust));
            } catch (IOException e) {
                spec.commandLine().getErr().println("veil delivery verify: " + e.getMessage());
                return Veil.INPUT;
            }
            check.problems().forEach(p -> out.println("PROBLEM " + p));
            out.println((check.intact() ? "INTACT: " : "NOT INTACT: ") + check.files() + " files in the manifest; "
                    + "signer certificate SHA-256 " + check.signerFingerprint()
                    + (trust == null ? " (compare it with the one you were given)" : ""));
            out.flush();
            return check.intact() ? Veil.OK : Veil.PROBLEMS;
        }

        private static X509Certificate certificate(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IOException(file + ": not an X.509 certificate", e);
            }
        }
    }

    /** {@code veil delivery cert --keystore FILE|--pkcs11 CONFIG}: the signer certificate (PEM) for recipients. */
    @Command(name = "cert", mixinStandardHelpOptions = true,
            description = "Print the delivery signing certificate (PEM), to give to recipients.")
    static final class Cert implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws GeneralSecurityException {
            SigningKey signer = signer(key).key();
            PrintWriter out = spec.commandLine().getOut();
            out.println("-----BEGIN CERTIFICATE-----");
            out.println(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(signer.certificate().getEncoded()));
            out.println("-----END CERTIFICATE-----");
            out.flush();
            return Veil.OK;
        }
    }
}
