package org.veil.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The builds a paired bench times, and which of them map a class data archive. Regression: with --compare-jar only
 * this build's steps had an archive, so every comparison flattered the newer build (stop 17: a multiframe comparison
 * showed -45 % user CPU that was all archive).
 */
class DiskStepsSidesTest {
    private static DiskSteps steps(String... args) {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs(args);
        return new DiskSteps(bench);
    }

    @Test
    void compareJar_bothSidesArchived_withTheirOwnOptionsAndArchives() {
        DiskSteps steps = steps("--compare-jar", "/builds/old/veil.jar", "--compare-jvm-options", "-XX:+UseSerialGC",
                "--jvm-options", "-XX:+UseSerialGC -Xms16m");

        List<DiskSteps.Side> sides = steps.sides("/builds/new/veil.jar");

        assertEquals(2, sides.size());
        DiskSteps.Side own = sides.get(0);
        DiskSteps.Side other = sides.get(1);
        assertEquals("/builds/old/veil.jar", other.classPath());
        assertEquals("-XX:+UseSerialGC", other.options());
        assertEquals("-XX:+UseSerialGC -Xms16m", own.options());
        assertTrue(steps.archived(own));
        assertTrue(steps.archived(other), "the compare build must map an archive too");
        assertNotEquals(own.archiveName("ct-dense"), other.archiveName("ct-dense"));
        assertNotEquals(own.suffix(), other.suffix());
    }

    @Test
    void noCds_neitherSideArchived() {
        DiskSteps steps = steps("--no-cds", "--compare-jar", "/builds/old/veil.jar");

        for (DiskSteps.Side side : steps.sides("/builds/new/veil.jar")) {
            assertFalse(steps.archived(side), side.suffix());
        }
    }

    @Test
    void classPathOfFolders_notArchived_noCompareJar_oneSide() {
        DiskSteps steps = steps();

        List<DiskSteps.Side> sides = steps.sides("/repo/target/classes:/repo/lib/a.jar");

        assertEquals(1, sides.size());
        assertFalse(steps.archived(sides.get(0)));
    }
}
