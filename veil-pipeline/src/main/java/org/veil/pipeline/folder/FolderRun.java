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
 * the run's state and the mapping to the work folder (default {@code <OUT>.veil} beside OUT: journal,
 * {@code changes.jsonl}, {@code summary.json}, lock, {@code mapping.tsv}), so OUT holds only what is delivered. A
 * refused run ({@link RunRefusedException}) writes nothing anywhere. Running again
 * into the same OUT with the same key, input and settings resumes an interrupted run: completed inputs are skipped,
 * the rest are done; nothing is lost, duplicated or half-written. See {@link Durability} for the fsync policy and
 * {@link KeyOrigin} for runs with a random key.
 *
 * <p>Dirty input: the instances of one study are all de-identified under the patient of its first input in listing
 * order (whatever the number of threads; a resumed session keeps the decisions of the interrupted one), and counted
 * in the summary's {@code studyPatientConflicts}. Of several inputs with one output name, the first in listing order
 * keeps it, also with several threads ({@link ListingTurns}): any thread count gives the one-thread result.
 */
public final class FolderRun {
    private final InstanceProcessor processor;
    private final FolderRunOptions options;
    private final InputHold hold;

    public FolderRun(InstanceProcessor processor, FolderRunOptions options) {
        this(processor, options, InputHold.NONE);
    }

    /** A run whose workers first hold up the inputs {@code hold} picks (for tests of the order across workers). */
    FolderRun(InstanceProcessor processor, FolderRunOptions options, InputHold hold) {
        this.processor = processor;
        this.options = options;
        this.hold = hold;
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
        RunDirectories dirs = directories(in, out);
        DeidConfig config = processor.settings().deidentifier().config();
        InputIds ids = new InputIds(config.key());
        RunTally tally = new RunTally();
        try (RunState state = RunState.open(dirs, header(dirs), options.durability(), tally);
             FolderStudyPatients studies = FolderStudyPatients.open(dirs.state(), config.key(), ids,
                     options.durability());
             RunMapping mapping = RunMapping.open(dirs)) {
            Set<Path> excluded = Set.of(dirs.out(), dirs.quarantine());
            InputCensus census = new InputCensus(dirs.in(), excluded);
            FolderQuarantine quarantine = new FolderQuarantine(dirs.quarantine(), options.durability());
            ListingTurns<FolderWork.Finished> turns = new ListingTurns<>();
            Destination destination = new Destination(new FolderSink(dirs.out(), options.durability(), state.claims,
                    turns), quarantine);
            PatientCensus patients = new PatientCensus();
            InstanceProcessor perStudy = new InstanceProcessor(processor.settings(), studies, patients)
                    .deferringDirectories().inTurns(turns);
            FolderWork work = new FolderWork(perStudy, destination, quarantine, state, tally, ids,
                    options.toBuilder().listener(RunListener.both(mapping, options.listener())).build(), mapping,
                    turns, hold);
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
                    dirs.quarantine(), dirs.work(), options.durability(), options.threads(),
                    new RunSummary.PatientChecks(patients.idsWithSeveralIssuers(),
                            patients.idsWithConflictingDemographics()), RunNotes.of(config, tally.snapshot()));
            SummaryJson.write(summary, dirs.state().resolve(SummaryJson.FILE), options.durability());
            return summary;
        }
    }

    /**
     * Checks, before anything is written anywhere, that this run may start (or resume) from {@code in} into
     * {@code out}; call it before opening anything the run writes (e.g. a linkage store). {@link #run} checks again.
     *
     * @return the run's folders
     * @throws InputUnreadableException  when the input does not exist or cannot be read
     * @throws FolderUnwritableException when the output, quarantine or work folder cannot be written
     * @throws RunRefusedException       when the run must not start; the message says why and what to do
     */
    public RunDirectories check(Path in, Path out) throws IOException, RunRefusedException {
        RunDirectories dirs = directories(in, out);
        RunPreflight.check(dirs, header(dirs));
        return dirs;
    }

    /**
     * Finds what {@link #run} would do without writing anything anywhere (not OUT, the quarantine, the work folder,
     * or anything the processor's mapping listener would record if it records nothing itself): refuses as the run
     * would, then de-identifies every input in memory, one at a time.
     *
     * @throws RunRefusedException as {@link #check}
     */
    public DryRunReport dryRun(Path in, Path out) throws IOException, RunRefusedException, InterruptedException {
        RunDirectories dirs = directories(in, out);
        JournalHeader header = header(dirs);
        boolean resume = RunPreflight.check(dirs, header);
        DryRunReport.Builder report = new DryRunReport.Builder();
        InstanceProcessor inMemory = new InstanceProcessor(processor.settings(), DryRun.studyPatients(),
                new PatientCensus()).deferringDirectories();
        new DryRun(inMemory, new InputIds(processor.settings().deidentifier().config().key()), report)
                .run(dirs, header, resume);
        return report.build(optionNames(processor.settings().deidentifier().config()), dirs);
    }

    /** The run's folders, resolved and checked for overlap (writes nothing). */
    public RunDirectories directories(Path in, Path out) throws IOException, RunRefusedException {
        return RunDirectories.of(in, out, options.quarantine(), options.work());
    }

    private JournalHeader header(RunDirectories dirs) {
        DeidConfig config = processor.settings().deidentifier().config();
        InputIds ids = new InputIds(config.key());
        return new JournalHeader(JournalHeader.VERSION, config.key().fingerprint(),
                options.keyOrigin(), ids.ofFolder(dirs.in().toString()).hex(), settingsDigest());
    }

    static List<String> optionNames(DeidConfig config) {
        return config.options().stream().map(ProfileOption::cliName).sorted().toList();
    }

    /** A digest of everything that shapes output bytes and names, except the key (recorded separately). */
    private String settingsDigest() {
        PipelineSettings s = processor.settings();
        DeidConfig c = s.deidentifier().config();
        String text = "options=" + optionNames(c) + "\nidentifiers=" + c.identifiers() + "\nidOptions="
                + SettingsText.of(new java.util.TreeMap<>(c.idOptions().patterns())) + "\nidentity="
                + c.patientIdentity() + "\nshift=" + SettingsText.of(c.shiftRange()) + "\ndates=" + c.datePolicy()
                + "\nunlisted=" + c.unlisted() + "\nallow=" + c.allowList().stream().sorted().toList() + "\nnaming="
                + s.naming().pattern() + "\nduplicates=" + s.duplicates()
                + "\npixels=" + s.pixels() + "\nwrite=" + SettingsText.of(s.write()) + "\nnote="
                + options.settingsNote();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
