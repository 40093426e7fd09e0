package org.veil.deid.engine;

import java.util.Arrays;
import java.util.Set;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;

/**
 * A standard attribute whose explicit VR in the file is a binary one (SL, SS, UL, US, FL, FD, AT, OB, ...) while its
 * dictionary VR is a string or a sequence. The action of an attribute follows its tag whatever VR the file claims
 * (issue 14), so before the rules apply the value is given back its dictionary VR: its bytes are read as the
 * dictionary VR's text when they can be (a name, an ID or a UID written under a lying VR is then replaced, removed or
 * remapped like any other). A value that cannot be read that way (numbers, a value left in the file, fragments) is
 * removed, or the instance rejected when the attribute is Type 1 and cannot be removed. UN is left to the walker and
 * the actions, which read it as its dictionary VR already.
 *
 * <p>A big endian file's binary values are held byte swapped in memory; read as text they come out permuted, which
 * changes nothing for an attribute the profile replaces or removes.
 */
final class DeclaredVr {
    /**
     * Identifying attributes that are Type 1 wherever they are used, so removing them would make the output invalid:
     * SOP Class and SOP Instance UID (PS3.3 C.12.1), Study Instance UID (C.7.2.1), Series Instance UID (C.7.3.1),
     * Frame of Reference UID (C.7.4.1).
     */
    private static final Set<Integer> TYPE_1 = Set.of(Tags.SOPClassUID, Tags.SOPInstanceUID, Tags.StudyInstanceUID,
            Tags.SeriesInstanceUID, Tags.FrameOfReferenceUID);

    private DeclaredVr() {
    }

    /**
     * The element to apply the rules to: {@code e} itself, or the same value under its dictionary VR (put into
     * {@code ds}); null when the value was removed because it cannot be read under its dictionary VR.
     *
     * @throws DeidException when such a value belongs to a Type 1 attribute
     */
    static DataElement repair(DataElement e, Dataset ds, TagPath path, InstanceContext ctx) throws DeidException {
        VR dict = lyingFor(e);
        if (dict == null) {
            return e;
        }
        TagPath p = path.child(e.tag());
        byte[] text = dict == VR.SQ ? null : asText(e.bytes(), dict);
        if (text != null) {
            DataElement typed = DataElement.of(e.tag(), dict, text);
            ds.put(typed);
            ctx.warn(p, "value written with VR " + e.vr() + " is read as " + dict + ", the attribute's VR");
            return typed;
        }
        if (TYPE_1.contains(e.tag())) {
            throw new DeidException(p + ": the value written with VR " + e.vr() + " cannot be read as " + dict
                    + ", the attribute's VR, and a Type 1 attribute cannot be removed");
        }
        ds.remove(e.tag());
        ctx.record(p, "X", "value under VR " + e.vr() + " that cannot be read as " + dict);
        ctx.warn(p, "value written with VR " + e.vr() + " cannot be read as " + dict + ", the attribute's VR; removed");
        return null;
    }

    /**
     * The text of a string attribute whatever VR the file claims (for the patient identity): decoded in the data
     * set's character set, trailing spaces and NULs trimmed; null when absent, empty or not readable as text.
     */
    static String text(Dataset ds, int tag) {
        DatasetView view = DatasetView.of(ds);
        DataElement e = ds.get(tag);
        VR dict = e == null ? null : lyingFor(e);
        if (dict == null || dict == VR.SQ) {
            return view.string(tag);
        }
        byte[] b = asText(e.bytes(), dict);
        if (b == null) {
            return null;
        }
        String s = view.characterSet().decode(b, dict).strip();
        int cut = s.indexOf('\\');
        s = cut >= 0 && dict.isMultiValuedString() ? s.substring(0, cut).strip() : s;
        return s.isEmpty() ? null : s;
    }

    /** The dictionary VR when {@code e} is a standard string or sequence attribute under a binary VR; else null. */
    private static VR lyingFor(DataElement e) {
        int tag = e.tag();
        VR vr = e.vr();
        if (vr.isString() || vr == VR.SQ || vr == VR.UN || e.isSequence() || Tag.isPrivate(tag)
                || Tag.isGroupLength(tag) || Tag.isDelimiter(tag)) {
            return null;
        }
        VR dict = StandardDictionary.vr(tag);
        return dict.isString() || dict == VR.SQ ? dict : null;
    }

    /** The bytes as a value of string VR {@code dict}, padded to even length; null when they are not text. */
    private static byte[] asText(byte[] b, VR dict) {
        if (b == null) {
            return null;
        }
        int n = b.length;
        while (n > 0 && (b[n - 1] == 0 || b[n - 1] == ' ')) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            if (!allowed(b[i] & 0xFF, dict)) {
                return null;
            }
        }
        byte[] out = Arrays.copyOf(b, n + (n & 1));
        if ((n & 1) == 1) {
            out[n] = dict.paddingByte();
        }
        return out;
    }

    private static boolean allowed(int c, VR dict) {
        if (dict == VR.UI) {
            return c >= '0' && c <= '9' || c == '.' || c == '\\';
        }
        return c >= 0x20 && c != 0x7F || c == 0x1B || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
