package org.veil.dicom.dump;

import java.io.IOException;
import java.io.Writer;
import org.veil.dicom.Tag;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.ReadWarnings;
import org.veil.dicom.value.CharacterSets;

/**
 * A readable tree of a DICOM file, one line per element, streamed to a {@link Writer}:
 * <pre>
 * # file /data/ct.dcm
 * # preamble 128 bytes; transfer syntax 1.2.840.10008.1.2.1: explicit VR, little endian
 * # file meta
 * (0002,0010) UI TransferSyntaxUID [1.2.840.10008.1.2.1] #20
 * # data set
 * (0008,0008) CS ImageType [ORIGINAL\PRIMARY\AXIAL] #22
 * (0008,1115) SQ ReferencedSeriesSequence (1 item) #undefined
 *   item 1 @0x3A6 #undefined
 *     (0020,000E) UI SeriesInstanceUID [1.2.3.4] #8
 * (0029,1010) OB "SIEMENS CSA HEADER" 53\56\31\30\... #8340
 * (7FE0,0010) OW PixelData &lt;bulk data @0x1A2C&gt; #524288
 * # warnings
 * # /data/ct.dcm @0x1A2C (0018,0050): odd value length 3
 * </pre>
 * Lines are {@code (gggg,eeee) VR name value #length}: the name is described in {@link ElementNames}, the value in
 * {@link ValueText}, the length is the value length in bytes ({@code #undefined} for sequences, items and encapsulated
 * pixel data of undefined length). Item headers give the index (from 1, as in tag paths) and the item's byte offset
 * in the file. Strings are decoded with the character set of their data set, inherited by items. Lines of the file
 * header, section titles and warnings start with {@code #}.
 */
public final class TextDumper {
    private static final String INDENT = "    ";
    private static final String ITEM_INDENT = "  ";

    private final Writer out;
    private final ValueText values;
    private final Lines lines = new Lines();
    private final StringBuilder line = new StringBuilder(160);
    private CharacterSets characterSets = new CharacterSets();

    public TextDumper(Writer out, DumpOptions options) {
        this.out = out;
        this.values = new ValueText(options);
    }

    /** Dumps a file: a header, the file meta, the data set and the reader's warnings. Flushes, never closes. */
    public void dump(DicomFile file) throws IOException {
        characterSets = new CharacterSets();
        comment("file " + file.source());
        comment((file.preamble() == null ? "no preamble" : "preamble " + file.preamble().length + " bytes")
                + (file.fileMeta().isEmpty() ? "; no file meta, detected " : "; transfer syntax ")
                + describe(file.transferSyntax(), file.explicitVr()));
        if (!file.fileMeta().isEmpty()) {
            comment("file meta");
            DatasetWalker.walk(file.fileMeta(), lines);
        }
        comment("data set");
        DatasetWalker.walk(file.dataset(), lines);
        warnings(file.warnings());
        out.flush();
    }

    /** Dumps the elements of a data set only. Flushes, never closes. */
    public void dump(Dataset dataset) throws IOException {
        characterSets = new CharacterSets();
        DatasetWalker.walk(dataset, lines);
        out.flush();
    }

    private static String describe(TransferSyntax ts, boolean explicitVr) {
        StringBuilder sb = new StringBuilder(ts.uid()).append(": ");
        sb.append(explicitVr ? "explicit VR" : "implicit VR");
        if (explicitVr != ts.explicitVr()) {
            sb.append(" (the transfer syntax says ").append(ts.explicitVr() ? "explicit" : "implicit").append(')');
        }
        sb.append(ts.bigEndian() ? ", big endian" : ", little endian");
        if (ts.deflated()) {
            sb.append(", deflated");
        }
        if (ts.encapsulated()) {
            sb.append(", encapsulated pixel data");
        }
        return sb.toString();
    }

    private void warnings(ReadWarnings warnings) throws IOException {
        if (warnings.isEmpty()) {
            return;
        }
        comment("warnings");
        for (String w : warnings.messages()) {
            comment(w);
        }
        if (warnings.dropped() > 0) {
            comment("... and " + warnings.dropped() + " more warnings");
        }
    }

    private void comment(String text) throws IOException {
        out.write("# ");
        out.write(text);
        out.write('\n');
    }

    private void flushLine() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
    }

    private void head(DataElement e, Dataset owner, int depth) {
        line.append(INDENT.repeat(depth)).append(Tag.format(e.tag())).append(' ').append(e.vr()).append(' ')
                .append(ElementNames.of(e.tag(), owner)).append(' ');
    }

    /** The character set for a value: looked up only for the VRs that use it. */
    private SpecificCharacterSet characterSet(DataElement e, Dataset owner) {
        return e.vr().usesCharacterSet() ? characterSets.of(owner) : SpecificCharacterSet.DEFAULT;
    }

    /** Turns the walk over the tree into lines. */
    private final class Lines implements DatasetVisitor<IOException> {
        @Override
        public Descend element(DataElement e, TreeLevel at) throws IOException {
            if (e.isSequence()) {
                startSequence(e, at.dataset(), at.depth());
                return Descend.INTO_ITEMS;
            }
            head(e, at.dataset(), at.depth());
            values.append(line, e, characterSet(e, at.dataset()));
            line.append(e.fragments() != null ? " #undefined" : " #" + e.length());
            flushLine();
            if (e.fragments() != null) {
                fragments(e.fragments(), at.depth());
            }
            return Descend.PAST_ITEMS;
        }

        private void startSequence(DataElement sequence, Dataset owner, int depth) throws IOException {
            head(sequence, owner, depth);
            int n = sequence.sequence().size();
            line.append('(').append(n).append(n == 1 ? " item)" : " items)");
            if (sequence.sequence().undefinedLength()) {
                line.append(" #undefined");
            }
            flushLine();
        }

        @Override
        public void startItem(TreeLevel at) throws IOException {
            Dataset item = at.dataset();
            line.append(INDENT.repeat(at.depth() - 1)).append(ITEM_INDENT).append("item ").append(at.itemIndex() + 1);
            if (item.sourceOffset() >= 0) {
                line.append(" @0x").append(Long.toHexString(item.sourceOffset()).toUpperCase());
            }
            if (item.undefinedLength()) {
                line.append(" #undefined");
            }
            flushLine();
        }

        /** One line per fragment: index (0 is the Basic Offset Table), value or bulk reference, length. */
        private void fragments(Fragments fragments, int depth) throws IOException {
            for (int i = 0; i < fragments.size(); i++) {
                line.append(INDENT.repeat(depth)).append(ITEM_INDENT).append("fragment ").append(i)
                        .append(i == 0 ? " (offset table) " : " ");
                Object item = fragments.get(i);
                if (item instanceof BulkData b) {
                    ValueText.bulk(line, b);
                } else if (((byte[]) item).length == 0) {
                    line.append("(no value)");
                } else {
                    values.hex(line, (byte[]) item, i == 0 ? 4 : 1);
                }
                line.append(" #").append(fragments.length(i));
                flushLine();
            }
        }
    }
}
