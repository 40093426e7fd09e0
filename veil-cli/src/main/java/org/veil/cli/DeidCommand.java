package org.veil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.AttributeProtector;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.profile.ProfileOption;
import org.veil.deid.recipe.DefaceChoices;
import org.veil.deid.recipe.PixelSettings;
import org.veil.deid.recipe.Recipe;
import org.veil.deid.recipe.RecipeException;
import org.veil.deid.recipe.RecipeParser;
import org.veil.deid.text.ScrubPolicy;
import org.veil.deid.text.ScrubbingTextCleaner;
import org.veil.dicom.ReadLimits;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.InstanceProcessor;
import org.veil.verify.Verifier;
import org.veil.verify.VerifyConfig;
import org.veil.verify.VerifyReport;
import org.veil.dicom.ReadLimits;
import org.veil.pipeline.PixelStage;
import org.veil.pipeline.pixel.KeepList;
import org.veil.pipeline.pixel.PixelPolicy;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.deface.DefacePlanner;
import org.veil.pipeline.deface.DefaceReport;
import org.veil.pipeline.deface.DefaceSettings;
import org.veil.pipeline.deface.DefaceStage;
import org.veil.pipeline.pixel.RulePixelStage;
import org.veil.pipeline.pixel.TextDetection;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.RecognizerLookup;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.RuleFormatException;
import org.veil.pixel.redact.RuleLibrary;
import org.veil.pipeline.OutputNaming;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.folder.Durability;
import org.veil.pipeline.folder.FolderRun;
import org.veil.pipeline.folder.FolderRunOptions;
import org.veil.pipeline.folder.InputUnreadableException;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.ProgressStyle;
import org.veil.pipeline.folder.RecordCommit;
import org.veil.pipeline.folder.RecordsNotDurableException;
import org.veil.pipeline.folder.RunRefusedException;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.folder.SummaryText;
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
                + "to the quarantine with a reason file. Run again to resume an interrupted run (needs a fixed key: --keystore).",
            "With --keystore the project key comes from the keystore (password from $VEIL_KEYSTORE_PASSWORD, "
                + "--password-file or a prompt, never an argument) and every pseudonym is recorded in the linkage "
                + "store for `veil reidentify`. With --pkcs11 CONFIG the key stays in a PKCS#11 token, which computes "
                + "every pseudonym (PIN from $VEIL_PKCS11_PIN, --pin-file or a prompt). Without either a random key "
                + "is used and nothing can be re-identified."},
        footer = {"", "Exit codes: 0 every input processed or deliberately skipped; 1 something was quarantined; "
                + "2 usage error or OUT cannot be used; 3 IN cannot be read; 4 keystore or linkage store unusable; "
                + "70 internal error."})
