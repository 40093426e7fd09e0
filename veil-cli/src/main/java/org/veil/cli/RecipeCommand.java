package org.veil.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.veil.deid.imports.Translation;
import org.veil.deid.recipe.RecipeException;
import org.veil.pipeline.imports.ImportCheck;
import org.veil.pipeline.imports.ImportFormat;
import org.veil.pipeline.imports.RecipeImport;
import org.veil.pixel.redact.RuleFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil recipe import}: recipes and pixel rules from CTP and pydicom/deid scripts. */
@Command(name = "recipe", description = "Work with recipes.", subcommands = RecipeCommand.Import.class,
        mixinStandardHelpOptions = true)
final class RecipeCommand {

    /** {@code veil recipe import --from FORMAT FILE -o OUT}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Translate a CTP DicomAnonymizer script (ctp), a pydicom/deid recipe (deid), a CTP "
                + "DicomPixelAnonymizer script (ctp-pixel) or the %filter sections of a deid recipe (deid-filter) "
                + "into a Veil recipe or pixel rules, and report what became of every line (docs/recipe-import.md).",
                "Side files (lookup tables, the pixel rules of a deid recipe) are written beside OUT."},
            footer = {"", "Exit codes: 0 every line translated (exactly or with an explained difference); 1 some "
                + "line could not be translated (the output holds the rest); 2 usage error or the output is not "
                + "valid; 3 FILE cannot be read."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "ctp, deid, ctp-pixel or "
                + "deid-filter")
        String from;

        @Parameters(index = "0", paramLabel = "FILE", description = "the script to translate")
        Path in;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the recipe or pixel "
                + "rule file to write (YAML)")
        Path out;

        @Option(names = "--lookup-table", paramLabel = "FILE", description = "with --from ctp: CTP's lookup table "
                + "(keytype/value=replacement lines), converted to the CSV tables the recipe names")
        Path lookupTable;

        @Option(names = "--source-name", paramLabel = "TEXT", description = "how the report and each pixel rule's "
                + "source name the input, e.g. owner/project@commit path (default: FILE's name)")
        String sourceName;

        @Override
        public Integer call() {
            ImportFormat format;
            try {
                format = ImportFormat.of(from);
            } catch (IllegalArgumentException e) {
                return fail(Veil.USAGE, e.getMessage());
            }
            if (lookupTable != null && format != ImportFormat.CTP) {
                return fail(Veil.USAGE, "--lookup-table applies to --from ctp only");
            }
            String text;
            Properties table;
            try {
                text = Files.readString(in, StandardCharsets.UTF_8);
                table = lookupTable == null ? null : properties(lookupTable);
            } catch (IOException e) {
                return fail(Veil.INPUT, "cannot read " + e.getMessage());
            }
            String name = out.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Translation t = RecipeImport.translate(format, text,
                    sourceName != null ? sourceName : in.getFileName().toString(), stem, table);
            try {
                write(t);
                ImportCheck.check(format, out);
            } catch (IOException e) {
                return fail(Veil.USAGE, "cannot write " + e.getMessage());
            } catch (RecipeException | RuleFormatException e) {
                return fail(Veil.USAGE, "the translated output is not valid (please report this): " + e.getMessage());
            }
            spec.commandLine().getOut().print(t.report().toText());
            spec.commandLine().getOut().flush();
            return t.report().hasUntranslatable() ? Veil.PROBLEMS : Veil.OK;
        }

        private void write(Translation t) throws IOException {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(out, t.main(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> side : t.sideFiles().entrySet()) {
                Path p = dir.resolve(side.getKey());
                if (lookupTable == null && Files.exists(p) && side.getKey().endsWith(".csv")) {
                    continue;
                }
                Files.writeString(p, side.getValue(), StandardCharsets.UTF_8);
            }
        }

        private static Properties properties(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }

        private int fail(int code, String message) {
            spec.commandLine().getErr().println("veil recipe import: " + message);
            return code;
        }
    }
}
