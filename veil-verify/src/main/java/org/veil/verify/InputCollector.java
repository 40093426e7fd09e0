package org.veil.verify;

import java.io.IOException;
import org.veil.dicom.dict.Tags;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.profile.ProfileAction;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.io.DicomFile;

/**
 * Walks one input at every depth: the values of attributes the profile removes or replaces (and every person name and
 * private value) become needles; the values it keeps are remembered as legitimate output text; the facts the output
 * checks need are extracted.
 */
final class InputCollector {
    private static final byte[] SEPARATOR = {'\n', '\n'};
    /**
     * A DICOMDIR's Referenced File ID names input files (folder names often are Patient IDs): the delivery must
     * rewrite it, so it never makes a needle legitimate.
     */
    private static final Set<VR> FREE_TEXT = EnumSet.of(VR.LO, VR.SH, VR.ST, VR.LT, VR.UT, VR.UC);

    private final ProfileLookup profile;
    private final VerifyConfig config;
    private final NeedleSet.Builder needles;
    /** Distinct kept text values (raw bytes to decoded text) and distinct kept binary values. */
    private final Map<ByteBuffer, String> keptText = new LinkedHashMap<>();
    private final Set<ByteBuffer> keptBinary = new LinkedHashSet<>();
    /** Distinct values of cleaned text attributes (raw bytes to decoded text). */
    private final Map<ByteBuffer, String> cleanedText = new LinkedHashMap<>();
    /** Original UIDs, patient keys and tag paths repeat across inputs: one copy of each. */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    InputCollector(ProfileLookup profile, VerifyConfig config, NeedleSet.Builder needles) {
        this.profile = profile;
        this.config = config;
        this.needles = needles;
    }

    /** What one input adds to the needles and to the legitimate text, gathered apart so inputs can be read in parallel. */
    static final class Collected {
        private final List<NeedleValue> needleValues = new ArrayList<>();
        private final List<byte[]> binary = new ArrayList<>();
        private final List<KeptText> text = new ArrayList<>();
        private final List<KeptText> cleaned = new ArrayList<>();
        private InputFacts facts;

        InputFacts facts() {
            return facts;
        }
    }

    private record NeedleValue(NeedleSource where, String value, VR vr, SpecificCharacterSet cs) {
    }

    private record KeptText(byte[] raw, String text) {
    }

    /**
     * Feeds every value the profile keeps, from every input so far, to {@code sink} in the encodings an output may
     * carry them in, separated so that no needle spans two values.
     */
    void legitimateText(StreamScan sink) {
        for (ByteBuffer raw : keptBinary) {
            feed(sink, raw.array());
        }
        feedText(sink, keptText);
    }

    /**
     * Feeds the values of cleaned text attributes (kept in part by design) to {@code sink}, like
     * {@link #legitimateText}: for a scan that disables only descriptive needles.
     */
    void cleanedText(StreamScan sink) {
        feedText(sink, cleanedText);
    }

    private static void feedText(StreamScan sink, Map<ByteBuffer, String> values) {
        for (Map.Entry<ByteBuffer, String> e : values.entrySet()) {
            feed(sink, e.getKey().array());
            String text = e.getValue();
            feed(sink, text.getBytes(StandardCharsets.UTF_8));
            feed(sink, text.getBytes(StandardCharsets.UTF_16LE));
            feed(sink, text.getBytes(StandardCharsets.UTF_16BE));
        }
        sink.finish();
    }

    private static void feed(StreamScan sink, byte[] b) {
        sink.feed(b, 0, b.length);
        sink.feed(SEPARATOR, 0, SEPARATOR.length);
    }

