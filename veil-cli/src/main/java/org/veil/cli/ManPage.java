package org.veil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the {@code veil(1)} man page (roff) from the command line's own definitions, so it never disagrees with
 * {@code --help}. Run at build time ({@code process-classes}, see the POM): {@code ManPage FILE}.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "veil.1");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, render(Veil.commandLine()), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    static String render(CommandLine veil) {
        StringBuilder b = new StringBuilder();
        CommandSpec spec = veil.getCommandSpec();
        b.append(".TH VEIL 1 \"\" \"veil ").append(escape(BuildInfo.load().release())).append("\" \"Veil Manual\"\n");
        b.append(".SH NAME\nveil \\- ").append(escape(String.join(" ", spec.usageMessage().description())))
                .append('\n');
        b.append(".SH SYNOPSIS\n.B veil\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
        b.append(".SH GLOBAL OPTIONS\nGiven before or after the command.\n");
        options(b, spec.options());
        b.append(".SH COMMANDS\n");
        for (CommandLine sub : veil.getSubcommands().values()) {
            command(b, sub, "veil");
        }
        b.append(".SH EXIT STATUS\n");
        exitCodes(b);
        b.append(".SH SEE ALSO\nThe user guide and recipes in the docs folder of the Veil sources.\n");
        return b.toString();
    }

    private static void command(StringBuilder b, CommandLine cl, String parent) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        String name = parent + " " + spec.name();
        b.append(".SS \"").append(escape(name)).append("\"\n");
        for (String line : spec.usageMessage().description()) {
            b.append(escape(line)).append("\n.PP\n");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            b.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                    .append(escape(String.join(" ", p.description()))).append('\n');
        }
        options(b, spec.options().stream().filter(o -> !o.inherited()).toList());
        for (CommandLine sub : cl.getSubcommands().values()) {
            command(b, sub, name);
        }
    }

    private static void options(StringBuilder b, List<OptionSpec> options) {
        for (OptionSpec o : options) {
            if (o.hidden()) {
                continue;
            }
            b.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
            if (o.arity().max() > 0) {
                b.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
            }
            b.append('\n').append(escape(String.join(" ", o.description())
                    .replace("${COMPLETION-CANDIDATES}", completion(o)))).append('\n');
        }
    }

    private static String completion(OptionSpec o) {
        List<String> values = new java.util.ArrayList<>();
        if (o.completionCandidates() != null) {
            o.completionCandidates().forEach(values::add);
        }
        return String.join(", ", values);
    }

    private static void exitCodes(StringBuilder b) {
        String[][] codes = {{"0", "success"}, {"1", "the job ran but found problems (quarantined files, a failed "
                + "verification)"}, {"2", "usage error"}, {"3", "an input could not be read"}, {"4", "the keystore, "
                + "linkage store or audit log could not be used"}, {"70", "internal error"}};
        for (String[] c : codes) {
            b.append(".TP\n.B ").append(c[0]).append('\n').append(escape(c[1])).append('\n');
        }
    }

    /** Backslashes doubled; a leading dot or quote would start a request. */
    static String escape(String text) {
        String s = text.replace("%n", " ").strip().replace("\\", "\\e").replace("-", "\\-");
        return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
    }
}
