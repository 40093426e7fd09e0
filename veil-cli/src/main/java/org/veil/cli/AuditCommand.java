package org.veil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.audit.AuditVerification;
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

        @Override
        public Integer call() {
            Path file = audit != null ? audit : key.defaultAudit();
            AuditVerification v = AuditLog.open(file, key.load()).verify();
            if (v.intact()) {
                System.out.println(file + ": intact, " + v.records() + " records");
                return Veil.OK;
            }
            System.out.println(file + ": TAMPERED at line " + v.firstBadLine() + ": " + v.problem());
            return Veil.PROBLEMS;
        }
    }
}
