package org.veil.dicom.json;

import java.io.IOException;
import java.io.Writer;
import org.veil.dicom.Tag;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.io.DicomFile;

/**
 * Writes data sets in the DICOM JSON Model (PS3.18 Annex F), streaming to a {@link Writer}: one compact JSON object
 * per call, members in tag order, keyed by {@code ggggeeee} in upper-case hex, each with "vr" and its value (see
 * {@link ValueWriter}). Binary values are streamed in bounded chunks, so memory use does not depend on their size.
 *
 * <p>Choices where Annex F is silent or where the data set cannot be represented literally:
 * <ul>
 * <li>group length elements (gggg,0000) are left out, as the Native DICOM Model (PS3.19 A.1) prescribes;</li>
 * <li>a sequence read from an undefined length UN element (PS3.5 6.2.2) is written with "vr": "SQ" and its items;</li>
 * <li>encapsulated pixel data is written as the bytes of its item stream (offset table and fragments, each with its
 * item header, without the sequence delimiter);</li>
 * <li>DS and IS values that are no numbers at all are written as JSON strings rather than dropped; FL and FD NaN
 * and infinities as the strings "NaN", "Infinity", "-Infinity".</li>
 * </ul>
 * Not thread-safe; the writer is flushed after each object but never closed.
 */
public final class JsonModelWriter {
    private final JsonWriter json;
    private final JsonOptions options;

    public JsonModelWriter(Writer out, JsonOptions options) {
        this.json = new JsonWriter(out);
        this.options = options;
    }

    /** Writes one data set as a JSON object. */
    public void write(Dataset dataset) throws IOException {
        json.beginObject();
        DatasetWalker.walk(dataset, members());
        json.endObject();
        json.flush();
    }

    /** Writes a file's data set as a JSON object, preceded by its file meta elements when the options ask for them. */
    public void write(DicomFile file) throws IOException {
        json.beginObject();
        Members members = members();
        if (options.fileMeta() == FileMetaMode.INCLUDE) {
            DatasetWalker.walk(file.fileMeta(), members);
        }
        DatasetWalker.walk(file.dataset(), members);
        json.endObject();
        json.flush();
    }

    /** A fresh visitor per object, so nothing of one data set is kept for the next. */
    private Members members() {
        return new Members(new ValueWriter(json, options.bulkData()));
    }

    /** Turns the walk over the tree into object members. */
    private final class Members implements DatasetVisitor<IOException> {
        private final ValueWriter values;

        Members(ValueWriter values) {
            this.values = values;
        }

        @Override
        public Descend element(DataElement e, TreeLevel at) throws IOException {
            if (e.isSequence()) {
                start(e.tag(), "SQ");
                if (!e.sequence().isEmpty()) {
                    json.name("Value");
                    json.beginArray();
                }
                return Descend.INTO_ITEMS;
            }
            if (Tag.isGroupLength(e.tag())) {
                return Descend.PAST_ITEMS;
            }
            start(e.tag(), e.vr().name());
            values.write(e, at.dataset());
            json.endObject();
            return Descend.PAST_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) throws IOException {
            json.beginObject();
        }

        @Override
        public void endDataset(TreeLevel level) throws IOException {
            if (level.depth() > 0) {
                json.endObject();
            }
        }

        @Override
        public void endSequence(DataElement sequence, TreeLevel at) throws IOException {
            if (!sequence.sequence().isEmpty()) {
                json.endArray();
            }
            json.endObject();
        }

        private void start(int tag, String vr) throws IOException {
            json.name(Tag.toHex(tag));
            json.beginObject();
            json.name("vr");
            json.string(vr);
        }
    }
}
