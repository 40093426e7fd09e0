package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetComparator;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.Workloads;

/**
 * {@code veil rewrite} (the codec alone) writes files that read back equal to their inputs; {@code veil bench} on tiny
 * workloads runs every step and appends one Markdown table row per workload and step (timings not checked).
 */
class RewriteAndBenchTest {
    private static final List<String> STEPS = List.of("cp -r", "parse+rewrite", "deid basic",
            "deid dates+descriptors", "verify");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void rewrite_workloads_outputsReadBackEqualToInputs() throws Exception {
        Path in = dir.resolve("in");
        Workloads.ct(in.resolve("ct"), 3, 2, Workloads.SEED);
        Workloads.small(in.resolve("small"), 4, 2, Workloads.SEED);
        Workloads.multiframe(in.resolve("mf"), 3L << 20, Workloads.SEED);
        Path rewritten = dir.resolve("out");
        assertEquals(Veil.OK, Veil.run(new PrintWriter(out), new PrintWriter(err), "rewrite", in.toString(),
                rewritten.toString(), "--threads", "2"), err.toString());

        List<Path> inputs;
        try (Stream<Path> s = Files.walk(in)) {
            inputs = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(8, inputs.size());
        DatasetComparator comparator = new DatasetComparator(DatasetComparator.VrCheck.STRICT, 10);
        for (Path p : inputs) {
            Path q = rewritten.resolve(in.relativize(p));
            DicomFile a = DicomReader.read(p);
            DicomFile b = DicomReader.read(q);
            assertEquals(a.transferSyntax(), b.transferSyntax(), q.toString());
            assertEquals(List.of(), comparator.differences(a.fileMeta(), b.fileMeta()), "file meta of " + q);
            assertEquals(List.of(), comparator.differences(a.dataset(), b.dataset()), "data set of " + q);
        }
    }

    @Test
    void bench_tinyWorkloads_exit0AndOneMarkdownRowPerStep() throws Exception {
        Path markdown = dir.resolve("BENCH.md");
        int code = Veil.run(new PrintWriter(out), new PrintWriter(err), "bench", "--dir", dir.resolve("bench")
                .toString(), "--workloads", "ct,small", "--ct-files", "3", "--small-files", "5", "--multiframe-mb",
                "1", "--threads", "1", "--append", markdown.toString());
        String md = Files.readString(markdown);
        assertEquals(Veil.OK, code, md + err + logs());

        List<String> rows = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (line.matches("\\| (ct|small) \\|.*")) {
                rows.add(line);
            }
        }
        List<String> expected = new ArrayList<>();
        for (String w : List.of("ct", "small")) {
            for (String s : STEPS) {
                expected.add(w + " | " + s + " | " + (w.equals("ct") ? 3 : 5));
            }
        }
        assertEquals(expected, rows.stream().map(RewriteAndBenchTest::firstThreeCells).toList(), md);
        for (String r : rows) {
            assertTrue(r.endsWith("| 0 |"), "every step exits 0: " + r + "\n" + logs());
        }
        assertTrue(md.contains("| workload | step | files |"), md);

        Veil.run(new PrintWriter(out), new PrintWriter(err), "bench", "--dir", dir.resolve("bench").toString(),
                "--workloads", "small", "--small-files", "5", "--threads", "1", "--append", markdown.toString());
        String again = Files.readString(markdown);
        assertTrue(again.startsWith(md), "a second run appends");
        assertEquals(1, again.split("# Benchmarks", -1).length - 1, "the title is written once");
        assertTrue(again.substring(md.length()).contains("| small | verify | 5 |"), again);
        assertTrue(again.substring(md.length()).lines().filter(l -> l.startsWith("| small | verify"))
                .allMatch(l -> l.endsWith("| 0 |")), "verify of a second run is clean too:\n" + again + logs());
    }

    @Test
    void benchPaired_denseSmallFiles_oneRowPerStepWithCpuPerGigabyte() throws Exception {
        Path markdown = dir.resolve("PAIRED.md");
        int code = Veil.run(new PrintWriter(out), new PrintWriter(err), "bench", "--dir", dir.resolve("bench")
                .toString(), "--workloads", "small-dense", "--small-files", "4", "--pairs", "1", "--threads", "1",
                "--append", markdown.toString());
        String md = Files.readString(markdown);
        assertEquals(Veil.OK, code, md + err + logs());
        List<String> rows = md.lines().filter(l -> l.startsWith("| small-dense |")).toList();
        assertEquals(List.of("small-dense | deid basic, 1 threads | 1",
                "small-dense | deid keyed+dates+descriptors | 1"), rows.stream().map(RewriteAndBenchTest::firstThreeCells).toList(), md);
        assertTrue(rows.stream().allMatch(r -> r.endsWith("| yes |")), "every run exits 0: " + md + logs());
        assertTrue(md.contains("| user CPU s/GB | sys CPU s/GB | cp CPU s/GB |"), md);
    }

    /** {@code ct | cp -r | 3} from a table row {@code | ct | cp -r | 3 | ...}. */
    private static String firstThreeCells(String row) {
        String[] cells = row.split("\\|");
        return cells[1].strip() + " | " + cells[2].strip() + " | " + cells[3].strip();
    }

    /** The child logs bench leaves in its folder, for failure messages. */
    private String logs() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir.resolve("bench"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("log-")).sorted().toList()) {
                sb.append("\n== ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        return sb.toString();
    }
}
