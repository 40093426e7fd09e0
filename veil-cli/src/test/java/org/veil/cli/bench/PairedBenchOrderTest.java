package org.veil.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paired bench alternates its steps round by round (a warm-up of each, then a, b, a, b, ...), so a change in the
 * machine's load falls on every step alike; it used to run all pairs of one step before the next (a, a, b, b), which
 * put a build started during the bench on the --compare-jar's pairs only.
 */
class PairedBenchOrderTest {
    @TempDir
    Path tmp;

    @Test
    void measure_twoSteps_alternateRoundByRound() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("x.dcm"), "x");
        Path order = tmp.resolve("order.txt");
        List<PairedBench.Step> steps = List.of(step("a", order), step("b", order));

        List<PairedBench.Summary> rows = new PairedBench(tmp, 3, out -> { })
                .measure("w", in, 1, 1, steps);

        assertEquals(List.of("a", "b", "a", "b", "a", "b", "a", "b"), Files.readAllLines(order),
                "a warm-up of each step, then one pair of each step per round");
        assertEquals(List.of("a", "b"), rows.stream().map(PairedBench.Summary::step).toList());
        rows.forEach(r -> assertEquals(3, r.pairs().size(), r.step()));
    }

    private PairedBench.Step step(String name, Path order) {
        return new PairedBench.Step(name, List.of("sh", "-c", "echo " + name + " >> '" + order + "'", "sh",
                tmp.resolve("out-" + name).toString()), Map.of());
    }
}