    /**
     * Reads what verification needs of one input; thread-safe. The needles and legitimate text it found are added by
     * {@link #add}, in input order, so the result does not depend on which thread read which input.
     */
    Collected collect(String input, DicomFile file, ValueDigest digest) throws IOException {
        Dataset ds = file.dataset();
        Collected c = new Collected();
        List<TagPath> uidPaths = new ArrayList<>();
        List<String> uidValues = new ArrayList<>();
        walk(file.fileMeta(), input, uidPaths, uidValues, c);
        walk(ds, input, uidPaths, uidValues, c);
        List<Integer> tags = config.keptTags().stream().filter(t -> ds.get(t) != null).sorted().toList();
        int[] kept = new int[tags.size()];
        byte[] pads = new byte[tags.size()];
        byte[] digests = new byte[tags.size() * ValueDigest.LENGTH];
        for (int i = 0; i < kept.length; i++) {
            DataElement e = ds.get(tags.get(i));
            kept[i] = e.tag();
            pads[i] = e.vr().paddingByte();
            System.arraycopy(digest.of(e, pads[i]), 0, digests, i * ValueDigest.LENGTH, ValueDigest.LENGTH);
        }
        DataElement pixels = ds.get(Tags.PixelData);
        boolean comparePixels = pixels != null && config.pixelData() != VerifyConfig.PixelDataCheck.SKIP;
        boolean encapsulated = comparePixels && pixels.fragments() != null && pixels.fragments().region() != null;
        BulkData pixelBulk = !comparePixels ? null : encapsulated ? pixels.fragments().region() : pixels.bulk();
        byte[] pixelDigest = comparePixels && pixelBulk == null ? digest.of(pixels, pixels.vr().paddingByte()) : null;
        DatasetView v = DatasetView.of(ds);
        String patient = share(nonNull(v.string(Tags.IssuerOfPatientID)) + "|" + nonNull(v.string(Tags.PatientID)));
        c.facts = new InputFacts(input, patient, kept, pads, digests, pixelDigest, pixelBulk, encapsulated,
                uidPaths.toArray(new TagPath[0]),
                uidValues.toArray(new String[0]), ownVariants(c));
        return c;
    }

    /** The keys of every spelling of the input's needle values, sorted and distinct. */
    private static long[] ownVariants(Collected c) {
        return c.needleValues.stream()
                .flatMap(n -> ValueVariants.of(n.value(), n.vr()).stream())
                .mapToLong(NeedleSet::keyOf).sorted().distinct().toArray();
    }

