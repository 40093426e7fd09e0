package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.veil.deid.engine.DeidConfig;
import org.veil.pipeline.Destination;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.PipelineSettings;
import org.veil.profile.ProfileOption;

/**
 * De-identifies a file or a folder tree into an output folder: the command line's {@code veil deid}.
 *
 * <pre>{@code
 * InstanceProcessor p = new InstanceProcessor(PipelineSettings.builder(new Deidentifier(config)).build());
 * RunSummary s = new FolderRun(p, FolderRunOptions.builder().threads(4).build()).run(in, out);
 * }</pre>
 *
 * <p>Outputs go to {@code OUT/<naming pattern>} (default {@code <patient>/<study>/<series>/<instance>.dcm}), each
 * written atomically; failing inputs to the quarantine (default {@code <OUT>.quarantine} beside OUT: copies hold PHI);
 * the run's state to {@code OUT/.veil/} (journal, {@code changes.jsonl}, {@code summary.json}, lock). Running again
 * into the same OUT with the same key, input and settings resumes an interrupted run: completed inputs are skipped,
 * the rest are done; nothing is lost, duplicated or half-written. See {@link Durability} for the fsync policy and
 * {@link KeyOrigin} for runs with a random key.
 *
 * <p>Dirty input: the instances of one study are all de-identified under the first patient the study was seen with
 * (whatever the thread or session), and counted in the summary's {@code studyPatientConflicts}.
 */
public final class FolderRun {
    private final InstanceProcessor processor;
    private final FolderRunOptions options;

    public FolderRun(InstanceProcessor processor, FolderRunOptions options) {
        this.processor = processor;
        this.options = options;
    }

    /**
     * Runs (or resumes) the job.
     *
     * @throws InputUnreadableException when the input does not exist or cannot be read
     * @throws IOException              when the run's own state (journal) cannot be written: the run stops, and can
     *                                  be resumed
     * @throws RunRefusedException               when folders overlap or OUT holds something this run cannot continue
     */
    public RunSummary run(Path in, Path out) throws IOException, RunRefusedException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        RunDirectories dirs = RunDirectories.of(in, out, options.quarantine());
        DeidConfig config = processor.settings().deidentifier().config();
        InputIds ids = new InputIds(config.key());
        JournalHeader header = new JournalHeader(JournalHeader.VERSION, config.key().fingerprint(),
                options.keyOrigin(), ids.ofFolder(dirs.in().toString()).hex(), settingsDigest());
        RunTally tally = new RunTally();
        try (RunState state = RunState.open(dirs, header, options.durability(), tally);
             FolderStudyPatients studies = FolderStudyPatients.open(dirs.state(), config.key(), ids,
                     options.durability())) {
            Set<Path> excluded = Set.of(dirs.out(), dirs.quarantine());
            InputCensus census = new InputCensus(dirs.in(), excluded);
            FolderQuarantine quarantine = new FolderQuarantine(dirs.quarantine(), options.durability());
            Destination destination = new Destination(new FolderSink(dirs.out(), options.durability(), state.claims),
                    quarantine);
            PatientCensus patients = new PatientCensus();
            InstanceProcessor perStudy = new InstanceProcessor(processor.settings(), studies, patients)
                    .deferringDirectories();
            FolderWork work = new FolderWork(perStudy, destination, quarantine, state, tally, ids, options);
            census.start();
            try (ProgressReporter progress = new ProgressReporter(options.progress(), options.progressOut(), tally,
                    census)) {
                progress.start();
                work.run(new InputWalker(dirs.in(), excluded));
                if (work.hasDirectories()) {
                    work.finishDirectories(FolderDirectoryFiles.read(dirs.state().resolve(RunRecord.JOURNAL), ids,
                            dirs.out(), processor.settings().limits()));
                }
            }
            RunSummary summary = new RunSummary(tally.snapshot(), started,
                    Duration.ofNanos(System.nanoTime() - t0), config.key().fingerprint(), options.keyOrigin(),
                    options.keySource(), optionNames(config), processor.settings().naming().pattern(), dirs.out(),
                    dirs.quarantine(), options.durability(), options.threads(),
                    new RunSummary.PatientChecks(patients.idsWithSeveralIssuers(),
                            patients.idsWithConflictingDemographics()), RunNotes.of(config, tally.snapshot()));
            SummaryJson.write(summary, dirs.state().resolve(SummaryJson.FILE), options.durability());
            return summary;
        }
    }

    private static List<String> optionNames(DeidConfig config) {
        return config.options().stream().map(ProfileOption::cliName).sorted().toList();
    }

    /** A digest of everything that shapes output bytes and names, except the key (recorded separately). */
    private String settingsDigest() {
        PipelineSettings s = processor.settings();
        DeidConfig c = s.deidentifier().config();
        String text = "options=" + optionNames(c) + "\nidentifiers=" + c.identifiers() + "\nidOptions="
                + new java.util.TreeMap<>(c.idOptions().patterns()) + "\nidentity=" + c.patientIdentity()
                + "\nshift=" + c.shiftRange() + "\ndates=" + c.datePolicy() + "\nunlisted="
                + c.unlisted() + "\nallow=" + c.allowList().stream().sorted().toList() + "\nnaming="
                + s.naming().pattern() + "\nduplicates=" + s.duplicates()
                + "\npixels=" + s.pixels() + "\nwrite=" + s.write() + "\nnote="
                + options.settingsNote();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
