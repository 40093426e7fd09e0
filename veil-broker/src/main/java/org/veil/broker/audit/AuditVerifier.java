package org.veil.broker.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veil.deid.pseudo.Subkeys;

/** Walks the chain line by line, then compares its end with the head. */
final class AuditVerifier {
    /** Marks a last line that had no line end (never part of a valid record, which is ASCII). */
    static final String INCOMPLETE = "\u0000incomplete";

    private final Subkeys keys;
    private final AuditHeadFile headFile;

    AuditVerifier(Subkeys keys, AuditHeadFile headFile) {
        this.keys = keys;
        this.headFile = headFile;
    }

    AuditVerification verify(List<String> lines, Optional<AuditHead> anchored) throws IOException {
        long n = lines.size();
        List<String> macs = new ArrayList<>();
        macs.add(AuditHead.GENESIS);
        for (int i = 0; i < n; i++) {
            String problem = check(lines.get(i), i + 1, macs.get(i), macs);
            if (problem != null) {
                return new AuditVerification(n, i + 1, problem);
            }
        }
        AuditVerification byHead = checkHead(n, macs);
        return byHead.intact() && anchored.isPresent() ? checkAnchor(n, macs, anchored.get()) : byHead;
    }

    /** The anchored head must name a record of the log (it may lag one behind after an interrupted append). */
    private static AuditVerification checkAnchor(long n, List<String> macs, AuditHead anchored) {
        if (anchored.seq() > n) {
            return new AuditVerification(n, n + 1, "the linkage store confirms " + anchored.seq() + " records but the"
                    + " log holds " + n + ": the log and its head were deleted, cut or rolled back");
        }
        if (!anchored.mac().equals(macs.get((int) anchored.seq()))) {
            return new AuditVerification(n, anchored.seq(), "record " + anchored.seq() + " differs from the one the"
                    + " linkage store confirms");
        }
        return AuditVerification.intact(n);
    }

    private String check(String line, long number, String previousMac, List<String> macs) {
        if (line.endsWith(INCOMPLETE)) {
            return "incomplete last line (no line end)";
        }
        AuditLine.Parsed parsed;
        try {
            parsed = AuditLine.parse(line);
        } catch (MalformedRecord e) {
            return e.getMessage();
        }
        AuditRecord record = parsed.record();
        if (!AuditLine.mac(keys, parsed.body()).equals(record.mac())) {
            return "MAC does not match: the record was changed, forged, or written with another key";
        }
        if (record.seq() != number) {
            return "record number " + record.seq() + " where " + number
                    + " belongs: records were deleted, inserted or reordered";
        }
        if (!record.prev().equals(previousMac)) {
            return "does not follow the record before it: records were deleted, inserted or reordered";
        }
        macs.add(record.mac());
        return null;
    }

    private AuditVerification checkHead(long n, List<String> macs) throws IOException {
        Optional<AuditHead> read;
        try {
            read = headFile.read();
        } catch (MalformedRecord e) {
            return new AuditVerification(n, 0, e.getMessage());
        }
        if (read.isEmpty()) {
            return n == 0 ? AuditVerification.intact(0)
                    : new AuditVerification(n, 0, "head file missing: records cut off the end would go unnoticed");
        }
        AuditHead head = read.get();
        if (head.seq() > n) {
            return new AuditVerification(n, n + 1, "the log ends at record " + n + " but its head confirms "
                    + head.seq() + ": records were removed from the end");
        }
        if (!head.mac().equals(macs.get((int) head.seq()))) {
            return new AuditVerification(n, head.seq(), "record " + head.seq() + " differs from the one the head"
                    + " confirms");
        }
        if (head.seq() < n) {
            return new AuditVerification(n, head.seq() + 1, "records from line " + (head.seq() + 1) + " on are not"
                    + " confirmed by the head (an interrupted append, or the head was rolled back)");
        }
        return AuditVerification.intact(n);
    }
}
