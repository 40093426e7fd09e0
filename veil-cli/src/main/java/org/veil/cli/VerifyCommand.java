package org.veil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.veil.profile.ProfileOption;
import org.veil.verify.UnverifiableException;
import org.veil.verify.Verifier;
import org.veil.verify.VerifyConfig;
import org.veil.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil verify ORIGINAL OUTPUT [--mapping FILE] [--option NAME]... [--json FILE] [--scan-pixels]}: searches a
 * delivery for every identifying value of its input and checks kept attributes, UIDs and pseudonyms. Exit 0 clean,
 * 1 findings, 2 when ORIGINAL or OUTPUT is not a folder, 3 when no output has a readable DICOM input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a de-identified delivery against its input (exit 0 clean, 1 problems found, 2 ORIGINAL "
                + "or OUTPUT is not a folder, 3 no output has a readable DICOM input).")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ORIGINAL", description = "the input folder")
    Path original;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "the de-identified folder")
    Path output;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "input<TAB>output pairs written by veil deid (default: OUTPUT/mapping.tsv, else "
                + "OUTPUT.veil/mapping.tsv, the work folder of veil deid, else same paths); with deid --work DIR give "
                + "DIR/mapping.tsv (its change report is read from the same folder)")
    Path mapping;

    @Option(names = "--option", paramLabel = "NAME",
            description = "a profile option the delivery was made with, e.g. retain-uids (repeatable)")
    List<String> options = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON")
    Path json;

    @Option(names = "--scan-pixels", description = "search image pixel data bytes too")
    boolean scanPixels;

    @Override
    public Integer call() throws IOException {
        Set<ProfileOption> opts = EnumSet.noneOf(ProfileOption.class);
        for (String o : options) {
            opts.add(ProfileOption.ofCliName(o));
        }
        VerifyConfig cfg = VerifyConfig.builder().options(opts).mappingFile(mapping)
                .pixelScan(scanPixels ? VerifyConfig.PixelScan.SCAN : VerifyConfig.PixelScan.SKIP).build();
        VerifyReport r;
        try {
            r = Verifier.verify(original, output, cfg);
        } catch (UnverifiableException e) {
            spec.commandLine().getErr().println("veil verify: " + e.getMessage());
            return e.why() == UnverifiableException.Cause.USAGE ? Veil.USAGE : Veil.INPUT;
        }
        spec.commandLine().getOut().print(r.toText());
        spec.commandLine().getOut().flush();
        if (json != null) {
            Files.writeString(json, r.toJson(), StandardCharsets.UTF_8);
        }
        return r.clean() ? Veil.OK : Veil.PROBLEMS;
    }
}
