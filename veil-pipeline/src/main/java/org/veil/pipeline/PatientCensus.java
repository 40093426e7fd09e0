package org.veil.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Counts, without naming them, the Patient IDs of a run that look inconsistent: seen with several Issuers of Patient
 * ID (an absent issuer counts as one), or with conflicting Patient's Name or Birth Date (a likely collision of two
 * patients' IDs: consider {@code patient-identity: id+issuer}). Only digests of the values are held, in memory, for
 * the IDs of this session. Thread-safe.
 */
public final class PatientCensus implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** What one Patient ID was seen with (digests). */
    private static final class Seen implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Set<Long> issuers = new HashSet<>();
        final Set<Long> names = new HashSet<>();
        final Set<Long> birthDates = new HashSet<>();
    }

    /** One digest per thread: looking the algorithm up costs more than digesting a short value (4 per instance). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(PatientCensus::sha256);

    private final ConcurrentHashMap<Long, Seen> ids = new ConcurrentHashMap<>();

    /** Notes an instance's patient, before de-identification. */
    public void observe(Dataset ds) {
        DatasetView v = DatasetView.of(ds);
        String id = PatientIdentity.normalizedId(v.string(Tags.PatientID));
        if (id.isEmpty()) {
            return;
        }
        String issuer = text(v.string(Tags.IssuerOfPatientID));
        String name = name(v.string(Tags.PatientName));
        String birth = text(v.string(Tags.PatientBirthDate));
        Seen seen = ids.computeIfAbsent(digest(id), k -> new Seen());
        synchronized (seen) {
            seen.issuers.add(digest(issuer));
            if (!name.isEmpty()) {
                seen.names.add(digest(name));
            }
            if (!birth.isEmpty()) {
                seen.birthDates.add(digest(birth));
            }
        }
    }

    /**
     * Adds what another census saw (another worker process's), as if this one had observed its instances too. Both
     * must hold digests made the same way (both plain, or both {@link #hidden} with the same function).
     */
    public void addAll(PatientCensus other) {
        other.ids.forEach((id, theirs) -> {
            Seen mine = ids.computeIfAbsent(id, k -> new Seen());
            synchronized (theirs) {
                synchronized (mine) {
                    mine.issuers.addAll(theirs.issuers);
                    mine.names.addAll(theirs.names);
                    mine.birthDates.addAll(theirs.birthDates);
                }
            }
        });
    }

    /**
     * A copy with every digest passed through {@code hide}, e.g. a keyed hash before the census leaves the process
     * (the plain digests of low-entropy values such as Patient IDs can be guessed). The counts stay the same as long
     * as {@code hide} gives different digests different values.
     */
    public PatientCensus hidden(java.util.function.LongUnaryOperator hide) {
        PatientCensus copy = new PatientCensus();
        ids.forEach((id, seen) -> {
            Seen c = new Seen();
            synchronized (seen) {
                seen.issuers.forEach(d -> c.issuers.add(hide.applyAsLong(d)));
                seen.names.forEach(d -> c.names.add(hide.applyAsLong(d)));
                seen.birthDates.forEach(d -> c.birthDates.add(hide.applyAsLong(d)));
            }
            copy.ids.put(hide.applyAsLong(id), c);
        });
        return copy;
    }

    /** Patient IDs seen with more than one issuer (absent included). */
    public long idsWithSeveralIssuers() {
        return ids.values().stream().filter(s -> {
            synchronized (s) {
                return s.issuers.size() > 1;
            }
        }).count();
    }

    /** Patient IDs seen with two different non-empty names or birth dates. */
    public long idsWithConflictingDemographics() {
        return ids.values().stream().filter(s -> {
            synchronized (s) {
                return s.names.size() > 1 || s.birthDates.size() > 1;
            }
        }).count();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Names compared without case, trailing empty components and surrounding spaces. */
    private static String name(String s) {
        String t = text(s).toUpperCase(java.util.Locale.ROOT);
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '^' || t.charAt(end - 1) == ' ')) {
            end--;
        }
        return t.substring(0, end);
    }

    private static long digest(String s) {
        byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        long x = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            x = (x << 8) | (d[i] & 0xFF);
        }
        return x;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
