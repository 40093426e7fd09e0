package org.veil.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.veil.deid.profile.ProfileAction;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;

/**
 * Walks one input at every depth: the values of attributes the profile removes or replaces (and every person name and
 * private value) become needles; the values it keeps are remembered as legitimate output text; the facts the output
 * checks need are extracted.
 */
final class InputCollector {
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int PATIENT_ID = 0x00100020;
    private static final int ISSUER = 0x00100021;
    private static final byte[] SEPARATOR = {'\n', '\n'};
    /** Kept or not, a document's text is what the search is for: it never makes a needle legitimate. */
    private static final int ENCAPSULATED_DOCUMENT = 0x00420011;
    private static final Set<VR> FREE_TEXT = EnumSet.of(VR.LO, VR.SH, VR.ST, VR.LT, VR.UT, VR.UC);

    private final ProfileLookup profile;
    private final VerifyConfig config;
    private final NeedleSet.Builder needles;
    private final ByteArrayOutputStream legitimate = new ByteArrayOutputStream();
    private final Set<ByteBuffer> keptText = new HashSet<>();
    private final Set<ByteBuffer> keptBinary = new HashSet<>();

    InputCollector(ProfileLookup profile, VerifyConfig config, NeedleSet.Builder needles) {
        this.profile = profile;
        this.config = config;
        this.needles = needles;
    }

    /** Text the profile keeps, from every input so far, separated so that no needle spans two values. */
    byte[] legitimateText() {
        return legitimate.toByteArray();
    }

    InputFacts collect(String input, DicomFile file) {
        Dataset ds = file.dataset();
        Map<TagPath, String> uids = new HashMap<>();
        walk(file.fileMeta(), TagPath.ROOT, input, uids);
        walk(ds, TagPath.ROOT, input, uids);
        Map<Integer, DataElement> kept = new HashMap<>();
        for (int tag : config.keptTags()) {
            DataElement e = ds.get(tag);
            if (e != null) {
                kept.put(tag, e);
            }
        }
        DatasetView v = DatasetView.of(ds);
        String patient = nonNull(v.string(ISSUER)) + "|" + nonNull(v.string(PATIENT_ID));
        return new InputFacts(input, patient, kept, ds.get(PIXEL_DATA), uids);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void walk(Dataset ds, TagPath path, String input, Map<TagPath, String> uids) {
        SpecificCharacterSet cs = DatasetView.of(ds).characterSet();
        for (DataElement e : ds) {
            int tag = e.tag();
            if (Tag.isGroupLength(tag) || Tag.isPrivateCreator(tag)) {
                continue;
            }
            TagPath here = path.child(tag);
            if (e.sequence() != null) {
                int i = 0;
                for (Dataset item : e.sequence()) {
                    walk(item, here.item(i++), input, uids);
                }
                continue;
            }
            String text = text(e, cs);
            if (cleanedText(tag, e.vr())) {
                continue;
            }
            boolean identifying = identifying(tag, e.vr());
            if (text == null) {
                if (!identifying && e.bytes() != null && tag != ENCAPSULATED_DOCUMENT) {
                    keepBinary(e.bytes());
                }
                continue;
            }
            if (identifying) {
                if (e.vr() == VR.UI && profile.replacesUid(tag)) {
                    uids.put(here, text);
                }
                addNeedles(new NeedleSource(Category.of(tag, e.vr()), here.toString(), input), text, e.vr(), cs);
            } else {
                keep(e.bytes(), text);
            }
        }
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

    private void addNeedles(NeedleSource where, String text, VR vr, SpecificCharacterSet cs) {
        if (vr == VR.TM) {
            return;
        }
        boolean multi = vr.isMultiValuedString() || vr == VR.UN;
        for (String one : multi ? text.split("\\\\") : new String[] {text}) {
            needles.add(where, one, vr == VR.UN ? VR.LO : vr, cs);
        }
    }

    /** Kept binary values (LUTs, ICC profiles, undecoded UN sequences) may hold any byte string by right. */
    private void keepBinary(byte[] raw) {
        if (keptBinary.add(ByteBuffer.wrap(raw))) {
            legitimate.write(raw, 0, raw.length);
            legitimate.write(SEPARATOR, 0, 2);
        }
    }

    private void keep(byte[] raw, String text) {
        if (!keptText.add(ByteBuffer.wrap(raw))) {
            return;
        }
        legitimate.write(raw, 0, raw.length);
        legitimate.write(SEPARATOR, 0, 2);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        legitimate.write(utf8, 0, utf8.length);
        legitimate.write(SEPARATOR, 0, 2);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        legitimate.write(utf16, 0, utf16.length);
        legitimate.write(SEPARATOR, 0, 2);
        byte[] utf16be = text.getBytes(StandardCharsets.UTF_16BE);
        legitimate.write(utf16be, 0, utf16be.length);
        legitimate.write(SEPARATOR, 0, 2);
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
