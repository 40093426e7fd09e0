package org.veil.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/**
 * Searches output files and names for needles and turns hits into findings naming the element that holds them.
 *
 * <p>In a paired output, a hit counts when the needle is one of its own input's identifying values, or when it
 * identifies a patient wherever it appears ({@link NeedleSet#crossPatient}); a word of another patient's description
 * or private value is not a leak in this one. With {@link VerifyConfig.PixelScan#SCAN}, a hit inside image pixel data
 * counts only for needles of at least {@value #PIXEL_MIN_CHARS} characters: in random bytes a given case-folded
 * pattern of k ASCII characters matches at a given offset with probability at most (2/256)^k, so 2^-56 for k = 8, and
 * 10^4 needles over 10 GB of pixel data expect about 10^-3 false matches (shorter needles such as a 4-letter
 * manufacturer code would expect thousands).
 */
final class OutputSearch {
    /** Shortest needle searched for inside image pixel data. */
    static final int PIXEL_MIN_CHARS = 8;
    private static final int[] PIXEL_TAGS = {Tags.FloatPixelData, Tags.DoubleFloatPixelData, Tags.PixelData};
    /** Elements the de-identifier writes itself (PS3.15 E.1.1): its own vocabulary, not input values. */
    private static final Set<Integer> METHOD_TAGS = Set.of(Tags.PatientIdentityRemoved, Tags.DeidentificationMethod,
            Tags.DeidentificationMethodCodeSequence, Tags.LongitudinalTemporalInformationModified);
    private static final int MAX_HITS = 200;

    private final NeedleSet needles;
    private final VerifyConfig config;

    /** A search for {@code needles}, which must not change any more; thread-safe. */
    OutputSearch(NeedleSet needles, VerifyConfig config) {
        this.needles = needles;
        this.config = config;
    }

    /** An output as read: the DICOM tree (null when not DICOM), the data set offset, deflated or not. */
    record Read(DicomFile dicom, long datasetOffset, boolean deflated) {
    }

    Read read(Path file) {
        try (DicomReader r = DicomReader.open(file, config.limits())) {
            Dataset ds = r.readDataset();
            DicomFile f = new DicomFile(r.source(), r.preamble(), r.fileMeta(), r.transferSyntax(), r.explicitVr(),
                    ds, r.warnings());
            return new Read(f, r.datasetOffset(), r.transferSyntax().deflated());
        } catch (IOException | RuntimeException e) {
            return new Read(null, 0, false);
        }
    }

    /**
     * Searches a file's bytes, adding leaks to {@code findings}; returns how many bytes were searched.
     *
     * @param own the facts of the output's input, or null for an output without one (then every needle counts)
     */
    long search(String rel, Path file, Read read, InputFacts own, List<Finding> findings) throws IOException {
        List<long[]> hits = new ArrayList<>();
        boolean scanPixels = config.pixelScan() == VerifyConfig.PixelScan.SCAN;
        // scanning: the extents of every pixel data element, in memory or not (hits in them need long needles)
        List<ByteRange> pixels = read.dicom() == null ? List.of() : read.deflated() || scanPixels
                ? OffsetLocator.of(file, config.limits()).pixelRanges() : pixelRanges(read.dicom().dataset());
        StreamScan scan = new StreamScan(needles, (p, at) -> {
            if (hits.size() < MAX_HITS && counts(p, own) && (!scanPixels || longEnough(p, at, pixels))) {
                hits.add(new long[] {p, at});
            }
        });
        List<ByteRange> skip = scanPixels ? List.of() : pixels;
        long n = FileSearch.search(file, skip, read.deflated() ? read.datasetOffset() : -1, scan);
        if (!hits.isEmpty()) {
            report(rel, file, read, hits, findings);
        }
        return n;
    }

    /** Whether a hit of {@code p} is a leak in the output of {@code own} (see the class comment). */
    private boolean counts(int p, InputFacts own) {
        return own == null || needles.crossPatient(p) || own.ownsVariant(needles.variantKey(p));
    }

    private boolean longEnough(int p, long at, List<ByteRange> pixels) {
        if (needles.chars(p) >= PIXEL_MIN_CHARS) {
            return true;
        }
        for (ByteRange r : pixels) {
            if (at >= r.from() && at < r.from() + r.length()) {
                return false;
            }
        }
        return true;
    }

    private void report(String rel, Path file, Read read, List<long[]> hits, List<Finding> findings) {
        OffsetLocator locator = read.dicom() == null ? null : OffsetLocator.of(file, config.limits());
        Set<String> seen = new HashSet<>();
        for (long[] h : hits) {
            int p = (int) h[0];
            TagPath path = locator == null ? null : locator.at(h[1]);
            if (path != null && METHOD_TAGS.contains(top(path))) {
                continue;
            }
            String where = (path == null ? (read.dicom() == null ? "" : "file meta") : path.toString())
                    + " @0x" + Long.toHexString(h[1]).toUpperCase();
            if (seen.add(needles.source(p) + "|" + (path == null ? "" : path.toString()))) {
                findings.add(new Finding(Finding.Kind.LEAK, rel, where, describe(p)));
            }
        }
    }

    private static int top(TagPath path) {
        TagPath p = path;
        while (p.parent() != null && !p.parent().isRoot()) {
            p = p.parent();
        }
        return p.tag();
    }

    /** Searches one output file or folder name (its last component), adding leaks to {@code findings}. */
    void searchName(String rel, List<Finding> findings) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        Set<Integer> sources = new HashSet<>();
        StreamScan scan = new StreamScan(needles, (p, at) -> {
            if (sources.add(p)) {
                findings.add(new Finding(Finding.Kind.FILE_NAME_LEAK, rel, "file name", describe(p)));
            }
        });
        scan.feed(b, 0, b.length);
        scan.finish();
    }

    private String describe(int p) {
        NeedleSource s = needles.source(p);
        return s.category() + " value of " + s.attribute() + " in input " + s.input() + " (" + needles.encoding(p)
                + ")";
    }

    private static List<ByteRange> pixelRanges(Dataset ds) {
        List<ByteRange> out = new ArrayList<>();
        for (int tag : PIXEL_TAGS) {
            DataElement e = ds.get(tag);
            if (e == null) {
                continue;
            }
            if (e.bulk() != null) {
                out.add(new ByteRange(e.bulk().offset(), e.bulk().length()));
            }
            Fragments f = e.fragments();
            if (f != null && f.region() != null) {
                out.add(new ByteRange(f.region().offset(), f.region().length()));
            } else if (f != null) {
                for (Object item : f.items()) {
                    if (item instanceof BulkData b) {
                        out.add(new ByteRange(b.offset(), b.length()));
                    }
                }
            }
        }
        return out;
    }
}
