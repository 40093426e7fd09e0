package org.veil.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.DeidResult;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.dicomdir.DirectoryFiles;
import org.veil.pipeline.dicomdir.DirectoryRewriter;

/**
 * One DICOMDIR: read, de-identify (the profile applies to its records like to any data set), rewrite its records for
 * the delivery ({@link DirectoryRewriter}), store under the given name in Explicit VR Little Endian (PS3.10 8.5). A
 * name taken by another input quarantines it like any duplicate.
 */
final class DirectoryStep {
    private final PipelineSettings settings;
    private final InstanceReader reader;

    DirectoryStep(PipelineSettings settings, InstanceReader reader) {
        this.settings = settings;
        this.reader = reader;
    }

    Outcome process(Input input, InstanceSink sink, DirectoryFiles files, String name) {
        DicomFile file;
        try {
            file = reader.read(input);
        } catch (DicomFormatException e) {
            return quarantined(QuarantineCategory.PARSE, input.label() + ": " + e.getMessage(), e.reason());
        } catch (IOException e) {
            return quarantined(QuarantineCategory.UNREADABLE, input.label() + ": " + FailureText.of(e),
                    FailureText.withoutDetail(e));
        }
        Dataset ds = file.dataset();
        Deidentifier deid = settings.deidentifier();
        DeidResult result;
        Dataset meta;
        List<Change> changes;
        try {
            result = deid.deidentify(ds, Deidentifier.patientOf(ds), Set.of());
            meta = deid.outputMeta(file.fileMeta(), ds);
            changes = new ArrayList<>(result.changes());
            changes.addAll(new DirectoryRewriter(files).rewrite(ds, folderOf(input.label())));
        } catch (DeidException e) {
            return quarantined(QuarantineCategory.DEID, input.label() + ": " + e.getMessage(), e.getMessage());
        } catch (IOException e) {
            return quarantined(QuarantineCategory.UNREADABLE, input.label() + ": cannot read an output it references: "
                    + FailureText.of(e), "cannot read an output the DICOMDIR references");
        }
        DeidResult done = new DeidResult(changes, result.warnings(), result.patientPseudonym(), null, null, null);
        TransferSyntax ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        try {
            long n = sink.store(input, name, out -> DicomWriter.write(null, meta, ds, ts, out, settings.write()));
            return new Outcome.Written(name, done, file.warnings().messages().size(), n, false);
        } catch (DuplicateOutputException e) {
            return quarantined(QuarantineCategory.DUPLICATE, input.label() + ": " + e.getMessage(),
                    "two inputs map to one output name");
        } catch (IOException e) {
            return quarantined(QuarantineCategory.WRITE, input.label() + " -> " + name + ": " + FailureText.of(e),
                    FailureText.withoutDetail(e));
        } catch (IllegalArgumentException e) {
            return quarantined(QuarantineCategory.WRITE, input.label() + " -> " + name + ": the output cannot be "
                    + "encoded: " + e.getMessage(), "the output cannot be encoded: " + e.getMessage());
        }
    }

    /** The folder of an input label (its relative path), empty for the input root. */
    static String folderOf(String label) {
        String l = label.replace('\\', '/');
        int slash = l.lastIndexOf('/');
        return slash < 0 ? "" : l.substring(0, slash);
    }

    private static Outcome quarantined(QuarantineCategory c, String detail, String group) {
        return new Outcome.Quarantined(QuarantineReason.of(c, detail, group));
    }
}
