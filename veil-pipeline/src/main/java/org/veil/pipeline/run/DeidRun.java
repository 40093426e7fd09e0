package org.veil.pipeline.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.deid.engine.AttributeProtector;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.profile.ProfileOption;
import org.veil.deid.recipe.PixelSettings;
import org.veil.deid.recipe.Recipe;
import org.veil.deid.recipe.RecipeException;
import org.veil.deid.recipe.RecipeParser;
import org.veil.text.ScrubbingTextCleaner;
import org.veil.dicom.ReadLimits;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.OutputNaming;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.PixelStage;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.risk.KAnonymisation;
import org.veil.pipeline.deface.DefacePlanner;
import org.veil.pipeline.deface.DefaceSettings;
import org.veil.pipeline.folder.DryRunReport;
import org.veil.pipeline.folder.RunDirectories;
import org.veil.pipeline.report.DeliveryReport;
import org.veil.pipeline.deface.DefaceStage;
import org.veil.pipeline.folder.RunRefusedException;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RuleFormatException;
import org.veil.verify.Verifier;
import org.veil.verify.VerifyConfig;
import org.veil.verify.VerifyReport;

/**
 * One de-identification run, fixed before the first instance: every domain default is decided here from the plain
 * {@link DeidRunOptions} and {@link KeySource} a front end gives, so the command line, the gateway, the Spark job and
 * the web review get the same bytes from the same options. Immutable and thread-safe; build with {@link #builder}.
 *
 * <p>Decided here: the recipe's settings first and the option names added to them; the free-text cleaner (with the
 * chosen replacement) whenever clean-descriptors, clean-structured-content or clean-graphics is on and the recipe set
 * none; the pixel stage (see {@link #pixelStage()}: none, or rules — the front end's, the recipe's, then the built-in
 * library — with burned-in text detection and OCR when clean-pixel-data is on); defacing for
 * clean-recognizable-visual-features, planned over whole series before the first instance; the read budget per worker
 * ({@link ReadLimits#withBudgetFor}); naming and duplicate policy; one worker per core.
 *
 * <p>Deliver with {@link #toFolder} (a folder tree into an output folder, resumable) or {@link #perInstance} (the
 * front end's own sinks, one {@link org.veil.pipeline.Input} at a time).
 */
public final class DeidRun {
    /** The options whose C actions clean free text (the scrubber collects identifiers only when one is on). */
    private static final Set<ProfileOption> TEXT_OPTIONS = EnumSet.of(ProfileOption.CLEAN_DESCRIPTORS,
            ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileOption.CLEAN_GRAPHICS);
    private static final Logger LOG = LoggerFactory.getLogger(DeidRun.class);

    private final DeidRunOptions options;
    private final KeySource key;
    private final boolean encrypts;
    private final int threads;
    private final PixelStage pixels;
    private final PipelineSettings settings;
    private final DefaceSettings deface;
    private final TextTerms terms;

    private DeidRun(DeidRunOptions options, KeySource key, boolean encrypts, int threads, PixelStage pixels,
                    PipelineSettings settings, DefaceSettings deface, TextTerms terms) {
        this.deface = deface;
        this.terms = terms;
        this.options = options;
        this.key = key;
        this.encrypts = encrypts;
        this.threads = threads;
        this.pixels = pixels;
        this.settings = settings;
    }

    /** Starts a run from what the front end was asked and the key it loaded. */
    public static Builder builder(DeidRunOptions options, KeySource key) {
        return new Builder(options, key);
    }

    public DeidRunOptions options() {
        return options;
    }

    public KeySource key() {
        return key;
    }

    /**
     * The extra known terms of the free-text cleaner ({@link TextTerms}): a folder run loads those of its work folder
     * before its first instance.
     */
    public TextTerms textTerms() {
        return terms;
    }

    /** The compiled de-identification (options, recipe, key, listeners). */
    public Deidentifier deidentifier() {
        return settings.deidentifier();
    }

