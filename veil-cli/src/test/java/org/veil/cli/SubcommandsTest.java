package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The subcommand table names each command as its own {@code @Command} does, a command line that names its subcommand
 * gets that one alone, any other gets all, and what a user sees does not depend on which: usage, help, errors and
 * exit codes are the same with one subcommand registered as with all of them.
 */
class SubcommandsTest {
    @Test
    void table_namesAsAnnotated_inHelpOrder() {
        List<String> names = new ArrayList<>();
        Subcommands.BY_NAME.forEach((name, type) -> {
            assertEquals(name, type.getAnnotation(CommandLine.Command.class).name(), type.getName());
            names.add(name);
        });
        assertEquals(List.of("help", "deid", "demo", "dump", "keys", "reidentify", "audit", "verify", "bench", "rewrite",
                "decrypt", "risk", "retrieve", "gateway", "delivery", "recipe", "generate-completion"), names);
        assertEquals(names, new ArrayList<>(Veil.commandLine().getSubcommands().keySet()));
    }

    @Test
    void named_afterGlobalOptions_theSubcommand() {
        assertEquals("deid", Subcommands.named("deid", "in", "out"));
        assertEquals("deid", Subcommands.named("-q", "deid", "--help"));
        assertEquals("dump", Subcommands.named("-qv", "--log-level", "debug", "--log-format=json", "dump", "f"));
        assertEquals("keys", Subcommands.named("--quiet", "--verbose", "--log-level=warn", "--log-format", "json", "keys"));
        assertEquals(List.of("deid"), new ArrayList<>(Subcommands.commandLine(new Veil(), "-v", "deid", "a", "b")
                .getSubcommands().keySet()));
    }

    @Test
    void named_notTellableOrNeedingSiblings_null() {
        for (String[] args : List.of(new String[0], new String[] {"help", "deid"}, new String[] {"generate-completion"},
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"-V"}, new String[] {"nosuch"},
                new String[] {"Deid"}, new String[] {"@args.txt"}, new String[] {"-q"}, new String[] {"--log-level"},
                new String[] {"--log-level", "deid"}, new String[] {"-qx", "deid"}, new String[] {"--", "deid"})) {
            assertNull(Subcommands.named(args), String.join(" ", args));
        }
        assertEquals(17, Subcommands.commandLine(new Veil(), "help").getSubcommands().size());
    }

    @Test
    void run_oneSubcommandOrAll_sameOutputAndExit() {
        List<String[]> lines = List.of(new String[] {"deid", "--help"}, new String[] {"-q", "dump", "--help"},
                new String[] {"deid"}, new String[] {"deid", "a", "b", "c"}, new String[] {"keys"},
                new String[] {"delivery", "seal", "--help"}, new String[] {"-q", "deid", "--bogus", "a", "b"},
                new String[] {"recipe", "import", "--help"}, new String[] {"dump", "/nonexistent/x.dcm"},
                new String[] {"deid", "--version"}, new String[] {"--log-level", "debug", "verify", "--help"});
        for (String[] args : lines) {
            CliRun one = CliRun.of(args);
            CliRun all = runWithAll(args);
            String line = String.join(" ", args);
            assertEquals(all.exit(), one.exit(), line);
            assertEquals(all.out(), one.out(), line);
            assertEquals(all.err(), one.err(), line);
        }
    }

    /** As {@link CliRun#of}, with every subcommand registered whatever the arguments. */
    private static CliRun runWithAll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Veil.run(new PrintWriter(out), new PrintWriter(err), Subcommands::all, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