final class DeidCommand implements Callable<Integer> {
    /** The options whose C actions clean free text (the scrubber collects identifiers only when one is on). */
    private static final java.util.Set<ProfileOption> TEXT_OPTIONS = java.util.EnumSet.of(
            ProfileOption.CLEAN_DESCRIPTORS, ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileOption.CLEAN_GRAPHICS);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "input file or folder (read only, never modified)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output folder (new or empty, or an interrupted run "
            + "to resume)")
    Path out;

    @Option(names = "--option", paramLabel = "NAME", description = "a PS3.15 option: retain-safe-private, "
            + "retain-uids, retain-device-identity, retain-institution-identity, retain-patient-characteristics, "
            + "retain-long-full-dates, retain-long-modified-dates, clean-descriptors, clean-structured-content, "
            + "clean-graphics, clean-pixel-data, clean-recognizable-visual-features (repeatable)")
    List<String> options = new ArrayList<>();

    @Option(names = "--quarantine", paramLabel = "DIR", description = "where failing inputs are copied with a "
            + "reason (they hold PHI); default: OUT.quarantine beside OUT")
    Path quarantine;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--naming", paramLabel = "PATTERN", description = "output name pattern with {patient}, {study}, "
            + "{series}, {instance}, {modality}, {instance-number}; {name:8} for an 8-character DICOM File ID "
            + "component, e.g. " + OutputNaming.FILE_SET_PATTERN + " for a conformant DICOMDIR (default: "
            + OutputNaming.DEFAULT_PATTERN + ")")
    String naming = OutputNaming.DEFAULT_PATTERN;

    @Mixin
    KeyOptions keystore;

    @Option(names = "--linkage", paramLabel = "JDBC_URL", description = "linkage store that records every pseudonym "
            + "for audited re-identification (default with --keystore: jdbc:h2:file:<keystore>.linkage; database "
            + "credentials from VEIL_LINKAGE_USER / VEIL_LINKAGE_PASSWORD)")
    String linkage;

    @Option(names = "--encrypt-for", paramLabel = "CERT.pem", description = "X.509 certificate (RSA) of the "
            + "recipient allowed to recover the original values: adds the Encrypted Attributes Sequence (PS3.15 "
            + "E.1.1) to every output")
    Path encryptFor;

    @Option(names = "--recipe", paramLabel = "FILE", description = "YAML recipe: options, rule overrides, filters, "
            + "pseudonym settings, private dictionaries (docs/recipes.md); --option adds to its options")
    Path recipe;

    @Option(names = "--pixel-rules", paramLabel = "FILE|builtin", description = "burned-in text regions by device "
            + "signature (docs/pixel-rules.md), applied with --option clean-pixel-data; repeatable; 'builtin' adds "
            + "Veil's starter library (from the public CTP and pydicom/deid lists), always after your own rules")
    List<String> pixelRules = new ArrayList<>();

    @Option(names = "--pixel-policy", paramLabel = "POLICY", description = "with clean-pixel-data, images that "
            + "probably carry burned-in text: detect (default: a matching pixel rule first, else detected text is "
            + "removed except harmless overlay words read by OCR), rules (pixel rules only, others quarantined) or "
            + "quarantine (all quarantined for review); docs/burned-in-text.md")
    String pixelPolicy;

    @Option(names = "--pixel-erase", paramLabel = "METHOD", description = "how detected text is painted over in "
            + "lossless pixel data: inpaint (default) or fill (background estimate per box)")
    String pixelErase;

    @Option(names = "--allow-lossy-pixels", description = "allow a lossy re-encode where redacted pixels cannot be "
            + "re-encoded losslessly in their transfer syntax (sets Lossy Image Compression)")
    boolean allowLossyPixels;

    @Option(names = "--text-replacement", paramLabel = "MODE", description = "what identifiers found in free text "
            + "become with clean-descriptors / clean-structured-content: ${COMPLETION-CANDIDATES} (default: MARKER, "
            + "i.e. [REDACTED])")
    ScrubPolicy.Replacement textReplacement = ScrubPolicy.Replacement.MARKER;

    @Option(names = "--verify", description = "when the run ends, search the outputs for every identifying value of "
            + "the inputs and check kept attributes and UIDs (as veil verify); exit 1 when something is found")
    boolean verify;

    @Option(names = "--duplicates", paramLabel = "POLICY", description = "an input whose output is already written "
            + "by another input (same SOP Instance UID, e.g. one image in two transfer syntaxes): quarantine (default; "
            + "the reason names the input written), keep-first (skip it), keep-all (write it under a new keyed SOP "
            + "Instance UID; the change report records which output it copies)")
    String duplicates = DuplicatePolicy.QUARANTINE.spelling();

    @Option(names = "--durable", description = "fsync every output before it is renamed into place: survives a power "
            + "failure, not only a killed process (slower)")
    boolean durable;

    @Override
    public Integer call() throws InterruptedException {
        RunKey key = key();
        AttributeProtector protector = encryptFor == null ? null : Recipient.load(encryptFor, spec);
        String url = linkage != null ? linkage : keystore.given() ? keystore.defaultLinkageUrl() : null;
        if (url != null && LinkageStore.missingFile(url) && Files.exists(out.resolve(".veil/journal.tsv"))) {
            return fail(Veil.BROKER, "the linkage store is missing, but OUT holds a run that recorded links in it: "
                    + "restore the store (" + url + ") from a backup, or de-identify into a new output folder");
        }
        try (LinkageStore store = url == null ? null : LinkageConnection.open(url, key.key())) {
            return run(key, settings(key, store == null ? MappingListener.NONE : new LinkageRecorder(store),
                    protector), store == null ? RecordCommit.NONE : () -> commit(store));
        }
    }

    /** Makes the links recorded so far durable (called before each input is journaled). */
    private static void commit(LinkageStore store) throws IOException {
        try {
            store.commitNew();
        } catch (LinkageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Integer run(RunKey key, PipelineSettings settings, RecordCommit records) throws InterruptedException {
        try (OutputMapping mapping = OutputMapping.open(in, out)) {
            FolderRunOptions runOptions = FolderRunOptions.builder()
                    .threads(threads())
                    .durability(durable ? Durability.POWER_LOSS : Durability.PROCESS_CRASH)
                    .quarantine(quarantine)
                    .progress(System.console() != null ? ProgressStyle.BAR : ProgressStyle.LOG)
                    .progressOut(System.err)
                    .key(key.origin(), key.description())
                    .settingsNote(encryptFor == null ? "" : "encrypted attributes")
                    .listener(mapping)
                    .records(records)
                    .build();
            RunSummary summary = new FolderRun(new InstanceProcessor(settings), runOptions).run(in, out);
            if (settings.pixels() instanceof DefaceStage deface) {
                DefaceReport.write(deface.plan(), out.resolve(".veil").resolve("deface"));
            }
            spec.commandLine().getOut().print(SummaryText.render(summary));
            spec.commandLine().getOut().flush();
            mapping.close();
            boolean clean = !verify || verify(settings, mapping.file());
            return summary.hasProblems() || !clean ? Veil.PROBLEMS : Veil.OK;
        } catch (RecordsNotDurableException e) {
            return fail(Veil.BROKER, e.getMessage());
        } catch (InputUnreadableException e) {
            return fail(Veil.INPUT, e.getMessage());
        } catch (RunRefusedException e) {
            return fail(Veil.USAGE, e.getMessage());
        } catch (IOException e) {
            return fail(Veil.INTERNAL, e.getMessage());
        }
    }

    private boolean verify(PipelineSettings settings, Path mappingFile) throws IOException {
        VerifyConfig cfg = VerifyConfig.builder().options(settings.deidentifier().config().options())
                .mappingFile(mappingFile).build();
        VerifyReport report = Verifier.verify(in, out, cfg);
        spec.commandLine().getOut().print(report.toText());
        spec.commandLine().getOut().flush();
        return report.clean();
    }

    private RunKey key() {
        if (keystore.given()) {
            return new RunKey(keystore.load(), KeyOrigin.SUPPLIED, keystore.description());
        }
        try {
            return RunKey.from(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private PipelineSettings settings(RunKey key, MappingListener mappings, AttributeProtector protector) {
        DeidConfig.Builder config = DeidConfig.builder().key(key.key()).mappings(mappings).protector(protector);
        try {
            List<String> recipeRules = List.of();
            PixelSettings pixelSettings = PixelSettings.NONE;
            if (recipe != null) {
                org.veil.deid.recipe.Recipe parsed = RecipeParser.parse(recipe);
                parsed.applyTo(config);
                recipeRules = parsed.pixelRules();
                pixelSettings = parsed.pixels();
            }
            for (String name : options) {
                config.option(ProfileOption.ofCliName(name));
            }
            DeidConfig built = config.build();
            if (TEXT_OPTIONS.stream().anyMatch(built.options()::contains) && built.textCleaner() == null) {
                built = built.toBuilder().textCleaner(ScrubbingTextCleaner.builder().replacement(textReplacement)
                        .build()).build();
            }
            Deidentifier deid = new Deidentifier(built);
            PixelStage pixels = pixelStage(deid, recipeRules, pixelSettings);
            if (built.options().contains(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
                DefacePlan plan = Files.exists(in)
                        ? new DefacePlanner(deid, DefaceSettings.from(recipe == null ? DefaceChoices.NONE
                                : RecipeParser.parse(recipe).deface()), ReadLimits.DEFAULT).plan(in)
                        : DefacePlan.empty();
                pixels = new DefaceStage(pixels, plan, RedactionOptions.DEFAULT);
            }
            return PipelineSettings.builder(deid).pixels(pixels)
                    .naming(OutputNaming.compile(naming))
                    .duplicates(duplicatePolicy())
                    .limits(ReadLimits.DEFAULT.withBudgetFor(Runtime.getRuntime().maxMemory(), threads()))
                    .build();
        } catch (IllegalArgumentException | RecipeException | RuleFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + e.getMessage());
        }
    }

    /** The user's rule files (command line, then recipe) first, the built-in library last: the first match wins. */
    private PixelStage pixelStage(Deidentifier deid, List<String> recipeRules, PixelSettings fromRecipe)
            throws IOException, RuleFormatException {
        List<String> sources = new ArrayList<>(pixelRules);
        sources.addAll(recipeRules);
        boolean builtin = sources.removeIf(RuleLibrary.BUILTIN::equals);
        if (builtin) {
            sources.add(RuleLibrary.BUILTIN);
        }
        List<RedactionRule> rules = RuleLibrary.load(sources, null);
        boolean graphics = deid.config().options().contains(ProfileOption.CLEAN_GRAPHICS);
        boolean pixels = deid.config().options().contains(ProfileOption.CLEAN_PIXEL_DATA);
        if (rules.isEmpty() && !graphics && !pixels) {
            return PixelStage.NONE;
        }
        return new RulePixelStage(rules, RedactionOptions.DEFAULT.withAllowLossy(allowLossyPixels), graphics,
                textDetection(fromRecipe, pixels));
    }

    /** The burned-in text settings: command line over recipe over defaults; OCR looked up only when used. */
    private TextDetection textDetection(PixelSettings fromRecipe, boolean cleanPixels) {
        PixelPolicy policy = PixelPolicy.ofCliName(pixelPolicy != null ? pixelPolicy
                : fromRecipe.policy().orElse(PixelPolicy.DETECT.cliName()));
        if (policy != PixelPolicy.DETECT || !cleanPixels) {
            return TextDetection.rulesOnly().withPolicy(policy);
        }
        String erase = pixelErase != null ? pixelErase : fromRecipe.erase().orElse("inpaint");
        EraseMethod method = switch (erase.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "inpaint" -> EraseMethod.INPAINT;
            case "fill" -> EraseMethod.BACKGROUND;
            default -> throw new IllegalArgumentException("unknown --pixel-erase '" + erase + "'; use inpaint or fill");
        };
        RecognizerLookup ocr = RecognizerLookup.find(DeidCommand.class.getClassLoader());
        if (ocr.recognizer().isEmpty()) {
            spec.commandLine().getErr().println("veil deid: " + ocr.problem());
        }
        KeepList keep = fromRecipe.builtinKeepList() ? KeepList.builtin().plus(fromRecipe.keep())
                : KeepList.of(fromRecipe.keep());
        return TextDetection.detect(ocr.recognizer()).withKeepList(keep).withErase(method);
    }

    /** Worker threads: --threads, else one per core. */
    private int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : positive(threads);
    }

    private DuplicatePolicy duplicatePolicy() {
        for (DuplicatePolicy p : DuplicatePolicy.values()) {
            if (p.spelling().equals(duplicates)) {
                return p;
            }
        }
        throw new ParameterException(spec.commandLine(), "--duplicates must be quarantine, keep-first or keep-all, "
                + "got '" + duplicates + "'");
    }

    private int positive(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        }
        return n;
    }

    private int fail(int code, String message) {
        spec.commandLine().getErr().println("veil deid: " + message);
        return code;
    }
}
