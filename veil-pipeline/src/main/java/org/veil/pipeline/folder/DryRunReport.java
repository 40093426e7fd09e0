package org.veil.pipeline.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder run would do, found by {@link FolderRun#dryRun} without writing anything: per input (named by its id,
 * never its path) the output it would write, or why it would be quarantined or skipped, and which rules would fire how
 * often. Holds no PHI.
 *
 * @param lines       one line per input, in walking order
 * @param written     inputs that would be written
 * @param quarantined inputs that would be quarantined
 * @param skipped     inputs that would be skipped
 * @param resumed     inputs an interrupted run already did (passed over)
 * @param rules       "action  rule" to how often it would fire
 * @param options     the selected profile options (command line names)
 * @param dirs        the run's folders (none of them touched)
 */
public record DryRunReport(List<String> lines, long written, long quarantined, long skipped, long resumed,
                           Map<String, Long> rules, List<String> options, RunDirectories dirs) {
    public DryRunReport {
        lines = List.copyOf(lines);
        rules = Map.copyOf(rules);
        options = List.copyOf(options);
    }

    /** The report for people. */
    public String render() {
        StringBuilder sb = new StringBuilder(256 + lines.size() * 64);
        sb.append("veil deid --dry-run: nothing was written (not the output, the quarantine, the work folder or the "
                + "linkage store)\n");
        lines.forEach(l -> sb.append("  ").append(l).append('\n'));
        sb.append(String.format(Locale.ROOT, "  would write %d, quarantine %d, skip %d input(s)%s%n", written,
                quarantined, skipped, resumed > 0 ? "; " + resumed + " already done by the interrupted run" : ""));
        sb.append("  options:      ").append(options.isEmpty() ? "Basic Profile only" : String.join(", ", options))
                .append('\n');
        sb.append("  rules that would fire (count, action, rule):\n");
        if (rules.isEmpty()) {
            sb.append("    none\n");
        }
        new TreeMap<>(rules).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %6d  %s%n", v, k)));
        sb.append("  output:       ").append(dirs.out()).append(" (").append(created(dirs.out()))
                .append("deliverables only)\n");
        sb.append("  work folder:  ").append(dirs.work()).append(" (").append(created(dirs.work()))
                .append("run state and mapping.tsv: the mapping holds PHI)\n");
        sb.append("  quarantine:   ").append(dirs.quarantine()).append(" (").append(created(dirs.quarantine()))
                .append("copies of failing inputs: holds PHI)\n");
        return sb.toString();
    }

    private static String created(Path folder) {
        return Files.exists(folder) ? "" : "would be created; ";
    }

    /** Collects a report; thread-safe. */
    static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final Map<String, Long> rules = new TreeMap<>();
        private long written;
        private long quarantined;
        private long skipped;
        private long resumed;

        synchronized void written(String id, String name) {
            lines.add("write       input " + id + " -> " + name);
            written++;
        }

        synchronized void quarantined(String id, String reason) {
            lines.add("quarantine  input " + id + ": " + reason);
            quarantined++;
        }

        synchronized void skipped(String id, String reason) {
            lines.add("skip        input " + id + ": " + reason);
            skipped++;
        }

        synchronized void resumed(long n) {
            resumed = n;
        }

        synchronized void fired(String action, String rule) {
            rules.merge(action + "  " + rule, 1L, Long::sum);
        }

        synchronized DryRunReport build(List<String> options, RunDirectories dirs) {
            return new DryRunReport(lines, written, quarantined, skipped, resumed, rules, options, dirs);
        }
    }
}
