package org.veil.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.io.FailureText;
import org.veil.verify.VerifyReport;

/**
 * Writes {@code report.html} next to the run's summary and change report (see the package documentation):
 * <pre>{@code
 * DeliveryReport.write(summary.output(), stateDir, pixelCleaned.inputs(), Optional.of(verifyReport), facts);
 * }</pre>
 */
public final class DeliveryReport {
    /** The report's file name in the run's state folder. */
    public static final String FILE = "report.html";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReport.class);

    private DeliveryReport() {
    }

    /**
     * Writes the report; a failure is logged (without paths) and the run goes on.
     *
     * @param out       the output folder, read back for the study table and the thumbnails
     * @param stateDir  the folder holding {@code summary.json} and {@code changes.jsonl}; the report goes there
     * @param originals output name to input file of pixel-cleaned outputs, for "before" thumbnails; used only when
     *                  {@code stateDir} lies outside the output folder
     * @param verify    the verification of the outputs, when it ran
     * @return the report file, or empty when it could not be written
     */
    public static Optional<Path> write(Path out, Path stateDir, Map<String, Path> originals,
                                       Optional<VerifyReport> verify) {
        return write(out, stateDir, originals, verify, null);
    }

    /**
     * Writes the report as {@link #write(Path, Path, Map, Optional)}, from what {@code facts} collected during the
     * run when it is complete: give it only when the run was done in one session and its outputs were not changed
     * after (otherwise, or when null, the change report and the outputs are read back).
     */
    public static Optional<Path> write(Path out, Path stateDir, Map<String, Path> originals,
                                       Optional<VerifyReport> verify, DeliveryFacts facts) {
        try {
            boolean phiSide = !stateDir.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize());
            boolean collected = facts != null && facts.complete();
            RunRecords records = collected ? RunRecords.of(stateDir, facts) : RunRecords.read(stateDir);
            StudyTable studies = collected ? facts.studies() : StudyTable.of(out, records.outputs());
            List<ReportHtml.Pictures> pictures = new ArrayList<>();
            for (String name : records.pixelOutputs()) {
                Optional<String> after = Thumbnail.of(out.resolve(name));
                Path input = phiSide ? originals.get(name) : null;
                String before = input == null ? null : Thumbnail.of(input).orElse(null);
                after.ifPresent(a -> pictures.add(new ReportHtml.Pictures(name, a, before)));
            }
            String html = ReportHtml.render(new ReportHtml.Parts(records.summary(), studies, records.rules(),
                    verifyText(verify), pictures, KAnonymityStep.read(stateDir)));
            Path file = stateDir.resolve(FILE);
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("the HTML delivery report could not be written ({})", FailureText.withoutDetail(e));
            return Optional.empty();
        }
    }

    private static String verifyText(Optional<VerifyReport> verify) {
        if (verify.isEmpty()) {
            return "Not run (add --verify to search the outputs for every identifying value of the inputs).";
        }
        VerifyReport v = verify.get();
        if (v.clean()) {
            return "<span class=\"good\">CLEAN</span>: " + v.outputFiles() + " outputs searched for "
                    + v.needles() + " identifying values of the inputs; nothing found.";
        }
        StringBuilder b = new StringBuilder("<span class=\"bad\">NOT CLEAN</span>: " + v.findings().size()
                + " findings (");
        v.counts().forEach((kind, n) -> b.append(ReportHtml.esc(kind.toString())).append(' ').append(n).append(' '));
        return b.append(") in ").append(v.outputFiles()).append(" outputs; see veil verify for details.").toString();
    }
}