    /** The selected PS3.15 options (the recipe's and the front end's). */
    public Set<ProfileOption> profileOptions() {
        return settings.deidentifier().config().options();
    }

    /** Worker threads of a folder run, and the number of workers the read budget is shared among. */
    public int threads() {
        return threads;
    }

    /** True when clean-recognizable-visual-features is on: instances need a plan made over whole series. */
    public boolean defaces() {
        return profileOptions().contains(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
    }

    /** True when outputs carry the Encrypted Attributes Sequence. */
    public boolean encrypts() {
        return encrypts;
    }

    /** The pixel stage chosen for the options, before defacing (which wraps it). */
    public PixelStage pixelStage() {
        return pixels;
    }

    /**
     * The settings every instance is processed with. When the run defaces, its pixel stage holds an empty plan (it
     * leaves every instance undefaced): use {@link #settings(DefacePlan)} with a real plan, as the sinks do.
     */
    public PipelineSettings settings() {
        return settings;
    }

    /** The settings with defacing planned as {@code plan} (the plan is ignored when the run does not deface). */
    public PipelineSettings settings(DefacePlan plan) {
        if (!defaces()) {
            return settings;
        }
        return new PipelineSettings(settings.deidentifier(), new DefaceStage(pixels, plan, RedactionOptions.DEFAULT),
                settings.naming(), settings.limits(), settings.write(), settings.duplicates(),
                settings.truncatedPixelData(), settings.logInputPaths());
    }

    /**
     * Plans defacing over every CT and MR series under {@code in} (a file or folder): which series lose their face,
     * which are refused. An input that does not exist gets an empty plan (the run reports it as unreadable).
     *
     * @throws IOException when the input cannot be walked
     */
    public DefacePlan planDeface(Path in) throws IOException {
        return Files.exists(in) ? new DefacePlanner(deidentifier(), deface, ReadLimits.DEFAULT)
                .plan(in) : DefacePlan.empty();
    }

    /** What a folder run writes into its journal besides the settings (a different note refuses a resume). */
    String settingsNote() {
        return encrypts ? "encrypted attributes" : "";
    }

    /** De-identifies {@code in} (a file or a folder tree) into the folder {@code out}; see {@link #toFolder(FolderTarget)}. */
    public FolderResult toFolder(Path in, Path out) throws IOException, RunRefusedException, InterruptedException {
        return toFolder(FolderTarget.of(in, out));
    }

    /**
     * De-identifies a file or folder tree into an output folder: atomic writes, journal (run it again to resume),
     * quarantine with reasons, the mapping file and {@code summary.json} in the work folder beside OUT ({@code OUT.veil/}),
     * and the defacing report when the run defaces.
     *
     * @throws InvalidRunException when defacing is planned and the input cannot be walked
     * @throws org.veil.pipeline.folder.InputUnreadableException when the input does not exist or cannot be read
     * @throws org.veil.pipeline.folder.RecordsNotDurableException when the linkage records cannot be committed
     * @throws RunRefusedException when the folders overlap or OUT holds something this run cannot continue
     * @throws IOException when the run's own state cannot be written (the run stops and can be resumed)
     */
    public FolderResult toFolder(FolderTarget target) throws IOException, RunRefusedException, InterruptedException {
        return FolderDelivery.run(this, target);
    }

    /**
     * When the options ask for it, searches the outputs of a finished folder run for every identifying value of its
     * inputs and checks kept attributes and UIDs (as {@code veil verify}), with the run's options and mapping file.
     *
     * @return the report, or empty when the options do not ask for verification
     */
    public Optional<VerifyReport> verify(FolderResult result) throws IOException {
        if (!options.verify()) {
            return Optional.empty();
        }
        VerifyConfig cfg = VerifyConfig.builder().options(profileOptions()).mappingFile(result.mappingFile()).build();
        return Optional.of(Verifier.verify(result.input(), result.output(), cfg));
    }

    /**
     * When the options ask for a target k, generalises the outputs of a finished folder run until the delivery is
     * k-anonymous and quarantines the patients that cannot be ({@link KAnonymisation}); records the outcome as
     * {@code k-anonymity.txt} and as a note in {@code summary.json} in the work folder. Call it before {@link #verify} and {@link #report}.
     *
     * @return what was done, or empty when the options set no k
     */
    public Optional<KAnonymisation.Result> kAnonymise(FolderResult result) throws IOException {
        if (options.k() == null) {
            return Optional.empty();
        }
        RunSummary s = result.summary();
        KAnonymisation.Result r = KAnonymisation.apply(s.output(), s.quarantine(), s.work(), options.k());
        s.withNote(r.line());
        return Optional.of(r);
    }

    /**
     * Checks, writing nothing anywhere, that a folder run may start (or resume): call it before opening anything the
     * run records into (a linkage store), so that a refused run leaves no trace.
     *
     * @throws org.veil.pipeline.folder.InputUnreadableException  when the input does not exist or cannot be read
     * @throws org.veil.pipeline.folder.FolderUnwritableException when OUT, the quarantine or the work folder cannot be
     *                                                            written
     * @throws RunRefusedException                                 when the run must not start; the message says why
     */
    public RunDirectories check(FolderTarget target) throws IOException, RunRefusedException {
        return FolderDelivery.folderRun(this, settings, target).check(target.in(), target.out());
    }

    /**
     * What a folder run would write, quarantine and skip, and which rules would fire, writing nothing anywhere (not
     * OUT, the quarantine, the work folder, or the key source's records: give a key source that records nothing).
     */
    public DryRunReport dryRun(FolderTarget target) throws IOException, RunRefusedException, InterruptedException {
        return FolderDelivery.folderRun(this, settings(FolderDelivery.plan(this, target)), target)
                .dryRun(target.in(), target.out());
    }

    /**
     * Writes the self-contained HTML delivery report ({@code report.html}) into the run's work folder: counts, chart,
     * studies by pseudonym, and thumbnails of pixel-cleaned images (before and after: the work folder is outside OUT).
     *
     * @return where it was written, or empty when it could not be (logged; the run itself is unaffected)
     */
    public Optional<Path> report(FolderResult result, Optional<VerifyReport> verified) {
        // what the run collected serves only when it saw every output as it is now: one session, no k-anonymisation
        boolean oneSession = result.summary().counts().resumed() == 0 && options.k() == null;
        return DeliveryReport.write(result.summary().output(), result.summary().work(), result.pixelCleaned(),
                verified, oneSession ? result.delivered() : null);
    }

    /** Starts a per-instance delivery into the front end's own sinks (a gateway, a Spark task). */
    public InstanceRun.Builder perInstance() {
        return new InstanceRun.Builder(this);
    }

    /**
     * A per-instance delivery with defaults: studies decided in memory (first patient seen wins), a fresh census.
     *
     * @throws InvalidRunException when the run defaces (it needs {@link InstanceRun.Builder#defacePlan})
     */
    public InstanceRun perInstance(InstanceSink output, QuarantineSink quarantine) {
        return perInstance().output(output).quarantine(quarantine).build();
    }

    /**
     * Assembles a {@link DeidRun}. The front end may add an attribute protector (Encrypted Attributes Sequence), a
     * parsed recipe instead of the options' file, and a receiver for notices (sentences for the operator, e.g. that
     * OCR is not available; by default they are logged).
     */
    public static final class Builder {
        private final DeidRunOptions options;
        private final KeySource key;
        private AttributeProtector protector;
        private Recipe recipe;
        private Consumer<String> notices = n -> LOG.warn("{}", n);

        private Builder(DeidRunOptions options, KeySource key) {
            this.options = Objects.requireNonNull(options, "options");
            this.key = Objects.requireNonNull(key, "key");
        }

        /** Encrypts the original values for a recipient (the Encrypted Attributes Sequence); null for none. */
        public Builder protector(AttributeProtector v) {
            protector = v;
            return this;
        }

        /** A recipe already parsed; replaces the options' recipe file. */
        public Builder recipe(Recipe v) {
            recipe = v;
            return this;
        }

        /** Receives sentences for the operator while the run is built. */
        public Builder notices(Consumer<String> v) {
            notices = Objects.requireNonNull(v, "notices");
            return this;
        }

        /**
         * Builds the run: parses the recipe and rule files, resolves every name.
         *
         * @throws InvalidRunException with a sentence naming the file (and line) or option that cannot be used
         */
        public DeidRun build() {
            try {
                return assemble();
            } catch (InvalidRunException e) {
                throw e;
            } catch (IllegalArgumentException | RecipeException | RuleFormatException e) {
                throw new InvalidRunException(e.getMessage(), e);
            } catch (IOException e) {
                throw new InvalidRunException("cannot read " + e.getMessage(), e);
            }
        }

        private DeidRun assemble() throws IOException, RecipeException, RuleFormatException {
            DeidConfig.Builder config = DeidConfig.builder().key(key.key()).mappings(key.mappings())
                    .protector(protector);
            List<String> recipeRules = List.of();
            PixelSettings pixelSettings = PixelSettings.NONE;
            DefaceSettings deface = DefaceSettings.DEFAULT;
            Recipe parsed = recipe != null ? recipe : options.recipe() == null ? null
                    : RecipeParser.parse(options.recipe());
            if (parsed != null) {
                parsed.applyTo(config);
                recipeRules = parsed.pixelRules();
                pixelSettings = parsed.pixels();
                deface = DefaceSettings.from(parsed.deface());
            }
            for (String name : options.options()) {
                config.option(ProfileOption.ofCliName(name));
            }
            DeidConfig built = config.build();
            TextTerms terms = new TextTerms();
            if (TEXT_OPTIONS.stream().anyMatch(built.options()::contains) && built.textCleaner() == null) {
                ScrubbingTextCleaner scrubbing = ScrubbingTextCleaner.builder()
                        .replacement(options.textReplacement()).build();
                built = built.toBuilder().textCleaner((ds, days, pseudonym) -> scrubbing.forInstance(ds, days,
                        pseudonym, terms.current())::clean).build();
            }
            Deidentifier deid = new Deidentifier(built);
            PixelStage pixels = PixelChoice.stage(options, recipeRules, pixelSettings, built.options(), notices);
            PixelStage stage = built.options().contains(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)
                    ? new DefaceStage(pixels, DefacePlan.empty(), RedactionOptions.DEFAULT) : pixels;
            OutputNaming naming = OutputNaming.compile(options.naming());
            DuplicatePolicy duplicates = duplicatePolicy(options.duplicates());
            int threads = threads(options.threads());
            PipelineSettings settings = PipelineSettings.builder(deid).pixels(stage).naming(naming)
                    .duplicates(duplicates)
                    .limits(ReadLimits.DEFAULT.withBudgetFor(Runtime.getRuntime().maxMemory(), threads))
                    .logInputPaths(options.logInputPaths())
                    .build();
            return new DeidRun(options, key, protector != null, threads, pixels, settings, deface, terms);
        }

        /** Worker threads: as given, else one per core. */
        private static int threads(Integer given) {
            if (given == null) {
                return Runtime.getRuntime().availableProcessors();
            }
            if (given < 1) {
                throw new InvalidRunException("--threads must be at least 1, got " + given);
            }
            return given;
        }

        private static DuplicatePolicy duplicatePolicy(String spelling) {
            for (DuplicatePolicy p : DuplicatePolicy.values()) {
                if (p.spelling().equals(spelling)) {
                    return p;
                }
            }
            throw new InvalidRunException("--duplicates must be quarantine, keep-first or keep-all, got '" + spelling
                    + "'");
        }
    }
}
