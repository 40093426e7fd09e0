package org.veil.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.StudyLink;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.ProjectKey;

/**
 * A file of linkage records (patient and study links) written by one task for the inputs it finished, merged into the
 * linkage store by the driver at the end of the job. The links name original patients and studies (PHI), so the file
 * is sealed as a whole with AES-256-GCM under a subkey of the project key (the same protection as the encrypted H2
 * store: only the key holder reads it), and written under a temporary name then renamed, so a reader never sees half
 * a file. A file that fails its check is refused, never read in part.
 */
final class LinkFile {
    static final String ENDING = ".links";
    private static final byte[] MAGIC = "VEIL-SPARK-LINKS-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LABEL = "veil/v1/spark-links-aes-gcm".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte PATIENT = 'P';
    private static final byte STUDY = 'S';

    private final SecretKeySpec aes;

    LinkFile(ProjectKey key) {
        byte[] k = key.subkeys().hmac(KeyPurpose.LINKAGE_STORE, LABEL);
        this.aes = new SecretKeySpec(k, "AES");
        Arrays.fill(k, (byte) 0);
    }

    /** The links read back from a file. */
    record Links(Set<PatientLink> patients, Set<StudyLink> studies) {
        static Links empty() {
            return new Links(new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        void addAll(Links other) {
            patients.addAll(other.patients);
            studies.addAll(other.studies);
        }

        boolean isEmpty() {
            return patients.isEmpty() && studies.isEmpty();
        }
    }

    /** Writes {@code links} to {@code target} (replacing a file of that name) through {@code temp}. */
    void write(FileSystem fs, Path target, Path temp, Collection<PatientLink> patients,
               Collection<StudyLink> studies) throws IOException {
        byte[] sealed = seal(plain(patients, studies));
        try (OutputStream os = fs.create(temp, true)) {
            os.write(sealed);
        }
        fs.mkdirs(target.getParent());
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            throw new IOException("a linkage records file could not be renamed into place");
        }
    }

    /**
     * @throws IOException when the file cannot be read or was not sealed with this key (changed, cut short, another
     *                     project)
     */
    Links read(FileSystem fs, Path file) throws IOException {
        byte[] all;
        try (FSDataInputStream is = fs.open(file)) {
            all = is.readAllBytes();
        }
        byte[] plain = open(all);
        try {
            return parse(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static byte[] plain(Collection<PatientLink> patients, Collection<StudyLink> studies) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (PatientLink p : patients) {
                out.writeByte(PATIENT);
                out.writeUTF(p.issuer());
                out.writeUTF(p.patientId());
                out.writeUTF(p.pseudonym());
                out.writeInt(p.dateOffsetDays());
            }
            for (StudyLink s : studies) {
                out.writeByte(STUDY);
                out.writeUTF(s.studyUid());
                out.writeUTF(s.pseudoStudyUid());
                out.writeUTF(s.patientPseudonym());
                out.writeUTF(s.accession());
                out.writeUTF(s.pseudoAccession());
            }
        }
        return bytes.toByteArray();
    }

    private static Links parse(byte[] plain) throws IOException {
        Links links = Links.empty();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            while (in.available() > 0) {
                byte kind = in.readByte();
                if (kind == PATIENT) {
                    links.patients().add(new PatientLink(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt()));
                } else if (kind == STUDY) {
                    links.studies().add(new StudyLink(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                            in.readUTF()));
                } else {
                    throw new IOException("a linkage records file holds a record of unknown kind " + kind);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("a linkage records file holds a link the store refuses: " + e.getMessage(), e);
        }
        return links;
    }

    private byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            byte[] all = new byte[MAGIC.length + NONCE + sealed.length];
            System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
            System.arraycopy(nonce, 0, all, MAGIC.length, NONCE);
            System.arraycopy(sealed, 0, all, MAGIC.length + NONCE, sealed.length);
            return all;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot use AES-GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private byte[] open(byte[] all) throws IOException {
        if (all.length < MAGIC.length + NONCE
                || !Arrays.equals(MAGIC, 0, MAGIC.length, all, 0, MAGIC.length)) {
            throw new IOException("not a linkage records file of this Veil (bad header)");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, all, MAGIC.length, NONCE));
            c.updateAAD(MAGIC);
            return c.doFinal(all, MAGIC.length + NONCE, all.length - MAGIC.length - NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IOException("a linkage records file fails its check: changed, cut short, or sealed with "
                    + "another project key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot use AES-GCM", e);
        }
    }
}
