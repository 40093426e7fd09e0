package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyRecord;
import org.veil.broker.reid.LookupOutcome;
import org.veil.broker.reid.PatientReIdentification;
import org.veil.broker.reid.ReIdentifier;
import org.veil.broker.reid.StudyReIdentification;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veil reidentify}: the honest broker maps a pseudonym (or pseudonymous study UID) back to the original
 * patient, after recording who asked, when, what and why in the hash-chained audit log. The record always goes to the
 * project's log beside the keystore (no option points it elsewhere), and the chain's head is anchored in the linkage
 * store as well, so that deleting the log and its head file is detected by {@code veil audit verify}.
 */
@Command(name = "reidentify", mixinStandardHelpOptions = true,
        description = "Map a pseudonym back to the original patient (audited; needs the keystore).")
final class ReidentifyCommand implements Callable<Integer> {
    @Mixin
    KeyOptions key;

    @Option(names = "--linkage", paramLabel = "JDBC_URL", description = "linkage store (default: next to the keystore)")
    String linkage;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (recorded in the audit log)")
    String reason;

    /** What to look up. */
    static final class Target {
        @Option(names = "--pseudonym", paramLabel = "ID", description = "a pseudonymous Patient ID")
        String pseudonym;

        @Option(names = "--study", paramLabel = "UID", description = "a pseudonymous Study Instance UID")
        String study;

        @Option(names = "--file", paramLabel = "OUTPUT.dcm", description = "a de-identified file: its Patient ID "
                + "(0010,0020) is looked up")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        if (target.file != null) {
            target.pseudonym = PseudonymOfFile.read(target.file);
        }
        ProjectKey k = key.load();
        try (LinkageStore store = LinkageConnection.open(linkage != null ? linkage : key.defaultLinkageUrl(), k)) {
            AuditLog log = AuditLog.open(key.defaultAudit(), k, store);
            ReIdentifier reid = new ReIdentifier(k, store, log);
            if (target.pseudonym != null) {
                PatientReIdentification r = reid.patient(target.pseudonym, reason);
                for (PatientRecord p : r.patients()) {
                    System.out.println("patient  issuer=" + p.link().issuer() + " id=" + p.link().patientId()
                            + " date-offset=" + p.link().dateOffsetDays() + " days");
                }
                for (StudyRecord s : r.studies()) {
                    System.out.println("study    " + s.link().studyUid() + " accession=" + s.link().accession()
                            + " (pseudonymous " + s.link().pseudoStudyUid() + ")");
                }
                return report(r.outcome());
            }
            StudyReIdentification r = reid.study(target.study, reason);
            r.study().ifPresent(s -> System.out.println("study    " + s.link().studyUid() + " accession="
                    + s.link().accession()));
            r.patient().ifPresent(p -> System.out.println("patient  issuer=" + p.link().issuer() + " id="
                    + p.link().patientId()));
            return report(r.outcome());
        }
    }

    private static int report(LookupOutcome outcome) {
        System.err.println("veil: " + outcome.token() + " (recorded in the audit log)");
        return outcome == LookupOutcome.FOUND ? Veil.OK : Veil.PROBLEMS;
    }
}
