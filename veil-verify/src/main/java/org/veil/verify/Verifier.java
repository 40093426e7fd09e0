package org.veil.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Path original;
    private final Path output;
    private final VerifyConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Consistency consistency = new Consistency();
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
     * @throws IOException when a folder or the mapping file cannot be read (unreadable DICOM files are findings)
     */
    public static VerifyReport verify(Path original, Path output, VerifyConfig cfg) throws IOException {
        return new Verifier(original, output, cfg).run();
    }

    private VerifyReport run() throws IOException {
        long t0 = System.nanoTime();
        Pairing pairing = Pairing.of(original, output, config.mappingFile());
        notes.addAll(pairing.notes());
        NeedleSet.Builder builder = new NeedleSet.Builder(config);
        InputCollector collector = new InputCollector(new ProfileLookup(config.options()), config, builder);
        Map<String, InputFacts> facts = readInputs(pairing, collector);
        if (inputWarnings > 0) {
            notes.add(inputWarnings + " read warning(s) in the inputs (recoveries of the lenient reader, logged when "
                    + "the inputs were de-identified, not again here)");
        }
        NeedleSet needles = builder.build();
        needles.disableWhereFound(collector.legitimateText());
        OutputSearch search = new OutputSearch(needles, config, findings);
        OutputChecks checks = new OutputChecks(config, consistency, findings);
        for (Pairing.Pair p : pairing.pairs()) {
            InputFacts in = facts.get(p.input());
            checkOne(p.output(), p.outputFile(), in, checks, search);
        }
        for (String o : pairing.unpaired()) {
            checkOne(o, output.resolve(o), null, checks, search);
        }
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

    private Map<String, InputFacts> readInputs(Pairing pairing, InputCollector collector) {
        Map<String, InputFacts> facts = new HashMap<>();
        for (Pairing.Pair p : pairing.pairs()) {
            if (facts.containsKey(p.input())) {
                continue;
            }
            try {
                // the run that produced the outputs read and reported these files already: count, do not log again
                DicomFile f = DicomReader.readQuietly(p.inputFile(), config.limits());
                inputWarnings += f.warnings().messages().size() + f.warnings().dropped();
                facts.put(p.input(), collector.collect(p.input(), f));
            } catch (IOException | RuntimeException e) {
                facts.put(p.input(), null);
                findings.add(new Finding(Finding.Kind.UNREADABLE, p.output(), "",
                        "its input " + p.input() + " cannot be read, so it cannot be verified: " + e.getMessage()));
            }
        }
        return facts;
    }

    private void checkOne(String rel, Path file, InputFacts in, OutputChecks checks, OutputSearch search) {
        outputFiles++;
        try {
            OutputSearch.Read read = search.read(file);
            if (read.dicom() != null && in != null) {
                checks.check(in, rel, read.dicom().fileMeta(), read.dicom().dataset());
            } else if (read.dicom() != null) {
                findings.add(new Finding(Finding.Kind.UNPAIRED_OUTPUT, rel, "",
                        "DICOM output with no input to check it against (searched for every input's values)"));
            } else if (in != null) {
                findings.add(new Finding(Finding.Kind.UNREADABLE, rel, "", "output is not readable DICOM"));
            }
            bytesSearched += search.search(rel, file, read);
        } catch (IOException e) {
            findings.add(new Finding(Finding.Kind.UNREADABLE, rel, "", "cannot be searched: " + e.getMessage()));
        }
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
            search.searchName(n);
        }
    }
}
