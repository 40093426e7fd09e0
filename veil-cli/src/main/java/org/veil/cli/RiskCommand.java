package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.broker.risk.Delivery;
import org.veil.broker.risk.GeneralisationLadder;
import org.veil.broker.risk.QuasiIdentifier;
import org.veil.broker.risk.RiskHtml;
import org.veil.broker.risk.RiskJson;
import org.veil.broker.risk.RiskReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil risk OUT [--k N] [--qi LIST] [--sensitive QI] [--json FILE] [--html FILE]}: the re-identification risk of
 * a de-identified delivery (k-anonymity, l-diversity, violators, proposed generalisations, residual risks).
 */
@Command(name = "risk", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class, sortOptions = false,
        description = {"Measure the re-identification risk of a de-identified delivery: k-anonymity over the "
                + "quasi-identifiers it still shows, l-diversity, the patients below the target k, and "
                + "generalisations that would reach it.",
                "Writes an HTML report (default OUT.risk.html beside OUT) and, with --json, a JSON file whose "
                        + "top-level k is the delivery's k-anonymity.",
                "Exit 0 when the target k is met, 1 when it is not, 3 when OUT cannot be read."})
final class RiskCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "a de-identified delivery folder")
    Path delivery;

    @Option(names = "--k", paramLabel = "N", defaultValue = "5", description = "target k (default ${DEFAULT-VALUE})")
    int targetK;

    @Option(names = "--qi", paramLabel = "LIST", split = ",",
            description = "quasi-identifiers to form classes on (default: all of age, sex, study-year, zip3, "
                    + "institution, device, modality, body-part, series-description, study-count)")
    List<String> identifiers;

    @Option(names = "--sensitive", paramLabel = "QI", description = "attribute whose l-diversity is measured")
    String sensitive;

    @Option(names = "--json", paramLabel = "FILE", description = "write the report as JSON")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "where the HTML report goes")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (targetK < 1) {
            throw new UsageException("--k must be at least 1, got " + targetK);
        }
        List<QuasiIdentifier> qis = new ArrayList<>();
        QuasiIdentifier sensitiveQi;
        try {
            if (identifiers == null) {
                qis.addAll(List.of(QuasiIdentifier.values()));
            } else {
                identifiers.forEach(s -> qis.add(QuasiIdentifier.of(s)));
            }
            sensitiveQi = sensitive == null ? null : QuasiIdentifier.of(sensitive);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Files.isDirectory(delivery)) {
            err.println("veil risk: " + delivery + " is not a folder");
            return Veil.INPUT;
        }
        RiskReport report = RiskReport.of(Delivery.scan(delivery), qis, sensitiveQi, targetK);
        Path htmlFile = html != null ? html
                : delivery.toAbsolutePath().resolveSibling(delivery.toAbsolutePath().getFileName() + ".risk.html");
        RiskHtml.write(report, htmlFile);
        if (json != null) {
            RiskJson.write(report, json);
        }
        summary(report, out);
        out.println("report: " + htmlFile);
        out.flush();
        return report.meetsTarget() ? Veil.OK : Veil.PROBLEMS;
    }

    private static void summary(RiskReport r, PrintWriter out) {
        out.println("k = " + r.k() + " over " + r.delivery().patients().size() + " patients (target " + r.targetK()
                + ": " + (r.meetsTarget() ? "met" : "not met") + "); study-level k = " + r.studies().k());
        if (r.sensitive() != null) {
            out.println("l = " + r.patients().l() + " for " + r.sensitive().label());
        }
        out.println(r.patients().violators().size() + " patient(s) below the target");
        GeneralisationLadder.Step proposal = r.proposal();
        if (!r.meetsTarget()) {
            out.println(proposal == null ? "no generalisation reaches the target; withhold "
                    + r.toWithhold().size() + " patient(s)" : "proposal: " + proposal.generalisation().describe());
        }
    }
}
