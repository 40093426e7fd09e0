package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The build writes target/man/veil.1, and it covers every command and every option of each. */
class ManPageTest {
    @Test
    void manPage_writtenAtBuild_coversEveryCommandAndOption() throws Exception {
        Path page = Path.of("target", "man", "veil.1");
        assertTrue(Files.isRegularFile(page), "the build (process-classes) writes " + page.toAbsolutePath());
        String roff = Files.readString(page);
        assertTrue(roff.startsWith(".TH VEIL 1"), roff.substring(0, Math.min(80, roff.length())));
        List<String> missing = new ArrayList<>();
        check(Veil.commandLine(), "veil", roff, missing);
        assertTrue(missing.isEmpty(), "not in the man page: " + missing);
    }

    private static void check(CommandLine cl, String name, String roff, List<String> missing) {
        if (!name.equals("veil") && !roff.contains(".SS \"" + ManPage.escape(name) + "\"")) {
            missing.add(name);
        }
        for (var option : cl.getCommandSpec().options()) {
            if (!option.hidden() && !roff.contains(ManPage.escape(option.longestName()))) {
                missing.add(name + " " + option.longestName());
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                check(sub, name + " " + sub.getCommandName(), roff, missing);
            }
        }
    }
}
