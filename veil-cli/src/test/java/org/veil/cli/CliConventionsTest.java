package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Command-line habits of dcmtk and GNU tools: a usage error is one line naming the command and the problem plus a
 * pointer to the help (never the whole help), a mistyped option gets suggestions, a missing required option is exit 2
 * (it crashed with "java.lang.Object@... is not a command" and exit 70), and {@code --version} names the release and
 * the commit.
 */
class CliConventionsTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Veil.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"keys init", "keys show", "audit verify", "reidentify --pseudonym P --reason test"})
    void brokerCommand_withoutKeystore_isAUsageErrorNamingTheOption(String command) {
        Run r = run(command.split(" "));
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--keystore FILE or --pkcs11 CONFIG is required"), r.err());
        assertTrue(r.err().contains("--help' for more information"), r.err());
        assertFalse(r.err().contains("java.lang"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void mistypedOption_getsASuggestion_andNoFullHelp() throws Exception {
        Path in = Files.createTempDirectory("veil-cli");
        Run r = run("deid", in.toString(), in.resolve("out").toString(), "--verfy");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().startsWith("veil deid: "), r.err());
        assertTrue(r.err().contains("--verify"), "suggests the option it resembles: " + r.err());
        assertTrue(r.err().contains("Try 'veil deid --help'"), r.err());
        assertTrue(r.err().lines().count() <= 6, "not the whole help: " + r.err());
        assertFalse(Files.exists(in.resolve("out")), "nothing written");
    }

    @Test
    void mistypedSubcommand_getsASuggestion() {
        Run r = run("veriffy");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().contains("verify"), r.err());
        assertTrue(r.err().contains("Try 'veil --help'"), r.err());
    }

    @Test
    void missingRequiredOptionOfPicocli_isOneLine() {
        Run r = run("decrypt", "x.dcm");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().startsWith("veil decrypt: Missing required options"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void version_namesReleaseAndCommit() {
        Run r = run("--version");
        assertEquals(Veil.OK, r.exit());
        String first = r.out().lines().findFirst().orElse("");
        assertTrue(Pattern.matches("veil \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,}(-dirty)?|unknown)\\)",
                first), first);
        if (Files.isDirectory(Path.of("..", ".git")) || Files.isRegularFile(Path.of("..", ".git"))) {
            assertFalse(first.contains("unknown"), "built inside a git checkout, so the commit is known: " + first);
        }
    }

    @Test
    void generateCompletion_printsABashCompletionScript() {
        Run r = run("generate-completion");
        assertEquals(Veil.OK, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion script");
        assertTrue(r.out().contains("deid"));
    }
}
