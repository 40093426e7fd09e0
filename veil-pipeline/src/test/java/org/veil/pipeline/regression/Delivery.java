package org.veil.pipeline.regression;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.folder.FolderRun;
import org.veil.pipeline.folder.FolderRunOptions;
import org.veil.pipeline.folder.RunSummary;
import org.veil.pipeline.folder.SummaryText;

/** Small inputs written to a folder, one folder run over them, and its outputs read back. */
final class Delivery {
    static final String CT = "1.2.840.10008.5.1.4.1.1.2";

    private Delivery() {
    }

    /** A CT instance of a patient with the given identifiers (null leaves an attribute out). */
    static Dataset ct(String patientId, String issuer, String study, String sop) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, CT);
        if (sop != null) {
            v.putString(0x00080018, VR.UI, sop);
        }
        v.putString(0x00080020, VR.DA, "20230415");
        v.putString(0x00080060, VR.CS, "CT");
        v.putString(0x00100010, VR.PN, "Doe^Jane");
        if (patientId != null) {
            v.putString(0x00100020, VR.LO, patientId);
        }
        if (issuer != null) {
            v.putString(0x00100021, VR.LO, issuer);
        }
        v.putString(0x0020000D, VR.UI, study);
        v.putString(0x0020000E, VR.UI, study + ".1");
        return ds;
    }

    static void write(Dataset ds, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
    }

    static RunSummary run(Path in, Path out, DeidConfig config) throws Exception {
        return run(in, out, PipelineSettings.builder(new Deidentifier(config)).build());
    }

    static RunSummary run(Path in, Path out, DeidConfig config, DuplicatePolicy duplicates) throws Exception {
        return run(in, out, PipelineSettings.builder(new Deidentifier(config)).duplicates(duplicates).build());
    }

    static RunSummary run(Path in, Path out, PipelineSettings settings) throws Exception {
        return new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(1).build())
                .run(in, out);
    }

    static String text(RunSummary s) {
        return SummaryText.render(s);
    }

    /** Every output file (relative names), Veil's own folder left out. */
    static List<String> outputs(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith(".veil")).sorted().forEach(names::add);
        }
        return names;
    }

    static DicomFile read(Path file) throws IOException {
        return DicomReader.read(file);
    }

    static String string(Dataset ds, int tag) {
        return DatasetView.of(ds).string(tag);
    }
}
