package org.veil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.audit.AuditVerification;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.pseudo.ProjectKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code veil audit verify}: checks the audit log's hash chain; any edit, insertion, deletion or truncation fails. */
@Command(name = "audit", description = "Check the re-identification audit log.", mixinStandardHelpOptions = true,
        subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    /** {@code veil audit verify [--audit FILE] --keystore FILE}. */
    @Command(name = "verify", description = "Verify the audit log's chain (exit 0 intact, 1 tampered).",
            mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @Mixin
        KeyOptions key;

        @Option(names = "--audit", paramLabel = "FILE", description = "audit log (default: next to the keystore)")
        Path audit;

        @Option(names = "--linkage", paramLabel = "JDBC_URL", description = "linkage store where re-identification "
                + "anchors the log's head (default: next to the keystore)")
        String linkage;

        @Override
        public Integer call() {
            Path file = audit != null ? audit : key.defaultAudit();
            ProjectKey k = key.load();
            String url = linkage != null ? linkage : key.defaultLinkageUrl();
            if (LinkageStore.missingFile(url)) {
                return report(file, AuditLog.open(file, k).verify(), "; no linkage store, so a deletion of the log "
                        + "and its head together would go unnoticed");
            }
            try (LinkageStore store = LinkageConnection.open(url, k)) {
                return report(file, AuditLog.open(file, k, store).verify(), "");
            }
        }

        private static int report(Path file, AuditVerification v, String note) {
            if (v.intact()) {
                System.out.println(file + ": intact, " + v.records() + " records" + note);
                return Veil.OK;
            }
            System.out.println(file + ": TAMPERED at line " + v.firstBadLine() + ": " + v.problem());
            return Veil.PROBLEMS;
        }
    }
}
