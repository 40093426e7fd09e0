package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomReader;

/**
 * What {@code veil demo} prints after the run: the quarantine reasons and a few attributes of one file before and
 * after. Only for the demo set, whose values are invented: never point this at real data.
 */
final class DemoReport {
    /** An attribute to show: a label and how to find it (a top-level tag, or a tag inside the first item of a sequence). */
    private record Shown(String label, int sequence, int tag) {
    }

    private static final List<Shown> SHOWN = List.of(
            new Shown("Patient's Name (0010,0010)", 0, Tags.PatientName),
            new Shown("Patient ID (0010,0020)", 0, Tags.PatientID),
            new Shown("Patient's Birth Date (0010,0030)", 0, Tags.PatientBirthDate),
            new Shown("Patient's Address (0010,1040)", 0, Tags.PatientAddress),
            new Shown("Study Date (0008,0020)", 0, Tags.StudyDate),
            new Shown("Accession Number (0008,0050)", 0, Tags.AccessionNumber),
            new Shown("Institution Name (0008,0080)", 0, Tags.InstitutionName),
            new Shown("Patient Comments (0010,4000)", 0, Tags.PatientComments),
            new Shown("Other Patient IDs Seq. > Patient ID", Tags.OtherPatientIDsSequence, Tags.PatientID),
            new Shown("Private (0009,1001) VEIL SYNTH 1.0", 0, 0x00091001),
            new Shown("Study Instance UID (0020,000D)", 0, Tags.StudyInstanceUID));

    private DemoReport() {
    }

    /** Prints each quarantine reason file's category and reason. */
    static void explainQuarantine(PrintWriter out, Path quarantine) throws IOException {
        if (!Files.isDirectory(quarantine)) {
            return;
        }
        try (Stream<Path> s = Files.walk(quarantine)) {
            for (Path r : s.filter(p -> p.toString().endsWith(".reason.txt")).sorted().toList()) {
                out.println();
                out.println("Quarantined (as intended for the demo): " + quarantine.relativize(r));
                for (String line : Files.readAllLines(r, StandardCharsets.UTF_8)) {
                    if (line.startsWith("input:") || line.startsWith("category:") || line.startsWith("reason:")) {
                        out.println("    " + line);
                    }
                }
            }
        }
    }

    /** Prints the shown attributes of an input and its output side by side. */
    static void beforeAfter(PrintWriter out, Path input, String inputLabel, Path output, String outputLabel)
            throws IOException {
        Dataset before = DicomReader.read(input).dataset();
        Dataset after = DicomReader.read(output).dataset();
        out.println();
        out.println("One file before and after (the \"before\" values are fake, made up by veil-synth):");
        out.println("  input:  " + inputLabel);
        out.println("  output: " + outputLabel);
        for (Shown s : SHOWN) {
            out.printf("  %-38s %-34s -> %s%n", s.label(), shorten(value(before, s)), shorten(value(after, s)));
        }
    }

    private static String value(Dataset ds, Shown s) {
        Dataset where = ds;
        if (s.sequence() != 0) {
            DataElement seq = ds.get(s.sequence());
            if (seq == null || seq.sequence() == null || seq.sequence().size() == 0) {
                return "(removed)";
            }
            where = seq.sequence().get(0);
        }
        if (!where.contains(s.tag())) {
            return "(removed)";
        }
        String v = DatasetView.of(where).text(s.tag());
        return v == null || v.isEmpty() ? "(empty)" : v;
    }

    private static String shorten(String v) {
        return v.length() <= 34 ? v : v.substring(0, 31) + "...";
    }
}
