package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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



    @ParameterizedTest
    @ValueSource(strings = {"keys init", "keys show", "audit verify", "reidentify --pseudonym P --reason test"})
    void brokerCommand_withoutKeystore_isAUsageErrorNamingTheOption(String command) {
        CliRun r = CliRun.of(command.split(" "));
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--keystore FILE or --pkcs11 CONFIG is required"), r.err());
        assertTrue(r.err().contains("--help' for more information"), r.err());
        assertFalse(r.err().contains("java.lang"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void mistypedOption_getsASuggestion_andNoFullHelp() throws Exception {
        Path in = Files.createTempDirectory("veil-cli");
        CliRun r = CliRun.of("deid", in.toString(), in.resolve("out").toString(), "--verfy");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().startsWith("veil deid: "), r.err());
        assertTrue(r.err().contains("--verify"), "suggests the option it resembles: " + r.err());
        assertTrue(r.err().contains("Try 'veil deid --help'"), r.err());
        assertTrue(r.err().lines().count() <= 6, "not the whole help: " + r.err());
        assertFalse(Files.exists(in.resolve("out")), "nothing written");
    }

    @Test
    void mistypedSubcommand_getsASuggestion() {
        CliRun r = CliRun.of("veriffy");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().contains("verify"), r.err());
        assertTrue(r.err().contains("Try 'veil --help'"), r.err());
    }

    @Test
    void missingRequiredOptionOfPicocli_isOneLine() {
        CliRun r = CliRun.of("decrypt", "x.dcm");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().startsWith("veil decrypt: Missing required options"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void version_namesReleaseAndCommit() {
        CliRun r = CliRun.of("--version");
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
        CliRun r = CliRun.of("generate-completion");
        assertEquals(Veil.OK, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion script");
        assertTrue(r.out().contains("deid"));
    }
}
