package org.veil.cli;

import java.io.PrintWriter;
import org.veil.pipeline.folder.DryRunReport;
import org.veil.pipeline.folder.RunCounts;

/**
 * The exit code of a {@code veil deid} that ran: 1 when anything was quarantined (someone must look at the
 * quarantine), else {@link Veil#NOTHING_WRITTEN} when no output exists (nothing found to de-identify: an empty input,
 * only non-DICOM files, everything filtered out), else 0. A dry run exits with the code the run would have.
 */
final class RunExit {
    private RunExit() {
    }

    static int of(RunCounts counts) {
        return of(counts.written(), counts.quarantined());
    }

    static int of(long written, long quarantined) {
        if (quarantined > 0) {
            return Veil.PROBLEMS;
        }
        return written > 0 ? Veil.OK : Veil.NOTHING_WRITTEN;
    }

    /** Prints the dry run's report and returns the code the run would exit with. */
    static int dryRun(DryRunReport report, PrintWriter out) {
        out.print(report.render());
        out.flush();
        return of(report.written() + report.resumed(), report.quarantined());
    }
}
