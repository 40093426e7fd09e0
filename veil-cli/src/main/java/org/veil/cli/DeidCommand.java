package org.veil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.AttributeProtector;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.OutputNaming;
import org.slf4j.event.Level;
import org.veil.cli.log.ConsoleLog;
import org.veil.pipeline.folder.FolderUnwritableException;
import org.veil.pipeline.folder.InputUnreadableException;
import org.veil.pipeline.folder.ProgressStyle;
import org.veil.pipeline.folder.RecordsNotDurableException;
import org.veil.pipeline.folder.RunDirectories;
import org.veil.pipeline.folder.RunRefusedException;
import org.veil.pipeline.folder.SummaryText;
import org.veil.pipeline.risk.KAnonymisation;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.FolderResult;
import org.veil.pipeline.run.FolderTarget;
import org.veil.pipeline.run.InvalidRunException;
import org.veil.pipeline.run.KeySource;
import org.veil.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code veil deid IN OUT}: de-identifies a file or folder tree into an output folder. */
@Command(name = "deid", mixinStandardHelpOptions = true,
        description = {"De-identify DICOM files (PS3.15 Basic Profile plus options) from IN into OUT.",
            "Files are recognised by content, any name; others are skipped. Outputs are named "
                + OutputNaming.DEFAULT_PATTERN + " by default (pseudonyms only, no PHI in paths). Failing inputs go "
                + "to the quarantine with a reason file. The run's state (journal, change report, summary, mapping, "
                + "report.html) is kept in the work folder OUT.veil beside OUT, so OUT holds only what is delivered. "
                + "Run again to resume an interrupted run (needs a fixed key: --keystore).",
            "With --keystore the project key comes from the keystore (password from $VEIL_KEYSTORE_PASSWORD, "
                + "--password-file or a prompt, never an argument) and every pseudonym is recorded in the linkage "
                + "store for `veil reidentify`. With --pkcs11 CONFIG the key stays in a PKCS#11 token, which computes "
                + "every pseudonym (PIN from $VEIL_PKCS11_PIN, --pin-file or a prompt). Without either a random key "
                + "is used and nothing can be re-identified."},
        footer = {"", "Exit codes: 0 outputs written, nothing quarantined; 1 something was quarantined (or --verify "
                + "found something); 2 usage error, or the run was refused (OUT not empty, overlapping folders, "
                + "another key or settings than the run to resume): nothing was written; 3 IN cannot be read, or "
                + "OUT, the quarantine or the work folder cannot be written; 4 keystore or linkage store unusable; "
                + "5 nothing was written (no DICOM input found, everything skipped); 70 internal error. "
                + "--dry-run exits with the code the run would have."})
