package org.veil.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.text.ScrubPolicy;
import org.veil.pipeline.run.DeidRunOptions;

/**
 * The job's arguments: {@code IN OUT} (Hadoop paths) and the {@code veil deid} options that make sense on a cluster.
 * Secrets are never arguments: the keystore password comes from {@code VEIL_KEYSTORE_PASSWORD} or a file named by
 * {@code --password-file} that every executor can read. Kept as the raw list, so executors parse exactly what the
 * driver parsed.
 */
public final class JobArguments implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String USAGE = "usage: veil spark IN OUT [--master URL] [--partitions N] [--keystore FILE "
            + "[--password-file FILE]] [--linkage JDBC_URL] [--linkage-writes driver|executors] [--k N] [--commit-every N] [--timings] [--recipe FILE] [--option NAME]... [--naming PATTERN] "
            + "[--duplicates POLICY] [--pixel-rules FILE|builtin]... [--pixel-policy POLICY] [--pixel-erase METHOD] "
            + "[--allow-lossy-pixels] [--text-replacement MODE]";

    private final List<String> raw;
    private String in;
    private String out;
    private String master;
    private Integer partitions;
    private String keystore;
    private String passwordFile;
    private String linkage;
    private boolean executorsWriteLinks;
    private Integer k;
    private int commitEvery = 200;
    private boolean timings;
    /** The key loaded by {@link #checkKey} in this JVM (the driver); never serialised to the executors. */
    private transient org.veil.deid.pseudo.ProjectKey key;
    private final List<String> options = new ArrayList<>();
    private final List<String> pixelRules = new ArrayList<>();
    private String recipe;
    private String naming;
    private String duplicates;
    private String pixelPolicy;
    private String pixelErase;
    private boolean allowLossy;
    private String textReplacement;

    private JobArguments(List<String> raw) {
        this.raw = List.copyOf(raw);
    }

    /**
     * @throws IllegalArgumentException with a sentence for a usage error
     */
    public static JobArguments parse(List<String> args) {
        JobArguments a = new JobArguments(args);
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--allow-lossy-pixels")) {
                a.allowLossy = true;
                continue;
            }
            if (arg.equals("--timings")) {
                a.timings = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
            }
            String v = args.get(++i);
            switch (arg) {
                case "--master" -> a.master = v;
                case "--partitions" -> a.partitions = positive(arg, v);
                case "--keystore" -> a.keystore = v;
                case "--password-file" -> a.passwordFile = v;
                case "--linkage" -> a.linkage = v;
                case "--linkage-writes" -> a.executorsWriteLinks = linkageWriter(v);
                case "--k" -> a.k = positive(arg, v);
                case "--commit-every" -> a.commitEvery = positive(arg, v);
                case "--recipe" -> a.recipe = v;
                case "--option" -> a.options.add(v);
                case "--naming" -> a.naming = v;
                case "--duplicates" -> a.duplicates = v;
                case "--pixel-rules" -> a.pixelRules.add(v);
                case "--pixel-policy" -> a.pixelPolicy = v;
                case "--pixel-erase" -> a.pixelErase = v;
                case "--text-replacement" -> a.textReplacement = v;
                default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected IN and OUT, got " + positional.size() + " paths; " + USAGE);
        }
        a.in = positional.get(0);
        a.out = positional.get(1);
        return a;
    }

    private static boolean linkageWriter(String v) {
        return switch (v) {
            case "driver" -> false;
            case "executors" -> true;
            default -> throw new IllegalArgumentException("--linkage-writes must be driver (tasks seal their links in "
                    + "files the driver merges at the end) or executors (every executor writes into the --linkage "
                    + "database), got '" + v + "'");
        };
    }

    private static int positive(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, got '" + v + "'");
    }

    /** The run options, decided as {@code veil deid} decides them (one worker thread per task). */
    DeidRunOptions runOptions() {
        DeidRunOptions.Builder b = DeidRunOptions.builder().options(options).pixelRules(pixelRules)
                .pixelPolicy(pixelPolicy).pixelErase(pixelErase).allowLossyPixels(allowLossy).threads(1);
        if (recipe != null) {
            b.recipe(Path.of(recipe));
        }
        if (naming != null) {
            b.naming(naming);
        }
        if (duplicates != null) {
            b.duplicates(duplicates);
        }
        if (textReplacement != null) {
            b.textReplacement(ScrubPolicy.Replacement.valueOf(textReplacement.toUpperCase(Locale.ROOT)));
        }
        return b.build();
    }

    /**
     * Loads the key on the driver before any executor does, so a missing keystore or a wrong password is one
     * sentence, not a failed job.
     *
     * @throws IllegalArgumentException when no keystore is named
     */
    void checkKey() {
        if (keystore == null) {
            throw new IllegalArgumentException(ExecutorRun.NEEDS_KEYSTORE);
        }
        key = ExecutorRun.loadKey(this);
    }

    /** The key {@link #checkKey} loaded in this JVM, or null (on an executor of a cluster). */
    org.veil.deid.pseudo.ProjectKey loadedKey() {
        return key;
    }

    List<String> raw() {
        return raw;
    }

    String in() {
        return in;
    }

    String out() {
        return out;
    }

    String master() {
        return master;
    }

    Integer partitions() {
        return partitions;
    }

    String keystore() {
        return keystore;
    }

    String passwordFile() {
        return passwordFile;
    }

    /** The linkage store: the one named by {@code --linkage}, else the H2 file beside the keystore. */
    String linkageUrl() {
        if (linkage != null) {
            return linkage;
        }
        Path ks = Path.of(keystore).toAbsolutePath();
        return "jdbc:h2:file:" + ks.resolveSibling(ks.getFileName() + ".linkage");
    }

    /** True when every executor writes its links into the store itself (else the driver merges the tasks' files). */
    boolean executorsWriteLinks() {
        return executorsWriteLinks;
    }

    /**
     * Inputs a task finishes before it seals their linkage records in one file and marks them done (a killed task
     * redoes at most this many; fewer means more small files).
     */
    int commitEvery() {
        return commitEvery;
    }

    /** True when the phases' wall and CPU times are printed at the end. */
    boolean timings() {
        return timings;
    }

    /** The k of {@code --k}, or null. */
    Integer k() {
        return k;
    }
}
