package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.folder.InputUnreadableException;
import org.veil.pipeline.folder.RunRefusedException;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.folder.SummaryText;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.FolderTarget;
import org.veil.pipeline.run.KeySource;
import org.veil.verify.MappingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil demo}: runs the main job on the demo set shipped in {@code demo/input/} (synthetic, fake PHI) into
 * {@code demo-out/}, then shows the summary, where everything went, and one file's attributes before and after.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"De-identify the shipped demo set (synthetic files with invented patients) into demo-out/ and "
            + "show what changed. A previous demo-out/ is replaced."})
final class DemoCommand implements Callable<Integer> {
    static final String DEIDENTIFIED = "deidentified";
    static final String QUARANTINE = "quarantine";

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "the demo input (default: demo/input of the Veil "
            + "checkout)")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "where to write (default: demo-out of the Veil "
            + "checkout); holds deidentified/ and quarantine/")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path home = home();
        Path in = input != null ? input : home.resolve("demo").resolve("input");
        Path demoOut = output != null ? output : home.resolve("demo-out");
        try {
            clearPreviousDemo(demoOut);
        } catch (RunRefusedException e) {
            spec.commandLine().getErr().println("veil demo: " + e.getMessage());
            return Veil.USAGE;
        }
        RunKey key = RunKey.from(System.getenv());
        Map<String, String> written = new ConcurrentSkipListMap<>();
        DeidRun run = DeidRun.builder(DeidRunOptions.builder().quarantine(demoOut.resolve(QUARANTINE)).build(),
                KeySource.of(key.key(), key.origin(), key.description()))
                .build();
        RunSummary summary;
        try {
            summary = run.toFolder(FolderTarget.of(in, demoOut.resolve(DEIDENTIFIED)).withListener((i, o) -> {
                if (o instanceof Outcome.Written w) {
                    written.put(i.label(), w.name());
                }
            })).summary();
        } catch (InputUnreadableException e) {
            spec.commandLine().getErr().println("veil demo: " + e.getMessage() + " (run from a Veil checkout, or "
                    + "give --input)");
            return Veil.INPUT;
        } catch (RunRefusedException e) {
            spec.commandLine().getErr().println("veil demo: " + e.getMessage());
            return Veil.USAGE;
        }
        out.println("Demo input: " + in + " (synthetic files from veil-synth: every name, ID, date and address is "
                + "invented)");
        out.print(SummaryText.render(summary));
        DemoReport.explainQuarantine(out, summary.quarantine());
        if (!written.isEmpty()) {
            Map.Entry<String, String> example = written.entrySet().iterator().next();
            DemoReport.beforeAfter(out, in.resolve(example.getKey()), example.getKey(),
                    summary.output().resolve(example.getValue()), example.getValue());
        }
        out.println();
        out.println("The de-identified files are in " + summary.output() + "; try: bin/veil dump <file>, or check "
                + "them with: bin/veil verify " + in + " " + summary.output());
        out.flush();
        return Veil.OK;
    }

    /** Removes an earlier demo output; refuses a folder that holds anything else. */
    static void clearPreviousDemo(Path demoOut) throws IOException, RunRefusedException {
        if (!Files.exists(demoOut)) {
            return;
        }
        try (Stream<Path> s = Files.list(demoOut)) {
            Set<String> ours = Set.of(DEIDENTIFIED, QUARANTINE, DEIDENTIFIED + MappingFile.SIBLING_SUFFIX);
            if (s.anyMatch(p -> !ours.contains(p.getFileName().toString()))) {
                throw new RunRefusedException(demoOut + " holds files other than a previous demo's " + DEIDENTIFIED
                        + "/ and " + QUARANTINE + "/; give another --output");
            }
        }
        try (Stream<Path> s = Files.walk(demoOut)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The Veil checkout: $VEIL_HOME, else the nearest folder above this code holding demo/input, else the cwd. */
    static Path home() {
        String env = System.getenv("VEIL_HOME");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        try {
            Path p = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("demo").resolve("input"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // no code location: fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