final class DeidCommand implements Callable<Integer> {
    static final String DRY_RUN_K_REFUSED = "--dry-run cannot be combined with --k: the k a delivery reaches, the "
            + "generalisation chosen and the patients withheld depend on the de-identified headers of all outputs "
            + "together, which a dry run neither writes nor keeps. De-identify into a scratch folder with --k N (or "
            + "measure one with veil risk OUT --k N), then delete it";
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "input file or folder (read only, never modified)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output folder (new or empty, or an interrupted run "
            + "to resume)")
    Path out;

    @Option(names = "--quarantine", paramLabel = "DIR", description = "where failing inputs are copied with a "
            + "reason (they hold PHI); default: OUT.quarantine beside OUT")
    Path quarantine;

    @Option(names = "--naming", paramLabel = "PATTERN", description = "output name pattern with {patient}, {study}, "
            + "{series}, {instance}, {modality}, {instance-number}; {name:8} for an 8-character DICOM File ID "
            + "component, e.g. " + OutputNaming.FILE_SET_PATTERN + " for a conformant DICOMDIR (default: "
            + OutputNaming.DEFAULT_PATTERN + ")")
    String naming = OutputNaming.DEFAULT_PATTERN;

    @Mixin
    DeidRunArgs runArgs;

    @Option(names = "--verify", description = "when the run ends, search the outputs for every identifying value of "
            + "the inputs and check kept attributes and UIDs (as veil verify); exit 1 when something is found")
    boolean verify;

    @Option(names = "--duplicates", paramLabel = "POLICY", description = "an input whose output is already written "
            + "by another input (same SOP Instance UID, e.g. one image in two transfer syntaxes): quarantine (default; "
            + "the reason names the input written), keep-first (skip it), keep-all (write it under a new keyed SOP "
            + "Instance UID; the change report records which output it copies)")
    String duplicates = DuplicatePolicy.QUARANTINE.spelling();

    @Option(names = "--work", paramLabel = "DIR", description = "the run's work folder: journal, lock, change "
            + "report, summary, report.html and mapping.tsv (input names and ids to outputs: PHI); never inside IN "
            + "or OUT (default: OUT.veil beside OUT). OUT holds only what is delivered")
    Path work;

    @Option(names = "--dry-run", description = "show what would be written, quarantined and skipped and which rules "
            + "would fire, writing nothing anywhere (not OUT, the quarantine, the work folder or the linkage store)")
    boolean dryRun;

    @Option(names = "--log-input-paths", description = "name inputs by their path in warnings and errors, besides "
            + "their id. Paths are PHI when folders or files are named after patients: keep such logs like the "
            + "mapping (default: ids only; mapping.tsv in the work folder traces an id to its file)")
    boolean logInputPaths;

    @Option(names = "--k", paramLabel = "N", description = "after the run, make the delivery k-anonymous over the "
            + "quasi-identifiers veil risk measures: apply the first generalisation veil risk proposes that reaches N "
            + "(age bands, study years in spans, rare or identifying values removed) to the outputs, and move the "
            + "patients still in classes smaller than N to the quarantine (OUT.quarantine/k-anonymity); exit 1 when "
            + "any were. Recorded in OUT.veil/k-anonymity.txt and, file by file, k-anonymity.jsonl (see docs/risk.md). "
            + "Not with --dry-run")
    Integer k;

    @Option(names = "--seal", description = "when the run ends, seal OUT as veil delivery seal does: a signed "
            + "DELIVERY-MANIFEST.json (every file's SHA-256, the run summary, the key fingerprint, the k reached with "
            + "--k) signed with the delivery signing key beside the keystore, or inside the token with --pkcs11 "
            + "(docs/delivery-record.md). Needs --keystore or --pkcs11")
    boolean seal;

    @Option(names = "--durable", description = "fsync every output before it is renamed into place: survives a power "
            + "failure, not only a killed process (slower)")
    boolean durable;

    /**
     * Builds the run with its linkage records plugged in late, checks that it may start (a refused run or a dry run
     * writes nothing: no output, no work folder, no linkage store), then opens the store and runs.
     */
    @Override
    public Integer call() throws InterruptedException {
        if (dryRun && k != null) {
            throw new ParameterException(spec.commandLine(), DRY_RUN_K_REFUSED);
        }
        if (seal && (dryRun || !runArgs.keystore.given())) {
            throw new ParameterException(spec.commandLine(), dryRun ? "--seal cannot be combined with --dry-run: a dry "
                    + "run delivers nothing to seal" : "--seal needs --keystore FILE or --pkcs11 CONFIG: the delivery "
                    + "signing key lives beside the keystore or inside the token");
        }
        RunKey key = runArgs.keyWhilePreparing();
        AttributeProtector protector = runArgs.protector();
        String url = runArgs.linkageUrl();
        LinkageSlot linkage = new LinkageSlot();
        DeidRun run = build(KeySource.of(key.key(), key.origin(), key.description()).recordingTo(linkage, linkage),
                protector);
        FolderTarget target = FolderTarget.of(in, out).withProgress(progress(), System.err);
        try {
            if (dryRun) {
                return RunExit.dryRun(run.dryRun(target), spec.commandLine().getOut());
            }
            RunDirectories dirs = run.check(target);
            if (url != null && LinkageStore.missingFile(url) && Files.exists(dirs.journal())) {
                return fail(Veil.BROKER, "the linkage store is missing, but OUT holds a run that recorded links in "
                        + "it: restore the store (" + url + ") from a backup, or de-identify into a new output folder");
            }
            try (LinkageStore store = url == null ? null : LinkageConnection.open(url, key.key());
                 StopSignals signals = store == null ? null : StopSignals.install(() -> stop(linkage))) {
                linkage.connect(store);
                return run(run, target);
            }
        } catch (InvalidRunException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (RecordsNotDurableException e) {
            return fail(Veil.BROKER, e.getMessage());
        } catch (InputUnreadableException e) {
            return fail(Veil.INPUT, e.getMessage());
        } catch (FolderUnwritableException e) {
            return fail(Veil.UNWRITABLE, e.getMessage());
        } catch (RunRefusedException e) {
            return fail(Veil.USAGE, e.getMessage());
        } catch (IOException e) {
            return fail(Veil.INTERNAL, e.getMessage());
        }
    }

    /** The arguments as the run's options, nothing decided here. */
    DeidRunOptions runOptions() {
        return runArgs.runOptions().naming(naming).duplicates(duplicates).durable(durable).quarantine(quarantine)
                .verify(verify).work(work).logInputPaths(logInputPaths).k(k).build();
    }

    private DeidRun build(KeySource source, AttributeProtector protector) {
        try {
            return DeidRun.builder(runOptions(), source).protector(protector)
                    .notices(n -> spec.commandLine().getErr().println("veil deid: " + n)).build();
        } catch (InvalidRunException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** No progress with --quiet, a bar on a terminal, else a line now and then. */
    private static ProgressStyle progress() {
        if (!ConsoleLog.enabled(Level.INFO)) {
            return ProgressStyle.NONE;
        }
        return System.console() != null ? ProgressStyle.BAR : ProgressStyle.LOG;
    }

    private Integer run(DeidRun run, FolderTarget target)
            throws IOException, RunRefusedException, InterruptedException {
        FolderResult result = run.toFolder(target);
        spec.commandLine().getOut().print(SummaryText.render(result.summary()));
        Optional<KAnonymisation.Result> anonymised = run.kAnonymise(result);
        anonymised.ifPresent(a -> spec.commandLine().getOut().println(a.line()));
        spec.commandLine().getOut().flush();
        Optional<VerifyReport> report = run.verify(result);
        if (report.isPresent()) {
            spec.commandLine().getOut().print(report.get().toText());
            spec.commandLine().getOut().flush();
        }
        run.report(result, report);
        boolean clean = report.map(VerifyReport::clean).orElse(true);
        boolean withheld = anonymised.map(a -> a.quarantined() > 0).orElse(false);
        if (seal && !DeliveryCommand.seal(runArgs.keystore, result.summary().output(),
                anonymised.map(KAnonymisation.Result::kAfter).orElse(null), spec.commandLine().getOut())) {
            return Veil.PROBLEMS;
        }
        return !clean || withheld ? Veil.PROBLEMS : RunExit.of(result.summary().counts());
    }

    /**
     * On SIGTERM or Ctrl-C: no more links are recorded or committed, the store is closed, and the run exits; the inputs
     * under way are not journaled, so running again redoes them.
     */
    private void stop(LinkageSlot linkage) {
        try {
            linkage.stop();
        } catch (LinkageException e) {
            spec.commandLine().getErr().println("veil deid: " + e.getMessage());
        }
    }

    private int fail(int code, String message) {
        spec.commandLine().getErr().println("veil deid: " + message);
        return code;
    }
}
