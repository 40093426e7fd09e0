package org.veil.dicom.json;

import java.io.IOException;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.value.BinaryNumbers;
import org.veil.dicom.value.CharacterSets;
import org.veil.dicom.value.StringValues;

/**
 * The value members of one element object (PS3.18 F.2.2-F.2.7): "Value" for strings, person names and numbers,
 * "InlineBinary" or "BulkDataURI" for binary values. An empty value writes nothing, an empty value among several is
 * null (F.2.5).
 */
final class ValueWriter {
    private static final int ITEM_DELIMITER = 8;

    private final JsonWriter json;
    private final BulkDataMode bulkMode;
    private final CharacterSets characterSets = new CharacterSets();

    ValueWriter(JsonWriter json, BulkDataMode bulkMode) {
        this.json = json;
        this.bulkMode = bulkMode;
    }

    void write(DataElement e, Dataset owner) throws IOException {
        if (e.fragments() != null) {
            fragments(e.fragments());
        } else if (e.bulk() != null) {
            bulk(e.bulk());
        } else if (e.bytes().length > 0) {
            inMemory(e.bytes(), e.vr(), owner);
        }
    }

    private void inMemory(byte[] b, VR vr, Dataset owner) throws IOException {
        switch (vr.kind()) {
            case STRING, TEXT, TEXT_MULTI -> strings(StringValues.split(
                    StringValues.decode(b, vr, characterSets.of(owner)), vr), vr);
            case BINARY -> numbers(b, vr);
            default -> inline(b);
        }
    }

    private void strings(List<String> values, VR vr) throws IOException {
        if (allEmpty(values, vr)) {
            return;
        }
        json.name("Value");
        json.beginArray();
        for (String v : values) {
            if (empty(v, vr)) {
                json.nullValue();
            } else if (vr == VR.PN) {
                PersonNameJson.write(json, v);
            } else if (vr == VR.DS || vr == VR.IS) {
                String n = NumberText.json(v);
                if (n != null) {
                    json.number(n);
                } else {
                    json.string(v);
                }
            } else {
                json.string(v);
            }
        }
        json.endArray();
    }

    /** Empty, or for PN only component and group delimiters ("^^^^" is an empty name, PS3.5 6.2.1.1). */
    private static boolean empty(String v, VR vr) {
        return v.isEmpty() || vr == VR.PN && PersonNameJson.onlyDelimiters(v);
    }

    private static boolean allEmpty(List<String> values, VR vr) {
        for (String v : values) {
            if (!empty(v, vr)) {
                return false;
            }
        }
        return true;
    }

    /** Binary numbers as JSON numbers; AT as "ggggeeee"; SV/UV beyond ±2^53 and FL/FD NaN or infinity as strings. */
    private void numbers(byte[] b, VR vr) throws IOException {
        int count = BinaryNumbers.count(b, vr);
        if (count == 0) {
            return;
        }
        json.name("Value");
        json.beginArray();
        for (int i = 0; i < count; i++) {
            String text = BinaryNumbers.text(b, vr, i);
            if (vr == VR.AT || !finite(b, vr, i) || (vr == VR.SV || vr == VR.UV) && !BinaryNumbers.exactInDouble(b, vr, i)) {
                json.string(text);
            } else {
                json.number(text);
            }
        }
        json.endArray();
    }

    private static boolean finite(byte[] b, VR vr, int i) {
        return vr != VR.FL && vr != VR.FD || Double.isFinite(BinaryNumbers.decimal(b, vr, i));
    }

    private void inline(byte[] b) throws IOException {
        Base64Output out = beginInline();
        out.write(b, 0, b.length);
        endInline(out);
    }

    private void bulk(BulkData bulk) throws IOException {
        if (bulk.length() == 0) {
            return;
        }
        if (bulkMode == BulkDataMode.URI) {
            json.name("BulkDataURI");
            json.string(BulkDataUri.of(bulk));
            return;
        }
        Base64Output out = beginInline();
        BinaryStream.copy(bulk, out);
        endInline(out);
    }

    private void fragments(Fragments fragments) throws IOException {
        if (fragments.size() == 0) {
            return;
        }
        BulkData region = fragments.region();
        if (bulkMode == BulkDataMode.URI && region != null && region.length() >= ITEM_DELIMITER) {
            json.name("BulkDataURI");
            json.string(BulkDataUri.of(region, region.length() - ITEM_DELIMITER));
            return;
        }
        Base64Output out = beginInline();
        BinaryStream.copy(fragments, out);
        endInline(out);
    }

    private Base64Output beginInline() throws IOException {
        json.name("InlineBinary");
        json.beginRawString();
        return new Base64Output(json);
    }

    private void endInline(Base64Output out) throws IOException {
        out.finish();
        json.endRawString();
    }
}
