package org.veil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a usage error reaches the user, in the habit of dcmtk and GNU tools: one line with the command and the problem,
 * suggestions for a mistyped option or subcommand, and a pointer to the help. Never the whole help text.
 */
final class UsageReport {
    private UsageReport() {
    }

    /** Reports a parse error of {@code ex.getCommandLine()} and returns {@link Veil#USAGE}. */
    static int parseError(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(commandName(cmd) + ": " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println(helpPointer(cmd));
        err.flush();
        return Veil.USAGE;
    }

    /** Reports a usage problem found while running {@code cmd} and returns {@link Veil#USAGE}. */
    static int runError(UsageException ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        err.println(commandName(cmd) + ": " + ex.getMessage());
        err.println(helpPointer(cmd));
        err.flush();
        return Veil.USAGE;
    }

    static String commandName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }

    static String helpPointer(CommandLine cmd) {
        return "Try '" + commandName(cmd) + " --help' for more information.";
    }
}
