package org.veil.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.veil.dicom.Implementation;
import org.veil.dicom.io.FailureText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veil} command. Each subcommand is one small picocli class; they share nothing but this command, and are
 * registered by {@link Subcommands} (only the one being run, when the command line names it).
 *
 * <p>Exit codes (documented in {@code --help} and docs/guide.md): 0 success; 1 the job ran but found problems
 * (quarantined files, a failed verification); 2 usage error, or a run refused before it wrote anything; 3 an input
 * could not be read, or an output folder cannot be written; 4 the keystore, linkage store or audit log could not be
 * used (wrong password, missing file, database down); 5 the run wrote nothing (no DICOM input found); 70 internal
 * error.
 */
@Command(name = "veil", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class,
        description = "De-identify DICOM medical images.")
public final class Veil {
    @picocli.CommandLine.Mixin
    LogOptions log = new LogOptions();

    /** Success. */
    public static final int OK = 0;
    /** The job ran and found problems. */
    public static final int PROBLEMS = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** An input could not be read. */
    public static final int INPUT = 3;
    /** An output folder (output, quarantine, work folder) cannot be written: the same code as an unreadable input. */
    public static final int UNWRITABLE = 3;
    /** Keystore, linkage store or audit log unusable. */
    public static final int BROKER = 4;
    /** The run wrote nothing: no input was de-identified (and none quarantined). */
    public static final int NOTHING_WRITTEN = 5;
    /** Internal error. */
    public static final int INTERNAL = 70;

    Veil() {
    }

    /** The whole command with every subcommand, as {@code veil --help}, the man page and shell completion see it. */
    static CommandLine commandLine() {
        return Subcommands.all(new Veil());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line with UTF-8 standard output and error and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs a command line writing to the given streams and returns its exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, veil -> Subcommands.commandLine(veil, args), args);
    }

    /** Runs a command line on the model {@code model} builds around the top command (for tests). */
    static int run(PrintWriter out, PrintWriter err, Function<Veil, CommandLine> model, String... args) {
        org.veil.cli.log.ConsoleLog.reset();
        Veil veil = new Veil();
        CommandLine cl = model.apply(veil);
        Handlers handlers = new Handlers(veil, cl, err);
        cl.setExecutionStrategy(handlers);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(handlers);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("veil: the Java heap ran out; give Java more memory (-Xmx, e.g. through VEIL_JAVA_OPTS)"
                    + " or use fewer --threads");
            return INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * How a parsed command line runs and how its failures map to exit codes. One named class rather than four lambdas:
     * picocli's interfaces are Java 5 class files, which the class data archive cannot hold, so a lambda implementing
     * one was spun at run time on every start (with the JDK's class writer, then compiled: docs/BENCHMARKS.md, "JVM
     * costs, stop 17").
     */
    private static final class Handlers implements CommandLine.IExecutionStrategy,
            CommandLine.IExitCodeExceptionMapper, CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        private final Veil veil;
        private final CommandLine cl;
        private final PrintWriter err;

        Handlers(Veil veil, CommandLine cl, PrintWriter err) {
            this.veil = veil;
            this.cl = cl;
            this.err = err;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            veil.log.apply();
            cl.setErr(org.veil.cli.log.ErrorLines.forCurrentFormat(err));
            return new CommandLine.RunLast().execute(parsed);
        }

        @Override
        public int getExitCode(Throwable e) {
            return e instanceof CommandLine.ParameterException ? USAGE : INTERNAL;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            return UsageReport.parseError(ex);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            if (e instanceof UsageException usage) {
                return UsageReport.runError(usage, cmd);
            }
            cmd.getErr().println("veil: " + FailureText.of(e));
            if (e instanceof java.io.IOException) {
                return INPUT;
            }
            return e.getClass().getPackageName().startsWith("org.veil.broker") ? BROKER : INTERNAL;
        }
    }

    /** Prints Veil's release, the commit it was built from, and its DICOM implementation identity. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo build = BuildInfo.load();
            return new String[] {
                "veil " + build.release() + " (commit " + build.commit() + ")",
                "DICOM implementation " + Implementation.VERSION_NAME + " " + Implementation.CLASS_UID};
        }
    }
}
