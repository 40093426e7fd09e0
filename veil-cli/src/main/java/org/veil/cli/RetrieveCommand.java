package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.net.AssociationException;
import org.veil.net.NetOptions;
import org.veil.net.RemoteAe;
import org.veil.net.Requestor;
import org.veil.net.StudyRetriever;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil retrieve --pacs AE@host:port --move-to AE (--patient-ids FILE | --accessions FILE | --study-date RANGE)}:
 * finds studies on a PACS and moves them to an AE (Veil's gateway), then says which arrived complete. The console shows
 * counts only; the per-study report (it names studies) goes to {@code --report}, readable by the owner only.
 */
@Command(name = "retrieve", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class, sortOptions = false,
        description = {"Find studies on a PACS (C-FIND, Study Root) and move them (C-MOVE) to an AE, e.g. Veil's"
                + " gateway; report which arrived complete (instances moved against the PACS's own count).",
                "Exit 0 when every study arrived complete, 1 when one did not or none matched, 2 usage, 3 the PACS"
                        + " could not be reached or refused."})
final class RetrieveCommand implements Callable<Integer> {
    @Option(names = "--pacs", required = true, paramLabel = "AE@host:port", description = "the PACS to query")
    String pacs;

    @Option(names = "--move-to", required = true, paramLabel = "AE", description = "C-MOVE destination AE title")
    String moveTo;

    @Option(names = "--aet", paramLabel = "AE", defaultValue = "VEIL", description = "our AE title (default VEIL)")
    String aet;

    @Option(names = "--patient-ids", paramLabel = "FILE", description = "one Patient ID per line")
    Path patientIds;

    @Option(names = "--accessions", paramLabel = "FILE", description = "accession numbers, one per line, or the"
            + " first column of a CSV")
    Path accessions;

    @Option(names = "--study-date", paramLabel = "YYYYMMDD-YYYYMMDD", description = "a study date or range")
    String studyDate;

    @Option(names = "--modality", paramLabel = "CODE", description = "only studies with this modality (e.g. CT)")
    String modality;

    @Option(names = "--report", paramLabel = "FILE", description = "per-study report (TSV; names studies: PHI)")
    Path report;

    @Option(names = "--dry-run", description = "query only: count what would be moved, move nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteAe peer;
        try {
            peer = RemoteAe.parse(pacs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--pacs: " + e.getMessage());
        }
        List<StudyRetriever.Query> queries = queries();
        StudyRetriever retriever = new StudyRetriever(new Requestor(NetOptions.of(aet)), peer);
        try {
            List<StudyRetriever.Study> studies = retriever.find(queries);
            out.println(studies.size() + " stud" + (studies.size() == 1 ? "y" : "ies") + " found for "
                    + queries.size() + " quer" + (queries.size() == 1 ? "y" : "ies"));
            if (dryRun || studies.isEmpty()) {
                out.flush();
                return studies.isEmpty() ? Veil.PROBLEMS : Veil.OK;
            }
            List<StudyRetriever.Outcome> outcomes = retriever.move(studies, moveTo);
            long complete = outcomes.stream().filter(StudyRetriever.Outcome::complete).count();
            long instances = outcomes.stream().mapToLong(o -> o.move().completed()).sum();
            out.println(complete + " of " + outcomes.size() + " studies arrived complete (" + instances
                    + " instances moved)");
            if (report != null) {
                writeReport(outcomes);
                out.println("report: " + report + " (names studies: keep it with the PHI)");
            }
            out.flush();
            return complete == outcomes.size() ? Veil.OK : Veil.PROBLEMS;
        } catch (AssociationException e) {
            err.println("veil retrieve: " + e.getMessage());
            return Veil.INPUT;
        }
    }

    private List<StudyRetriever.Query> queries() throws IOException {
        if (patientIds != null && accessions != null
                || patientIds == null && accessions == null && studyDate == null) {
            throw new UsageException("give one of --patient-ids FILE, --accessions FILE or --study-date RANGE");
        }
        List<StudyRetriever.Query> out = new ArrayList<>();
        if (patientIds != null) {
            lines(patientIds).forEach(id -> out.add(new StudyRetriever.Query(id, null, studyDate, modality)));
        } else if (accessions != null) {
            lines(accessions).forEach(a -> out.add(new StudyRetriever.Query(null, a.split("[,;\t]")[0].trim(),
                    studyDate, modality)));
        } else {
            out.add(new StudyRetriever.Query(null, null, studyDate, modality));
        }
        if (out.isEmpty()) {
            throw new UsageException("the list file holds no value");
        }
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private void writeReport(List<StudyRetriever.Outcome> outcomes) throws IOException {
        StringBuilder b = new StringBuilder("study_instance_uid\tinstances_on_pacs\tmoved\tfailed\twarning\tstatus"
                + "\tcomplete\n");
        for (StudyRetriever.Outcome o : outcomes) {
            b.append(o.study().studyInstanceUid()).append('\t').append(o.study().instances()).append('\t')
                    .append(o.move().completed()).append('\t').append(o.move().failed()).append('\t')
                    .append(o.move().warning()).append('\t').append(String.format("0x%04X", o.move().status()))
                    .append('\t').append(o.complete() ? "yes" : "no").append('\n');
        }
        Files.deleteIfExists(report);
        Files.createFile(report, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(report, b.toString(), StandardCharsets.UTF_8);
    }
}
