package org.veil.pipeline.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veil.profile.ProfileOption;
import org.veil.text.ScrubPolicy;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.OutputNaming;

/**
 * What a person asked a run to do, as plain values a front end fills from its own arguments (command line, gateway
 * configuration, Spark job parameters) and nothing else: no defaults are decided by the front end, and no value here is
 * interpreted until {@link DeidRun#builder} builds the run. Names are those of the command line ({@code --option}
 * names, {@code builtin} for the starter rule library, {@code detect}, {@code inpaint}, {@code keep-first} ...).
 * Immutable; build with {@link #builder()}.
 *
 * @param recipe           YAML recipe file, or null
 * @param options          PS3.15 option names ({@link ProfileOption#cliName()}), added to the recipe's
 * @param pixelRules       pixel rule files, or {@code builtin}, in the order given; the recipe's follow
 * @param pixelPolicy      burned-in text policy ({@code detect}, {@code rules}, {@code quarantine}), or null for the
 *                         recipe's, else {@code detect}
 * @param pixelErase       how detected text is painted over ({@code inpaint}, {@code fill}), or null for the recipe's,
 *                         else {@code inpaint}
 * @param allowLossyPixels allow a lossy re-encode where redacted pixels cannot be re-encoded losslessly
 * @param textReplacement  what identifiers found in free text become when a text option is on
 * @param naming           output name pattern ({@link OutputNaming})
 * @param duplicates       duplicate policy spelling ({@link DuplicatePolicy#spelling()})
 * @param threads          worker threads, or null for one per core
 * @param durable          force every output to disk before it is renamed into place (folder runs)
 * @param quarantine       quarantine folder of a folder run, or null for {@code OUT.quarantine} beside OUT
 * @param verify           search the outputs of a folder run for the inputs' identifying values when it ends
 * @param work             work folder of a folder run (journal, lock, change report, summary, mapping), or null for
 *                         {@code OUT.veil} beside OUT
 * @param logInputPaths    name inputs by their path in warnings and errors besides their id (PHI: documented so)
 * @param k                target k-anonymity of a folder run's delivery ({@code --k}), or null for none: the
 *                         outputs are generalised and the patients that cannot reach it quarantined
 */
public record DeidRunOptions(Path recipe, List<String> options, List<String> pixelRules, String pixelPolicy,
                             String pixelErase, boolean allowLossyPixels, ScrubPolicy.Replacement textReplacement,
                             String naming, String duplicates, Integer threads, boolean durable, Path quarantine,
                             boolean verify, Path work, boolean logInputPaths, Integer k) {
    /** Every default: the Basic Profile only, default naming, duplicates quarantined, one thread per core. */
    public static final DeidRunOptions DEFAULT = builder().build();

    public DeidRunOptions {
        options = List.copyOf(options);
        pixelRules = List.copyOf(pixelRules);
        Objects.requireNonNull(textReplacement, "textReplacement");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(duplicates, "duplicates");
        if (k != null && k < 1) {
            throw new InvalidRunException("--k must be at least 1, got " + k);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.recipe = recipe;
        b.options.addAll(options);
        b.pixelRules.addAll(pixelRules);
        b.pixelPolicy = pixelPolicy;
        b.pixelErase = pixelErase;
        b.allowLossyPixels = allowLossyPixels;
        b.textReplacement = textReplacement;
        b.naming = naming;
        b.duplicates = duplicates;
        b.threads = threads;
        b.durable = durable;
        b.quarantine = quarantine;
        b.verify = verify;
        b.work = work;
        b.logInputPaths = logInputPaths;
        b.k = k;
        return b;
    }

    /** Assembles {@link DeidRunOptions}; every field starts at its default (see the record's fields). */
    public static final class Builder {
        private Path recipe;
        private final List<String> options = new ArrayList<>();
        private final List<String> pixelRules = new ArrayList<>();
        private String pixelPolicy;
        private String pixelErase;
        private boolean allowLossyPixels;
        private ScrubPolicy.Replacement textReplacement = ScrubPolicy.Replacement.MARKER;
        private String naming = OutputNaming.DEFAULT_PATTERN;
        private String duplicates = DuplicatePolicy.QUARANTINE.spelling();
        private Integer threads;
        private boolean durable;
        private Path quarantine;
        private boolean verify;
        private Path work;
        private boolean logInputPaths;
        private Integer k;

        private Builder() {
        }

        public Builder recipe(Path v) {
            recipe = v;
            return this;
        }

        /** Adds option names (e.g. {@code clean-descriptors}). */
        public Builder options(List<String> names) {
            options.addAll(names);
            return this;
        }

        /** Adds one option. */
        public Builder option(ProfileOption v) {
            options.add(v.cliName());
            return this;
        }

        /** Adds pixel rule sources (files, or {@code builtin}). */
        public Builder pixelRules(List<String> sources) {
            pixelRules.addAll(sources);
            return this;
        }

        public Builder pixelPolicy(String v) {
            pixelPolicy = v;
            return this;
        }

        public Builder pixelErase(String v) {
            pixelErase = v;
            return this;
        }

        public Builder allowLossyPixels(boolean v) {
            allowLossyPixels = v;
            return this;
        }

        public Builder textReplacement(ScrubPolicy.Replacement v) {
            textReplacement = v;
            return this;
        }

        public Builder naming(String v) {
            naming = v;
            return this;
        }

        public Builder duplicates(String v) {
            duplicates = v;
            return this;
        }

        /** Worker threads; null for one per core. */
        public Builder threads(Integer v) {
            threads = v;
            return this;
        }

        public Builder durable(boolean v) {
            durable = v;
            return this;
        }

        public Builder quarantine(Path v) {
            quarantine = v;
            return this;
        }

        public Builder verify(boolean v) {
            verify = v;
            return this;
        }

        public Builder work(Path v) {
            work = v;
            return this;
        }

        public Builder logInputPaths(boolean v) {
            logInputPaths = v;
            return this;
        }

        /** Target k-anonymity of a folder run's delivery; null for none. */
        public Builder k(Integer v) {
            k = v;
            return this;
        }

        public DeidRunOptions build() {
            return new DeidRunOptions(recipe, options, pixelRules, pixelPolicy, pixelErase, allowLossyPixels,
                    textReplacement, naming, duplicates, threads, durable, quarantine, verify, work, logInputPaths, k);
        }
    }
}
