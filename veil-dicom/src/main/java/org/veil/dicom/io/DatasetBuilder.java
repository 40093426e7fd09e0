package org.veil.dicom.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;

/**
 * Builds a {@link Dataset} tree from reader events, iteratively (no recursion however deep the nesting). Plain
 * elements come straight from the parser ({@link EventParser.ElementSink}), without an event or a location.
 */
final class DatasetBuilder implements EventParser.ElementSink {
    private static final int DELIMITER_ITEM_LENGTH = 8;

    private final Path file;
    private final String source;
    private final List<Object> stack = new ArrayList<>();
    private Dataset current;
    private long firstFragment = -1;

    private final ReadWarnings warnings;

    DatasetBuilder(Dataset root, Path file, String source, ReadWarnings warnings) {
        this.current = root;
        this.file = file;
        this.source = source;
        this.warnings = warnings;
    }

    /** Consumes events until the end of the parser's data set. */
    Dataset build(EventParser parser) throws IOException {
        Dataset root = current;
        parser.sink(this);
        try {
            for (DicomEvent e = parser.next(); e != null; e = parser.next()) {
                if (e != EventParser.TAKEN) {
                    accept(e);
                }
            }
        } finally {
            parser.sink(null);
        }
        return root;
    }

    @Override
    public void element(int tag, VR vr, byte[] value, BulkData bulk, TagPath parent, long offset) {
        DataElement e = value != null ? DataElement.of(tag, vr, value) : DataElement.of(tag, vr, bulk);
        if (!current.putIfAbsent(e)) {
            warnings.add(Location.of(source, offset, parent, tag),
                    "element found twice in one data set; the second is ignored");
        }
    }

    /** Adds an element; a second element with the same tag is dropped (as dcmtk does) with a warning. */
    private void add(DataElement e, Location where) {
        if (!current.putIfAbsent(e)) {
            warnings.add(where, "element found twice in one data set; the second is ignored");
        }
    }

    private void accept(DicomEvent event) {
        if (event instanceof DicomEvent.Element e) {
            add(e.value() != null ? DataElement.of(e.tag(), e.vr(), e.value())
                    : DataElement.of(e.tag(), e.vr(), e.bulk()), e.location());
        } else if (event instanceof DicomEvent.SequenceStart s) {
            Sequence seq = new Sequence(current);
            seq.undefinedLength(s.length() < 0);
            add(DataElement.of(s.tag(), s.vr(), seq), s.location());
            stack.add(seq);
        } else if (event instanceof DicomEvent.ItemStart i) {
            Dataset item = ((Sequence) stack.get(stack.size() - 1)).addItem();
            item.undefinedLength(i.length() < 0);
            item.sourceOffset(i.location().offset());
            stack.add(current);
            current = item;
        } else if (event instanceof DicomEvent.ItemEnd) {
            current = (Dataset) stack.remove(stack.size() - 1);
        } else if (event instanceof DicomEvent.SequenceEnd) {
            stack.remove(stack.size() - 1);
        } else if (event instanceof DicomEvent.FragmentsStart f) {
            Fragments frags = new Fragments();
            add(DataElement.of(f.tag(), f.vr(), frags), f.location());
            stack.add(frags);
            firstFragment = -1;
        } else if (event instanceof DicomEvent.Fragment f) {
            Fragments frags = (Fragments) stack.get(stack.size() - 1);
            if (f.value() != null) {
                frags.add(f.value());
            } else {
                frags.add(f.bulk());
            }
            if (firstFragment < 0) {
                firstFragment = f.location().offset();
            }
        } else if (event instanceof DicomEvent.FragmentsEnd end) {
            Fragments frags = (Fragments) stack.remove(stack.size() - 1);
            // cut off at end of file: no sequence delimiter to copy, so no region; the items are written anew
            if (file != null && end.completeness() == DicomEvent.Completeness.COMPLETE) {
                long start = firstFragment >= 0 ? firstFragment : end.location().offset();
                long stop = end.location().offset() + DELIMITER_ITEM_LENGTH;
                frags.region(new BulkData(file, start, stop - start, false, 1));
            }
        }
    }
}
