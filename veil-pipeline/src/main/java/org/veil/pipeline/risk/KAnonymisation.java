package org.veil.pipeline.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.veil.broker.risk.Anonymity;
import org.veil.broker.risk.Delivery;
import org.veil.broker.risk.Generalisation;
import org.veil.broker.risk.GeneralisationLadder;
import org.veil.broker.risk.QuasiIdentifier;
import org.veil.broker.risk.RiskReport;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * Brings a written delivery to k-anonymity over all {@link QuasiIdentifier}s: measures it, rewrites every output with
 * the first generalisation of the {@link GeneralisationLadder} that reaches k (or its coarsest one), measures again,
 * and moves the files of the patients still in classes smaller than k to {@code QUARANTINE/k-anonymity/} with a reason
 * file. Fails closed: whatever the ladder proposes that a header cannot show (a study count) is caught by the second
 * measurement and ends in the quarantine. Each rewritten or withheld output is listed, by attribute and never by
 * value, in {@code k-anonymity.jsonl} in the work folder ({@link KAnonymityChanges}).
 */
public final class KAnonymisation {
    /** The quarantine category. */
    public static final String CATEGORY = "re-identification risk";

    /**
     * What was done.
     *
     * @param targetK     the k asked for
     * @param kBefore     the delivery's k as written by the run
     * @param applied     the generalisation applied, as a sentence ({@code as delivered} when none was needed)
     * @param rewritten   files rewritten
     * @param quarantined patients moved to the quarantine
     * @param kAfter      the k of what remains in OUT (0 when nothing remains)
     */
    public record Result(int targetK, int kBefore, String applied, int rewritten, int quarantined, int kAfter) {
        /** One line for the run's summary. */
        public String line() {
            return "k-anonymity: k " + kBefore + " -> " + kAfter + " (target " + targetK + "); " + applied + "; "
                    + rewritten + " file(s) rewritten, " + quarantined + " patient(s) quarantined";
        }
    }

    private KAnonymisation() {
    }

    /** Applies k to the delivery in {@code out}; records the result as {@code k-anonymity.txt} in {@code work}. */
    public static Result apply(Path out, Path quarantine, Path work, int k) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1, got " + k);
        }
        List<QuasiIdentifier> all = List.of(QuasiIdentifier.values());
        RiskReport before = RiskReport.of(Delivery.scan(out), all, null, k);
        int rewritten = 0;
        Generalisation g = Generalisation.NONE;
        KAnonymityChanges changes = new KAnonymityChanges(k);
        if (!before.meetsTarget() && !before.ladder().isEmpty()) {
            GeneralisationLadder.Step proposal = before.proposal();
            g = proposal != null ? proposal.generalisation()
                    : before.ladder().get(before.ladder().size() - 1).generalisation();
            rewritten = rewriteAll(out, g, changes);
        }
        Delivery after = Delivery.scan(out);
        Anonymity measured = Anonymity.measure(after.patients(), all, Generalisation.NONE, null, k);
        Set<String> violators = new HashSet<>(measured.violators());
        if (!violators.isEmpty()) {
            withhold(out, quarantine, violators, k, changes);
        }
        changes.appendTo(work);
        Delivery remaining = Delivery.scan(out);
        int kAfter = remaining.patients().isEmpty() ? 0
                : Anonymity.measure(remaining.patients(), all, Generalisation.NONE, null, k).k();
        Result r = new Result(k, before.k(), g.describe(), rewritten, violators.size(), kAfter);
        Files.createDirectories(work);
        Files.writeString(work.resolve("k-anonymity.txt"), r.line() + System.lineSeparator());
        return r;
    }

    /** An output's name as the change report gives it: its path under OUT with forward slashes. */
    private static String name(Path out, Path file) {
        return out.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> dicomFiles(Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).filter(p -> !hidden(out, p)).forEach(files::add);
        }
        return files;
    }

    private static boolean hidden(Path out, Path p) {
        for (Path part : out.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static int rewriteAll(Path out, Generalisation g, KAnonymityChanges changes) throws IOException {
        int n = 0;
        for (Path file : dicomFiles(out)) {
            DicomFile dicom;
            try {
                dicom = DicomReader.readQuietly(file, ReadLimits.DEFAULT);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (dicom.dataset().get(Tags.PatientID) == null) {
                continue;
            }
            List<HeaderGeneralisation.Rewrite> rewrites = HeaderGeneralisation.apply(DatasetView.of(dicom.dataset()), g);
            if (!rewrites.isEmpty()) {
                HeaderGeneralisation.replace(dicom, file);
                changes.rewritten(name(out, file), rewrites);
                n++;
            }
        }
        return n;
    }

    private static void withhold(Path out, Path quarantine, Set<String> patients, int k, KAnonymityChanges changes)
            throws IOException {
        String reason = CATEGORY + ": the patient stays in a class of fewer than " + k + " patients after the "
                + "proposed generalisations, so the file was withheld from the delivery.";
        Path into = quarantine.resolve("k-anonymity");
        for (Path file : dicomFiles(out)) {
            String id;
            try {
                id = DatasetView.of(DicomReader.readQuietly(file, ReadLimits.DEFAULT).dataset()).string(Tags.PatientID);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (id == null || !patients.contains(id.trim())) {
                continue;
            }
            Path target = into.resolve(out.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                    reason + System.lineSeparator());
            changes.withheld(name(out, file), reason);
        }
    }
}
