package org.veil.pipeline.folder;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.StudyPatients;

/**
 * The dirty input rule for a folder run, kept with the journal so it holds across threads and resumed sessions: the
 * first patient a study is seen with is appended to {@code study-patients.tsv} in the work folder before any instance of the
 * study is de-identified, and every later instance of the study (in any thread or session) uses it.
 *
 * <p>The file holds no readable PHI: each line is the study's keyed id (as input ids) and the patient identity
 * encrypted with AES-256-GCM under a subkey of the project key, so only the key holder can read it. Each line is one
 * {@code write}; a torn last line (a killed process) is ignored on reopening, and its study is decided again.
 */
final class FolderStudyPatients implements StudyPatients, Closeable {
    static final String FILE = "study-patients.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(FolderStudyPatients.class);
    private static final byte[] LABEL = "veil/v1/run-state-aes-gcm".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final InputIds ids;
    private final SecretKeySpec aes;
    private final FileChannel channel;
    private final boolean durable;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<Id128, PatientKey> decided = new ConcurrentHashMap<>();

    private FolderStudyPatients(InputIds ids, SecretKeySpec aes, FileChannel channel, boolean durable) {
        this.ids = ids;
        this.aes = aes;
        this.channel = channel;
        this.durable = durable;
    }

    /** Opens (or creates) the file in the run's state folder and replays its decisions. */
    static FolderStudyPatients open(Path stateFolder, ProjectKey key, InputIds ids, Durability durability)
            throws IOException {
        byte[] k = key.subkeys().hmac(KeyPurpose.TEXT, LABEL);
        SecretKeySpec aes = new SecretKeySpec(k, "AES");
        Arrays.fill(k, (byte) 0);
        Path file = stateFolder.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FolderStudyPatients s = new FolderStudyPatients(ids, aes, ch, durability == Durability.POWER_LOSS);
        try {
            s.replay(Files.readAllLines(file, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return s;
    }

    private void replay(java.util.List<String> lines) throws IOException {
        long end = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            PatientKey p = tab == 32 ? decrypt(line.substring(tab + 1)) : null;
            if (p == null) {
                LOG.warn("{}: ignoring a torn or unreadable line; its study is decided again", FILE);
                break;
            }
            decided.putIfAbsent(Id128.parse(line.substring(0, tab)), p);
            end += line.length() + 1;
        }
        channel.truncate(end);
        channel.position(end);
    }

    @Override
    public PatientKey decided(String studyUid) {
        return decided.get(ids.of("\u0000study\u0000" + studyUid));
    }

    @Override
    public PatientKey patientFor(String studyUid, PatientKey own) throws IOException {
        Id128 study = ids.of("\u0000study\u0000" + studyUid);
        PatientKey p = decided.get(study);
        if (p != null) {
            return p;
        }
        synchronized (this) {
            p = decided.get(study);
            if (p != null) {
                return p;
            }
            append(study.hex() + '\t' + encrypt(own) + '\n');
            decided.put(study, own);
            return own;
        }
    }

    private void append(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        if (durable) {
            channel.force(false);
        }
    }

    private String encrypt(PatientKey p) {
        byte[] plain = (p.issuer() + '\u0000' + p.patientId()).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = c.doFinal(plain);
            byte[] all = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, all, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot use AES-GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private PatientKey decrypt(String text) {
        try {
            byte[] all = Base64.getDecoder().decode(text);
            if (all.length <= NONCE) {
                return null;
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            String plain = new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
            int sep = plain.indexOf('\u0000');
            return sep < 0 ? null : PatientKey.of(plain.substring(0, sep), plain.substring(sep + 1));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
