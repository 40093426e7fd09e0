package org.veil.cli.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchOptionsTest {
    private static BenchCommand parse(String... args) {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs(args);
        return bench;
    }

    @Test
    void keyedAndCds_notGiven_bothOn() {
        BenchCommand bench = parse();

        assertTrue(bench.keyed);
        assertTrue(bench.cds);
    }

    @Test
    void keyedAndCds_negated_bothOff() {
        BenchCommand bench = parse("--no-keyed", "--no-cds");

        assertFalse(bench.keyed);
        assertFalse(bench.cds);
    }

    @Test
    void keyedAndCds_positiveForm_bothOn() {
        BenchCommand bench = parse("--keyed", "--cds");

        assertTrue(bench.keyed);
        assertTrue(bench.cds);
    }
}
