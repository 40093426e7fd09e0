package org.veil.verify;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;

/**
 * The structural checks of one output against the facts of its input: kept attributes and pixel data identical,
 * replaced UIDs changed and valid (and registered for cross-file consistency), the pseudonymous patient registered.
 */
final class OutputChecks {
    /** UIDs registered by DICOM itself (well-known palettes, coding schemes) identify nobody and may stay. */
    private static final String STANDARD_ROOT = "1.2.840.10008.";
    /** The file meta is rebuilt from the data set by writers, so its UIDs are not checked for consistency. */
    private static final int META_GROUP = 0x0002;
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*");
    private static final List<String> PIXEL_CLEANING_CODES = List.of("113101", "113102", "113103");

    private final VerifyConfig config;
    private final Consistency.Batch consistency;
    private final List<Finding> findings;

    private final ValueDigest digest;
    private boolean copy;

    /** Checks of one output: findings go to {@code findings},
            what cross-file consistency needs to {@code consistency}. */
    OutputChecks(VerifyConfig config, Consistency.Batch consistency, List<Finding> findings, ValueDigest digest) {
        this.config = config;
        this.consistency = consistency;
        this.findings = findings;
        this.digest = digest;
    }

    /**
     * Marks the output as a kept duplicate ({@code veil deid --duplicates keep-all}): its SOP Instance UID was made
     * new on purpose, so it is checked for change and validity but not for consistency with the first copy.
     */
    OutputChecks asCopy() {
        this.copy = true;
        return this;
    }

    void check(InputFacts in, String output, Dataset meta, Dataset ds) throws IOException {
        kept(in, output, ds);
        pixels(in, output, ds);
        uids(in, output, meta, ds);
        String pseudonym = DatasetView.of(ds).string(Tags.PatientID);
        consistency.patient(in.patient(), pseudonym == null ? "" : pseudonym, output);
    }

    private void kept(InputFacts in, String output, Dataset ds) throws IOException {
        int[] tags = in.keptTags();
        for (int i = 0; i < tags.length; i++) {
            DataElement after = ds.get(tags[i]);
            String where = Tag.format(tags[i]);
            if (after == null) {
                findings.add(new Finding(Finding.Kind.KEPT_CHANGED, output, where, "kept attribute missing"));
            } else if (!in.keptEquals(i, digest.of(after, in.keptPads()[i]))) {
                findings.add(new Finding(Finding.Kind.KEPT_CHANGED, output, where, "kept attribute changed"));
            }
        }
    }

    private void pixels(InputFacts in, String output, Dataset ds) throws IOException {
        boolean compared = in.pixelDigest() != null || in.pixelBulk() != null;
        if (config.pixelData() == VerifyConfig.PixelDataCheck.SKIP || !compared || cleaned(ds)) {
            return;
        }
        DataElement after = ds.get(Tags.PixelData);
        if (after == null || !samePixels(in, after)) {
            findings.add(new Finding(Finding.Kind.PIXEL_DATA_CHANGED, output, Tag.format(Tags.PixelData),
                    after == null ? "pixel data missing" : "pixel data differs though no pixel cleaning is recorded"));
        }
    }

    private boolean samePixels(InputFacts in, DataElement after) throws IOException {
        BulkData before = in.pixelBulk();
        if (before == null) {
            return Arrays.equals(in.pixelDigest(), digest.of(after, after.vr().paddingByte()));
        }
        if (in.encapsulated()) {
            BulkData region = after.fragments() == null ? null : after.fragments().region();
            return region != null ? digest.sameBytes(before, region)
                    : Arrays.equals(digest.ofRegion(before), digest.of(after, after.vr().paddingByte()));
        }
        if (after.bulk() != null && after.bulk().bigEndian() == before.bigEndian()) {
            return digest.sameBytes(before, after.bulk());
        }
        byte[] was = digest.of(DataElement.of(Tags.PixelData, after.vr(), before), after.vr().paddingByte());
        return Arrays.equals(was, digest.of(after, after.vr().paddingByte()));
    }

    /** True when (0012,0064) records a pixel cleaning option (PS3.16 CID 7050). */
    static boolean cleaned(Dataset ds) {
        DataElement codes = ds.get(Tags.DeidentificationMethodCodeSequence);
        if (codes == null || codes.sequence() == null) {
            return false;
        }
        for (Dataset item : codes.sequence()) {
            if (PIXEL_CLEANING_CODES.contains(DatasetView.of(item).string(Tags.CodeValue))) {
                return true;
            }
        }
        return false;
    }

    private void uids(InputFacts in, String output, Dataset meta, Dataset ds) {
        walk(meta, in, output);
        walk(ds, in, output);
    }

    private void walk(Dataset root, InputFacts in, String output) {
        DatasetWalker.walk(root, config.limits(), (DatasetVisitor<RuntimeException>) (e, at) -> {
            if (e.vr() == VR.UI && e.bytes() != null) {
                TagPath here = at.pathOf(e.tag());
                String original = in.uid(here);
                if (original != null) {
                    compare(original, AsciiValues.decodeRaw(e.bytes()).replace("\0", "").strip(), output, here);
                }
            }
            return DatasetVisitor.Descend.INTO_ITEMS;
        });
    }

    private void compare(String original, String now, String output, TagPath path) {
        String[] a = original.split("\\\\");
        String[] b = now.split("\\\\");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            String o = a[i].strip();
            String n = b[i].strip();
            if (o.isEmpty() || n.isEmpty() || o.startsWith(STANDARD_ROOT)) {
                continue;
            }
            if (o.equals(n)) {
                findings.add(new Finding(Finding.Kind.UID_UNCHANGED, output, path.toString(),
                        "UID the profile replaces is unchanged"));
            } else if (n.length() > 64 || !UID.matcher(n).matches()) {
                findings.add(new Finding(Finding.Kind.UID_INVALID, output, path.toString(),
                        "replacement UID is not valid (PS3.5 9.1)"));
            } else if ((Tag.group(path.tag()) != META_GROUP || path.depth() > 1)
                    && !(copy && path.depth() == 1 && path.tag() == Tags.SOPInstanceUID)) {
                consistency.uid(o, n, output, path.toString());
            }
        }
    }
}
