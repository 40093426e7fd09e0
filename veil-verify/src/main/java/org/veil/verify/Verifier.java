package org.veil.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * {@code veil verify ORIGINAL OUTPUT}: an independent check of a delivery. Pairs outputs with inputs
 * ({@link MappingFile}), collects every identifying value of the inputs and searches every byte of every output (at
 * every depth, private elements and bulk text included; image pixel data skipped by default) and every output file
 * and folder name for them; checks that kept attributes and uncleaned pixel data are identical, that replaced UIDs
 * changed, are valid and consistent across files, and that each original patient has one pseudonymous patient.
 *
 * <pre>{@code
 * VerifyReport r = Verifier.verify(Path.of("in"), Path.of("out"), VerifyConfig.defaults());
 * System.out.print(r.toText());
 * }</pre>
 */
public final class Verifier {
    private static final ThreadLocal<ValueDigest> DIGEST = ThreadLocal.withInitial(ValueDigest::new);

    private final Path original;
    private final Path output;
    private final VerifyConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Consistency consistency = new Consistency();
    private Set<String> copies = Set.of();
    private long bytesSearched;
    private int outputFiles;
    private int inputWarnings;

    private Verifier(Path original, Path output, VerifyConfig config) {
        this.original = original;
        this.output = output;
        this.config = config;
    }

    /**
     * Verifies a delivery.
     *
     * @param original the input folder, or the single input file of a delivery made from one file
     * @throws UnverifiableException when ORIGINAL or OUTPUT is not usable, or when no output has a readable DICOM input
     *                               to be checked against
     * @throws IOException           when a folder or the mapping file cannot be read (an unreadable DICOM input among
     *                               readable ones is a finding)
     */
    public static VerifyReport verify(Path original, Path output, VerifyConfig cfg) throws IOException {
        if (!Files.exists(original)) {
            throw new UnverifiableException(UnverifiableException.Cause.USAGE,
                    "ORIGINAL does not exist: give the folder the delivery was made from");
        }
        if (!Files.isDirectory(output)) {
            throw new UnverifiableException(UnverifiableException.Cause.USAGE,
                    "OUTPUT is not an existing folder: give the de-identified folder");
        }
        Path root = Files.isDirectory(original) ? original : original.toAbsolutePath().getParent();
        return new Verifier(root, output, cfg).run();
    }

