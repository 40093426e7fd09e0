package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.dump.DumpOptions;
import org.veil.dicom.dump.TextDumper;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.json.BulkDataMode;
import org.veil.dicom.json.FileMetaMode;
import org.veil.dicom.json.JsonModelWriter;
import org.veil.dicom.json.JsonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil dump FILE... [--json] [--bulk inline|uri] [--meta]}: prints each file as a text tree, or as the DICOM
 * JSON Model, one compact JSON document per line per file (JSON Lines), in argument order. A file that cannot be read
 * gets its located error on stderr and no output; the others are still printed. Exit 0 when every file was read, 3
 * when one was not.
 */
@Command(name = "dump", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class, sortOptions = false,
        description = {"Print DICOM files as a readable tree, or as DICOM JSON (PS3.18 Annex F).",
                "With --json each file becomes one JSON document on one line (JSON Lines).",
                "Exit 0 when every file was read, 3 when one could not be read (its error goes to stderr)."})
final class DumpCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DICOM files to print.")
    private List<Path> files;

    @Option(names = "--json", description = "Print the DICOM JSON Model instead of the text tree.")
    private boolean json;

    @Option(names = "--bulk", paramLabel = "inline|uri", defaultValue = "uri",
            description = {"JSON: binary values left in the file (over 64 KiB) and encapsulated pixel data as "
                    + "BulkDataURI file:///path#offset=N&length=N (uri, default), or as base64 InlineBinary "
                    + "(inline). Shorter binary values are always inline."})
    private BulkDataMode bulk;

    @Option(names = "--meta", description = "JSON: include the file meta group (0002,xxxx); the text tree always "
            + "shows it.")
    private boolean meta;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonOptions options = JsonOptions.builder().bulkData(bulk)
                .fileMeta(meta ? FileMetaMode.INCLUDE : FileMetaMode.OMIT).build();
        int unreadable = 0;
        boolean first = true;
        ReadLimits limits = ReadLimits.DEFAULT.withBudgetFor(Runtime.getRuntime().maxMemory(), 1);
        for (Path file : files) {
            try {
                DicomFile dicom = DicomReader.read(file, limits);
                if (json) {
                    new JsonModelWriter(out, options).write(dicom);
                    out.println();
                } else {
                    if (!first) {
                        out.println();
                    }
                    new TextDumper(out, DumpOptions.DEFAULT).dump(dicom);
                }
                first = false;
            } catch (IOException e) {
                unreadable++;
                err.println("veil dump: " + describe(file, e));
            } catch (UncheckedIOException e) {
                unreadable++;
                err.println("veil dump: " + describe(file, e.getCause()));
            } catch (OutOfMemoryError e) {
                unreadable++;
                err.println("veil dump: " + file + ": the Java heap ran out while printing this file; give Java more "
                        + "memory (-Xmx, e.g. through VEIL_JAVA_OPTS)");
            }
            out.flush();
        }
        err.flush();
        return unreadable == 0 ? Veil.OK : Veil.INPUT;
    }

    /** A located format error as it is; file system errors with the file name and what went wrong. */
    private static String describe(Path file, IOException e) {
        if (e instanceof DicomFormatException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return file + ": " + e.getMessage();
    }
}
