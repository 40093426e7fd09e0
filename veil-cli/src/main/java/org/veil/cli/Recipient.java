package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.veil.broker.cms.AttributeEncryptor;
import org.veil.broker.cms.CmsOptions;
import org.veil.deid.engine.AttributeProtector;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import org.veil.dicom.io.FailureText;

/** The recipient of the Encrypted Attributes Sequence: an X.509 certificate file (PEM or DER) named by the user. */
final class Recipient {
    private Recipient() {
    }

    /** The protector encrypting for the certificate in {@code file}; a usage error when it cannot be used. */
    static AttributeProtector load(Path file, CommandSpec spec) {
        try (InputStream in = Files.newInputStream(file)) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return new AttributeEncryptor(cert, CmsOptions.DEFAULT);
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encrypt-for " + file + ": not a usable recipient "
                    + "certificate (" + FailureText.of(e) + ")");
        }
    }
}