    private VerifyReport run() throws IOException {
        long t0 = System.nanoTime();
        Pairing pairing = Pairing.of(original, output, config.mappingFile());
        copies = DeclaredCopies.read(output, config.mappingFile() != null ? config.mappingFile()
                : Pairing.defaultMapping(output));
        notes.addAll(pairing.notes());
        NeedleSet.Builder builder = new NeedleSet.Builder(config);
        InputCollector collector = new InputCollector(new ProfileLookup(config.options()), config, builder);
        Map<String, InputFacts> facts = readInputs(pairing, collector);
        checkVerifiable(pairing, facts);
        if (inputWarnings > 0) {
            notes.add(inputWarnings + " read warning(s) in the inputs (recoveries of the lenient reader, logged when "
                    + "the inputs were de-identified, not again here)");
        }
        NeedleSet needles = builder.build();
        collector.legitimateText(needles.disabler());
        collector.cleanedText(needles.descriptiveDisabler());
        OutputSearch search = new OutputSearch(needles, config);
        List<Checked> todo = new ArrayList<>();
        for (Pairing.Pair p : pairing.pairs()) {
            todo.add(new Checked(p.output(), p.outputFile(), facts.get(p.input())));
        }
        for (String o : pairing.unpaired()) {
            todo.add(new Checked(o, output.resolve(o), null));
        }
        InOrder.run(todo, config.threads(), c -> checkOne(c, search), this::add);
        searchNames(pairing, search);
        findings.addAll(consistency.findings());
        if (consistency.mergedPatients() > 0) {
            notes.add(consistency.mergedPatients() + " pseudonymous patient(s) stand for several original patient "
                    + "keys (expected only where the linkage store merged dirty input)");
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new VerifyReport(findings, notes, pairing.pairs().size(), outputFiles, bytesSearched,
                needles.enabledCount(), consistency.originalPatients(), consistency.pseudonymousPatients(),
                consistency.uidsMapped(), millis);
    }

    /**
     * Pass 1: reads each distinct input once, on several threads, keeping only its {@link InputFacts} (null when
     * unreadable); its needles and legitimate text go to {@code collector} in input order.
     */
    private Map<String, InputFacts> readInputs(Pairing pairing, InputCollector collector) {
        Map<String, Pairing.Pair> firstPair = new LinkedHashMap<>();
        for (Pairing.Pair p : pairing.pairs()) {
            firstPair.putIfAbsent(p.input(), p);
        }
        Map<String, InputFacts> facts = new HashMap<>();
        InOrder.run(List.copyOf(firstPair.values()), config.threads(), p -> readInput(p, collector), r -> {
            inputWarnings += r.warnings();
            if (r.collected() != null) {
                collector.add(r.collected());
                facts.put(r.pair().input(), r.collected().facts());
            } else {
                facts.put(r.pair().input(), null);
                findings.add(new Finding(Finding.Kind.UNREADABLE, r.pair().output(), "",
                        "its input " + r.pair().input() + " cannot be read, so it cannot be verified: " + r.error()));
            }
        });
        return facts;
    }

    /** Refuses a run in which no output can be checked against a readable DICOM input. */
    private static void checkVerifiable(Pairing pairing, Map<String, InputFacts> facts) throws UnverifiableException {
        if (pairing.pairs().isEmpty() && !pairing.unpaired().isEmpty()) {
            throw new UnverifiableException(UnverifiableException.Cause.INPUT, "no output could be paired with an "
                    + "input: there is no mapping file and no output has the relative path of an input; give the "
                    + "mapping file veil deid wrote (--mapping) or the folder the delivery was made from");
        }
        if (!facts.isEmpty() && facts.values().stream().allMatch(java.util.Objects::isNull)) {
            throw new UnverifiableException(UnverifiableException.Cause.INPUT, "none of the " + facts.size()
                    + " input(s) paired with an output can be read as DICOM: ORIGINAL is not the folder the delivery "
                    + "was made from");
        }
    }

    private record Read(Pairing.Pair pair, InputCollector.Collected collected, String error, int warnings) {
    }

    private Read readInput(Pairing.Pair p, InputCollector collector) {
        try {
            // the run that produced the outputs read and reported these files already: count, do not log again
            DicomFile f = DicomReader.readQuietly(p.inputFile(), config.limits());
            return new Read(p, collector.collect(p.input(), f, DIGEST.get()), null,
                    f.warnings().messages().size() + f.warnings().dropped());
        } catch (IOException | RuntimeException e) {
            return new Read(p, null, e.getMessage(), 0);
        }
    }

    /** One output to check: its input's facts, or null (no input, or an unreadable one); then what was found. */
    private static final class Checked {
        final String rel;
        final Path file;
        final InputFacts in;
        final List<Finding> found = new ArrayList<>();
        final Consistency.Batch batch = new Consistency.Batch();
        long bytes;

        Checked(String rel, Path file, InputFacts in) {
            this.rel = rel;
            this.file = file;
            this.in = in;
        }
    }

    /** Pass 2, one output (on any thread): reads, checks and searches it. */
    private Checked checkOne(Checked c, OutputSearch search) {
        List<Finding> out = c.found;
        OutputSearch.Read read = search.read(c.file);
        if (read.dicom() != null && c.in != null) {
            try {
                OutputChecks checks = new OutputChecks(config, c.batch, out, DIGEST.get());
                (copies.contains(c.rel) ? checks.asCopy() : checks).check(c.in, c.rel, read.dicom().fileMeta(),
                        read.dicom().dataset());
                if (DirectoryCheck.applies(read.dicom().dataset())) {
                    DirectoryCheck.check(c.rel, c.file, read.dicom().dataset(), out);
                }
            } catch (IOException | UncheckedIOException e) {
                out.add(new Finding(Finding.Kind.UNREADABLE, c.rel, "",
                        "cannot be compared with its input: " + e.getMessage()));
            }
        } else if (read.dicom() != null) {
            out.add(new Finding(Finding.Kind.UNPAIRED_OUTPUT, c.rel, "",
                    "DICOM output with no input to check it against (searched for every input's values)"));
        } else if (c.in != null) {
            out.add(new Finding(Finding.Kind.UNREADABLE, c.rel, "", "output is not readable DICOM"));
        }
        try {
            c.bytes = search.search(c.rel, c.file, read, c.in, out);
        } catch (IOException | UncheckedIOException e) {
            out.add(new Finding(Finding.Kind.UNREADABLE, c.rel, "", "cannot be searched: " + e.getMessage()));
        }
        return c;
    }

    /** Takes one checked output's results, in output order. */
    private void add(Checked c) {
        outputFiles++;
        bytesSearched += c.bytes;
        findings.addAll(c.found);
        consistency.apply(c.batch);
    }

    private void searchNames(Pairing pairing, OutputSearch search) {
        Set<String> names = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        pairing.pairs().forEach(p -> all.add(p.output()));
        all.addAll(pairing.unpaired());
        for (String rel : all) {
            for (int i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
                names.add(rel.substring(0, i));
            }
            names.add(rel);
        }
        for (String n : names) {
            search.searchName(n, findings);
        }
    }
}