    /** Adds the needles and legitimate text of one input (call in input order, from one thread). */
    void add(Collected c) {
        for (NeedleValue n : c.needleValues) {
            needles.add(n.where(), n.value(), n.vr(), n.cs());
        }
        for (byte[] raw : c.binary) {
            keptBinary.add(ByteBuffer.wrap(raw));
        }
        for (KeptText t : c.text) {
            keptText.putIfAbsent(ByteBuffer.wrap(t.raw()), t.text());
        }
        for (KeptText t : c.cleaned) {
            cleanedText.putIfAbsent(ByteBuffer.wrap(t.raw()), t.text());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        Object before = shared.putIfAbsent(value, value);
        return before == null ? value : (T) before;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void walk(Dataset root, String input, List<TagPath> uidPaths, List<String> uidValues, Collected c) {
        DatasetWalker.walk(root, config.limits(), (DatasetVisitor<RuntimeException>) (e, at) ->
                collect(e, at, input, uidPaths, uidValues, c));
    }

    private DatasetVisitor.Descend collect(DataElement e, TreeLevel at, String input, List<TagPath> uidPaths,
                                           List<String> uidValues, Collected c) {
        int tag = e.tag();
        if (Tag.isGroupLength(tag) || Tag.isPrivateCreator(tag)) {
            return DatasetVisitor.Descend.PAST_ITEMS;
        }
        if (e.sequence() != null) {
            return DatasetVisitor.Descend.INTO_ITEMS;
        }
        if (searchedPixels(at.path(), tag)) {
            return DatasetVisitor.Descend.PAST_ITEMS;
        }
        TagPath here = at.pathOf(tag);
        SpecificCharacterSet cs = DatasetView.of(at.dataset()).characterSet();
        VR valueVr = valueVr(e);
        String text = valueVr == e.vr() ? text(e, cs) : lyingText(e);
        VR vr = meant(tag, valueVr);
        if (cleanedText(tag, vr)) {
            if (text != null) {
                c.cleaned.add(new KeptText(e.bytes(), text));
            }
            return DatasetVisitor.Descend.PAST_ITEMS;
        }
        boolean identifying = identifying(tag, vr);
        if (text == null) {
            if (!identifying && e.bytes() != null && tag != Tags.EncapsulatedDocument) {
                c.binary.add(e.bytes());
            }
            return DatasetVisitor.Descend.PAST_ITEMS;
        }
        if (identifying) {
            if (e.vr() == VR.UI && profile.replacesUid(tag) && !inDirectory(here)) {
                uidPaths.add(share(here));
                uidValues.add(share(text));
            }
            addNeedles(new NeedleSource(Category.of(tag, vr), here.toString(), input), text, vr, cs, c);
        } else if (tag != Tags.ReferencedFileID) {
            c.text.add(new KeptText(e.bytes(), text));
        }
        return DatasetVisitor.Descend.PAST_ITEMS;
    }

    private static boolean inDirectory(TagPath path) {
        return path.toString().startsWith(Tag.format(Tags.DirectoryRecordSequence));
    }

    /**
     * Image pixel data searched with {@link VerifyConfig.PixelScan#SCAN} is not legitimate text: text in it is what
     * the scan looks for, whether the engine changed the pixels or not.
     */
    private boolean searchedPixels(TagPath path, int tag) {
        return config.pixelScan() == VerifyConfig.PixelScan.SCAN && path.isRoot()
                && (tag == Tags.PixelData || tag == Tags.FloatPixelData || tag == Tags.DoubleFloatPixelData);
    }

    /**
     * The VR a value is meant to have: a standard attribute read as UN (explicit UN, or a writer that lost the VR) has
     * its dictionary VR, so that its time is not searched as a number and its cleaned description is not a needle.
     * Values the dictionary VR cannot describe (binary, sequences) keep UN.
     */
    private static VR meant(int tag, VR vr) {
        if (vr != VR.UN || Tag.isPrivate(tag)) {
            return vr;
        }
        VR known = StandardDictionary.vr(tag);
        return known != null && known.isString() ? known : vr;
    }

    /**
     * Free text the profile cleans (C on a text VR, e.g. descriptions under Clean Descriptors) keeps its
     * non-identifying words by design, often the whole value: it is neither a needle (it would flag every unchanged
     * "CT CHEST" description) nor legitimate text (it may hold names that must stay needles). The identifiers it may
     * contain are searched for as the values of their own attributes. C on dates and times means modified values,
     * which stay needles.
     */
    private boolean cleanedText(int tag, VR vr) {
        return !Tag.isPrivate(tag) && FREE_TEXT.contains(vr) && profile.action(tag) == ProfileAction.C;
    }

    private boolean identifying(int tag, VR vr) {
        if (Tag.isPrivate(tag)) {
            return profile.removesPrivate();
        }
        if (vr == VR.PN) {
            return profile.action(tag) != ProfileAction.K;
        }
        return profile.replaces(tag);
    }

    private static void addNeedles(NeedleSource where, String text, VR vr, SpecificCharacterSet cs, Collected c) {
        if (vr == VR.TM) {
            return;
        }
        boolean multi = vr.isMultiValuedString() || vr == VR.UN;
        for (String one : multi ? text.split("\\\\") : new String[] {text}) {
            c.needleValues.add(new NeedleValue(where, one, vr.isString() ? vr : VR.LO, cs));
        }
    }

    /**
     * The VR a value is judged by: its own, or the dictionary VR of a standard string attribute that the file writes
     * with a binary VR (a name or UID under SL, FD, AT, OB, ...; issue 14): what the profile does to the tag decides
     * whether its value is a needle, whatever VR the file claims.
     */
    private static VR valueVr(DataElement e) {
        VR vr = e.vr();
        if (vr.isString() || vr == VR.UN || vr == VR.SQ || Tag.isPrivate(e.tag()) || Tag.isGroupLength(e.tag())) {
            return vr;
        }
        VR dict = StandardDictionary.vr(e.tag());
        return dict.isString() ? dict : vr;
    }

    /** The text of a string attribute written with a binary VR, when its bytes look like text; else null. */
    private static String lyingText(DataElement e) {
        byte[] b = e.bytes();
        return b != null && printable(b) ? new String(b, StandardCharsets.ISO_8859_1).replace("\0", "").strip() : null;
    }

    /** The value as text: string VRs decoded; UN, OB and UT values that look like text; null otherwise. */
    private static String text(DataElement e, SpecificCharacterSet cs) {
        byte[] b = e.bytes();
        if (b == null || b.length == 0) {
            return null;
        }
        if (e.vr().isString()) {
            String s = e.vr().usesCharacterSet() ? cs.decode(b, e.vr()) : AsciiValues.decodeRaw(b);
            return s.strip().isEmpty() ? null : s.replace("\0", "").strip();
        }
        if ((e.vr() == VR.UN || e.vr() == VR.OB) && printable(b)) {
            return new String(b, StandardCharsets.ISO_8859_1).replace("\0", "").strip();
        }
        return null;
    }

    private static boolean printable(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == 0 || b[n - 1] == ' ')) {
            n--;
        }
        if (n < 4) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
