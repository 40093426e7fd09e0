package org.veil.pipeline.folder;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link RunSummary} for people: counts, reasons, actions, key and where everything is. No PHI. */
public final class SummaryText {
    private SummaryText() {
    }

    public static String render(RunSummary s) {
        RunCounts c = s.counts();
        StringBuilder sb = new StringBuilder(1024);
        sb.append(String.format(Locale.ROOT, "veil deid: %d inputs in %.1f s (%.1f MB)%n", c.inputs(),
                s.elapsed().toMillis() / 1000.0, c.bytesIn() / 1e6));
        if (c.resumed() > 0) {
            sb.append("  resumed:      ").append(c.resumed()).append(" inputs were done by the interrupted run\n");
        }
        sb.append("  written:      ").append(c.written()).append('\n');
        sb.append("  skipped:      ").append(c.skipped()).append('\n');
        reasons(sb, c.skipReasons());
        sb.append("  quarantined:  ").append(c.quarantined()).append('\n');
        reasons(sb, c.quarantineReasons());
        sb.append("  changes:      ");
        if (c.actions().isEmpty()) {
            sb.append("none");
        }
        c.actions().forEach((k, v) -> sb.append(k).append(' ').append(v).append("  "));
        sb.append('\n');
        sb.append("  warnings:     ").append(c.warnings()).append('\n');
        if (c.reassigned() > 0) {
            sb.append("  dirty input:  ").append(c.reassigned()).append(" instances had another Patient ID than the "
                    + "first one seen for their study; they got the study's pseudonym\n");
        }
        RunSummary.PatientChecks p = s.patients();
        if (p.severalIssuers() > 0 || p.conflictingNameOrBirth() > 0) {
            sb.append("  patient IDs:  ").append(p.severalIssuers()).append(" seen with several issuers, ")
                    .append(p.conflictingNameOrBirth()).append(" with conflicting name or birth date (likely ID "
                    + "collisions: check them; a multi-site merge may need patient-identity: id+issuer)\n");
        }
        for (String note : s.notes()) {
            sb.append("  note:         ").append(note).append('\n');
        }
        sb.append("  options:      ").append(s.options().isEmpty() ? "Basic Profile only" : String.join(", ",
                s.options())).append('\n');
        sb.append("  key:          fingerprint ").append(s.keyFingerprint()).append(" (").append(s.keySource())
                .append(")\n");
        if (s.keyOrigin() == KeyOrigin.RANDOM) {
            sb.append("                a random key, used for this run only and not stored: pseudonyms cannot be\n"
                    + "                reproduced or linked to later deliveries, and an interrupted run cannot be\n"
                    + "                resumed. Use a keystore for consistent pseudonyms.\n");
        }
        sb.append("  output:       ").append(s.output()).append('\n');
        sb.append("  report:       ").append(s.work()).append(" (summary.json, changes.jsonl: no PHI; report.html: its "
                + "'before' pictures may show text burned into the originals, keep it with the mapping)\n");
        sb.append("  mapping:      ").append(s.mapping())
                .append(" (input file names and ids to outputs: holds PHI, do not deliver)\n");
        sb.append("  quarantine:   ").append(s.quarantine()).append(c.quarantined() > 0
                ? " (copies of the failing inputs with their reasons: holds PHI, do not deliver)\n"
                : " (nothing was quarantined)\n");
        return sb.toString();
    }

    private static void reasons(StringBuilder sb, Map<String, Long> reasons) {
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "    %6d  %s%n", e.getValue(), e.getKey())));
    }
}
