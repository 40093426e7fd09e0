package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.LinkageWarmUp;
import org.veil.deid.engine.AttributeProtector;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.profile.ConfidentialityTable;
import org.veil.text.ScrubPolicy;
import org.veil.text.TextScrubber;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.KeySource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that decide what a de-identification run does, shared by every front end that runs one ({@code veil
 * deid}, {@code veil gateway}): PS3.15 options, recipe, pixel settings, free-text replacement, threads, the key
 * (keystore or token), the linkage store and the attribute recipient. What is specific to a front end (output folder,
 * naming, spool, network) stays in its command.
 */
final class DeidRunArgs {
    /** The --option names whose run builds the free-text cleaner. */
    private static final Set<String> TEXT_OPTIONS = Set.of("clean-descriptors", "clean-structured-content",
            "clean-graphics");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--option", paramLabel = "NAME", description = "a PS3.15 option: retain-safe-private, "
            + "retain-uids, retain-device-identity, retain-institution-identity, retain-patient-characteristics, "
            + "retain-long-full-dates, retain-long-modified-dates, clean-descriptors, clean-structured-content, "
            + "clean-graphics, clean-pixel-data, clean-recognizable-visual-features (repeatable)")
    List<String> options = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

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

    /** These options in a run's options builder; the front end adds its own (naming, quarantine ...). */
    DeidRunOptions.Builder runOptions() {
        return DeidRunOptions.builder().recipe(recipe).options(options).pixelRules(pixelRules)
                .pixelPolicy(pixelPolicy).pixelErase(pixelErase).allowLossyPixels(allowLossyPixels)
                .textReplacement(textReplacement).threads(threads);
    }

    /** The key: the keystore's or token's, else the test key from the environment, else a random one. */
    RunKey key() {
        if (keystore.given()) {
            return new RunKey(keystore.load(), KeyOrigin.SUPPLIED, keystore.description());
        }
        try {
            return RunKey.from(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /**
     * As {@link #key()}, but a keystore or token is unlocked on another thread while this one loads the shared text
     * tables and the detectors (when a text option is on), the data dictionary and the profile table, and the H2
     * linkage store's code (see {@link KeyedStartUp}).
     */
    RunKey keyWhilePreparing() throws InterruptedException {
        if (!keystore.given()) {
            return key();
        }
        List<Runnable> preparations = new ArrayList<>();
        if (options.stream().anyMatch(TEXT_OPTIONS::contains)) {
            // a throw-away scrubber: the shared tables, and the detectors' classes the run's scrubber loads anyway
            preparations.add(() -> TextScrubber.builder().build());
        }
        // the data dictionary and PS3.15 Table E.1-1, which building the run reads first once the key is there
        preparations.add(() -> StandardDictionary.vr(ConfidentialityTable.rules().iterator().next().tag()));
        String url = linkageUrl();
        if (url != null && url.startsWith("jdbc:h2:")) {
            preparations.add(LinkageWarmUp::run);
        }
        return KeyedStartUp.load(this::key, preparations);
    }

    /** The recipient's protector for --encrypt-for, or null. */
    AttributeProtector protector() {
        return encryptFor == null ? null : Recipient.load(encryptFor, command);
    }

    /** The linkage store's URL: --linkage, else the keystore's default, else null (nothing recorded). */
    String linkageUrl() {
        return linkage != null ? linkage : keystore.given() ? keystore.defaultLinkageUrl() : null;
    }

    /** The run's key source, recording every pseudonym into {@code store} when there is one. */
    static KeySource keySource(RunKey key, LinkageStore store) {
        KeySource source = KeySource.of(key.key(), key.origin(), key.description());
        return store == null ? source : source.recordingTo(new LinkageRecorder(store), () -> commit(store));
    }

    /** Makes the links recorded so far durable (called before each input is journaled or acknowledged). */
    private static void commit(LinkageStore store) throws IOException {
        try {
            store.commitNew();
        } catch (LinkageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
