package org.veil.verify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a verification: every finding (none when clean), notes, and counts. Holds no identifying value.
 *
 * @param findings        the problems, in the order found
 * @param notes           remarks that do not fail the verification
 * @param pairs           input/output pairs checked
 * @param outputFiles     output files searched
 * @param bytesSearched   output bytes searched (pixel data skipped by default)
 * @param needles         byte patterns searched for (after dropping weak values)
 * @param originalPatients distinct original patients
 * @param pseudonymousPatients distinct pseudonymous Patient IDs
 * @param uidsMapped      distinct original UIDs seen replaced
 * @param millis          wall time
 */
public record VerifyReport(List<Finding> findings, List<String> notes, int pairs, int outputFiles, long bytesSearched,
                           int needles, int originalPatients, int pseudonymousPatients, int uidsMapped, long millis) {

    public VerifyReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** True when nothing was found. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** Number of findings of each kind. */
    public Map<Finding.Kind, Integer> counts() {
        Map<Finding.Kind, Integer> m = new EnumMap<>(Finding.Kind.class);
        for (Finding f : findings) {
            m.merge(f.kind(), 1, Integer::sum);
        }
        return m;
    }

    /** A report for people: a summary line, then one line per finding and note. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(clean() ? "CLEAN" : "NOT CLEAN: " + findings.size() + " finding(s)").append('\n');
        b.append(String.format("%d pair(s), %d output file(s), %d bytes searched for %d pattern(s) in %d ms%n", pairs,
                outputFiles, bytesSearched, needles, millis));
        b.append(String.format("%d original patient(s) -> %d pseudonymous patient(s); %d UID(s) replaced%n",
                originalPatients, pseudonymousPatients, uidsMapped));
        counts().forEach((k, n) -> b.append("  ").append(k).append(": ").append(n).append('\n'));
        for (Finding f : findings) {
            b.append(f.kind()).append(' ').append(f.output());
            if (!f.where().isEmpty()) {
                b.append(' ').append(f.where());
            }
            b.append(": ").append(f.detail()).append('\n');
        }
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }

    /** The report as a JSON object. */
    public String toJson() {
        Json j = new Json();
        j.open();
        j.field("clean").value(clean());
        j.field("pairs").value(pairs);
        j.field("outputFiles").value(outputFiles);
        j.field("bytesSearched").value(bytesSearched);
        j.field("needles").value(needles);
        j.field("originalPatients").value(originalPatients);
        j.field("pseudonymousPatients").value(pseudonymousPatients);
        j.field("uidsMapped").value(uidsMapped);
        j.field("millis").value(millis);
        j.field("counts").open();
        counts().forEach((k, n) -> j.field(k.name()).value(n));
        j.close();
        j.field("findings").openArray();
        for (Finding f : findings) {
            j.open();
            j.field("kind").value(f.kind().name());
            j.field("output").value(f.output());
            j.field("where").value(f.where());
            j.field("detail").value(f.detail());
            j.close();
        }
        j.closeArray();
        j.field("notes").openArray();
        for (String n : notes) {
            j.value(n);
        }
        j.closeArray();
        j.close();
        return j.toString();
    }
}
