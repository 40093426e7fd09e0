package org.veil.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.veil.cli.bench.BenchCommand;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The subcommands of {@code veil}, by name, in the order {@code veil --help} lists them.
 *
 * <p>picocli builds a command's model by reflecting over its class, its options and its mixins, which costs about a
 * tenth of a second for all seventeen commands at every start. A command line that names its subcommand (after any
 * global log options) therefore gets a model with that one subcommand; one that does not (no subcommand, an unknown
 * one, {@code help}, {@code generate-completion}, {@code --help}, an {@code @file}) gets them all, so usage, errors and
 * suggestions read as before. Parsing, help and errors of the named subcommand do not depend on its siblings.
 */
final class Subcommands {
    /** Name to command class; {@code SubcommandsTest} checks each name against the class's own {@code @Command}. */
    static final Map<String, Class<?>> BY_NAME = table();
    /** Commands that look at their siblings: they always get all of them. */
    private static final Set<String> NEED_ALL = Set.of("help", "generate-completion");
    /** The global options that take a value in the next argument (see {@link LogOptions}). */
    private static final Set<String> WITH_VALUE = Set.of("--log-level", "--log-format");
    private static final Set<String> FLAGS = Set.of("--quiet", "--verbose");

    private Subcommands() {
    }

    private static Map<String, Class<?>> table() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("help", CommandLine.HelpCommand.class);
        m.put("deid", DeidCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("dump", DumpCommand.class);
        m.put("keys", KeysCommand.class);
        m.put("reidentify", ReidentifyCommand.class);
        m.put("audit", AuditCommand.class);
        m.put("verify", VerifyCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("rewrite", RewriteCommand.class);
        m.put("decrypt", DecryptCommand.class);
        m.put("risk", RiskCommand.class);
        m.put("retrieve", RetrieveCommand.class);
        m.put("gateway", GatewayCommand.class);
        m.put("delivery", DeliveryCommand.class);
        m.put("recipe", RecipeCommand.class);
        m.put("generate-completion", AutoComplete.GenerateCompletion.class);
        return m;
    }

    /** The command line for {@code args}: only the subcommand they name, or all of them. */
    static CommandLine commandLine(Object top, String... args) {
        String name = named(args);
        if (name == null) {
            return all(top);
        }
        CommandLine cl = new CommandLine(top);
        cl.addSubcommand(name, BY_NAME.get(name));
        return cl;
    }

    /** The command line with every subcommand. */
    static CommandLine all(Object top) {
        CommandLine cl = new CommandLine(top);
        BY_NAME.forEach(cl::addSubcommand);
        return cl;
    }

    /**
     * The subcommand {@code args} run, when it can be told without parsing and needs none of its siblings: the first
     * argument that is not a global log option; null otherwise.
     */
    static String named(String... args) {
        int i = 0;
        while (i < args.length && isGlobalOption(args[i])) {
            i += WITH_VALUE.contains(args[i]) ? 2 : 1;
        }
        if (i >= args.length) {
            return null;
        }
        String name = args[i];
        return BY_NAME.containsKey(name) && !NEED_ALL.contains(name) ? name : null;
    }

    private static boolean isGlobalOption(String arg) {
        if (WITH_VALUE.contains(arg) || FLAGS.contains(arg)) {
            return true;
        }
        for (String option : WITH_VALUE) {
            if (arg.startsWith(option + "=")) {
                return true;
            }
        }
        return arg.length() > 1 && arg.charAt(0) == '-' && arg.chars().skip(1).allMatch(c -> c == 'q' || c == 'v');
    }
}
