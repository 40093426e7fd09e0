package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import org.veil.broker.cms.AttributeDecryptor;
import org.veil.broker.cms.EncryptedAttributesException;
import org.veil.broker.cms.EncryptedAttributesOpener;
import org.veil.broker.cms.RecipientKeyFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.keys.PasswordUse;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dump.DumpOptions;
import org.veil.dicom.dump.TextDumper;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil decrypt FILE --key KEY.pem --cert CERT.pem [-o RESTORED.dcm]}: the recipient's side of
 * {@code veil deid --encrypt-for}. Opens the Encrypted Attributes Sequence (0400,0500) with the recipient's private
 * key and prints the original attributes, or writes the instance with them put back (PS3.15 E.1.2). What it prints
 * or writes is PHI, for the recipient only.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class, sortOptions = false,
        description = {"Open the Encrypted Attributes Sequence (0400,0500) that 'veil deid --encrypt-for' wrote, with"
                + " the recipient's private key.",
                "Prints the original attributes (PHI), or with --output writes the instance with them restored.",
                "The password of an encrypted key comes from $VEIL_KEY_PASSWORD, --password-file or a prompt.",
                "Exit 0 decrypted; 1 the file holds no Encrypted Attributes Sequence; 2 usage; 3 unreadable input;"
                        + " 4 the key cannot open it."})
final class DecryptCommand implements Callable<Integer> {
    static final String KEY_PASSWORD_VARIABLE = "VEIL_KEY_PASSWORD";

    @Parameters(index = "0", paramLabel = "FILE", description = "a de-identified instance with (0400,0500)")
    Path file;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", description = "the recipient's private key (PEM)")
    Path key;

    @Option(names = "--cert", required = true, paramLabel = "CERT.pem",
            description = "the recipient's certificate (PEM or DER), as given to --encrypt-for")
    Path cert;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the restored instance here")
    Path output;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file whose first line is the key password")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DicomFile dicom;
        try {
            dicom = DicomReader.read(file);
        } catch (DicomFormatException e) {
            err.println("veil decrypt: " + e.getMessage());
            return Veil.INPUT;
        }
        AttributeDecryptor decryptor;
        try {
            decryptor = new AttributeDecryptor(RecipientKeyFile.load(key, this::keyPassword), certificate());
        } catch (EncryptedAttributesException e) {
            err.println("veil decrypt: " + e.getMessage());
            return Veil.BROKER;
        }
        Dataset originals;
        try {
            originals = new EncryptedAttributesOpener(decryptor).originals(dicom.dataset(), file.toString());
        } catch (EncryptedAttributesException e) {
            err.println("veil decrypt: " + e.getMessage());
            return e.getMessage().contains("no Encrypted Attributes Sequence") ? Veil.PROBLEMS : Veil.BROKER;
        }
        if (output == null) {
            new TextDumper(out, DumpOptions.DEFAULT).dump(originals);
            out.flush();
            return Veil.OK;
        }
        EncryptedAttributesOpener.restore(dicom.dataset(), originals);
        Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".veil-decrypt", ".tmp");
        try {
            DicomWriter.write(dicom, temp, WriteOptions.DEFAULT);
            Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        err.println("veil decrypt: wrote the restored instance (it holds PHI)");
        return Veil.OK;
    }

    private X509Certificate certificate() throws IOException {
        try (InputStream in = Files.newInputStream(cert)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException | ClassCastException e) {
            throw new EncryptedAttributesException(cert + ": not an X.509 certificate", e);
        }
    }

    private char[] keyPassword() {
        if (passwordFile != null) {
            return PasswordSource.file(passwordFile).password(PasswordUse.OPEN);
        }
        String value = System.getenv(KEY_PASSWORD_VARIABLE);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        return PasswordSource.console().password(PasswordUse.OPEN);
    }
}
