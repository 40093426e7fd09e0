package org.veil.dicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.DepthLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

class DatasetWalkerTest {

    /** Records the calls as short strings. */
    private static class Trace implements DatasetVisitor<RuntimeException> {
        final List<String> calls = new ArrayList<>();

        @Override
        public Descend element(DataElement e, TreeLevel at) {
            calls.add(at.depth() + (e.isSequence() ? " start " : " ") + Tag.format(e.tag()));
            return Descend.INTO_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) {
            calls.add(item.depth() + " item " + item.itemIndex());
        }

        @Override
        public void endDataset(TreeLevel level) {
            calls.add(level.depth() + " end item " + level.itemIndex());
        }

        @Override
        public void endSequence(DataElement s, TreeLevel at) {
            calls.add(at.depth() + " end " + Tag.format(s.tag()));
        }
    }

    @Test
    void walk_nestedSequences_visitsInTagOrderWithDepths() throws IOException {
        Dataset root = Elements.dataset(Elements.text(0x00080060, VR.CS, "CT"), Elements.text(0x00100010, VR.PN, "A"));
        Sequence seq = Elements.sequence(root, 0x00081115);
        Dataset first = seq.addItem();
        first.put(Elements.text(0x00081150, VR.UI, "1.2"));
        Elements.sequence(first, 0x00081199).addItem();
        seq.addItem();
        Trace trace = new Trace();
        DatasetWalker.walk(root, trace);
        assertEquals(List.of("0 (0008,0060)", "0 start (0008,1115)", "1 item 0", "1 (0008,1150)",
                "1 start (0008,1199)", "2 item 0", "2 end item 0", "1 end (0008,1199)", "1 end item 0", "1 item 1",
                "1 end item 1", "0 end (0008,1115)", "0 (0010,0010)", "0 end item -1"), trace.calls);
    }

    @Test
    void walk_hundredThousandLevels_doesNotUseTheThreadStack() throws IOException {
        Dataset root = new Dataset();
        Dataset level = root;
        int levels = 100_000;
        for (int i = 0; i < levels; i++) {
            level = Elements.sequence(level, 0x77770001).addItem();
        }
        level.put(Elements.text(0x77770002, VR.UN, "X"));
        int[] counts = new int[2];
        DatasetWalker.walk(root, ReadLimits.builder().maxDepth(levels).build(), new Trace() {
            @Override
            public Descend element(DataElement e, TreeLevel at) {
                counts[0] = at.depth();
                return Descend.INTO_ITEMS;
            }

            @Override
            public void endSequence(DataElement s, TreeLevel at) {
                counts[1]++;
            }
        });
        assertEquals(levels, counts[0]);
        assertEquals(levels, counts[1]);
    }

    @Test
    void walk_visitorRemovesAndReplaces_goesOnWithTheNextElementAndIntoTheReplacement() {
        Dataset root = Elements.dataset(Elements.text(0x00080060, VR.CS, "CT"), Elements.text(0x00100010, VR.PN, "A"),
                Elements.text(0x00100020, VR.LO, "ID"));
        List<String> seen = new ArrayList<>();
        DatasetWalker.walk(root, (DatasetVisitor<RuntimeException>) (e, at) -> {
            seen.add(at.pathOf(e.tag()) + (at.sequence() == null ? "" : " in " + Tag.format(at.sequence().tag()))
                    + " #" + at.index());
            if (e.tag() == 0x00100010) {
                at.dataset().remove(e.tag());
            } else if (e.tag() == 0x00080060) {
                Dataset item = new Dataset();
                item.put(Elements.text(0x00080100, VR.SH, "X"));
                Sequence seq = new Sequence(at.dataset());
                seq.add(item);
                at.dataset().put(DataElement.of(e.tag(), VR.SQ, seq));
            }
            return DatasetVisitor.Descend.INTO_ITEMS;
        });
        assertEquals(List.of("(0008,0060) #0", "(0008,0060)[1]/(0008,0100) in (0008,0060) #0", "(0010,0010) #1",
                "(0010,0020) #1"), seen);
        assertEquals(2, root.size());
    }

    @Test
    void walk_pastItems_skipsTheItems() {
        Dataset root = new Dataset();
        Elements.sequence(root, 0x00081115).addItem().put(Elements.text(0x00081150, VR.UI, "1.2"));
        List<String> seen = new ArrayList<>();
        DatasetWalker.walk(root, (DatasetVisitor<RuntimeException>) (e, at) -> {
            seen.add(Tag.format(e.tag()));
            return DatasetVisitor.Descend.PAST_ITEMS;
        });
        assertEquals(List.of("(0008,1115)"), seen);
    }

    @Test
    void walk_sequenceOneLevelOverTheLimit_failsNamingItsPath() {
        Dataset root = new Dataset();
        Dataset level = root;
        for (int i = 0; i < 3; i++) {
            level = Elements.sequence(level, 0x00081115).addItem();
        }
        ReadLimits two = ReadLimits.builder().maxDepth(2).build();
        DepthLimitException e = assertThrows(DepthLimitException.class,
                () -> DatasetWalker.walk(root, two, new Trace()));
        assertEquals("(0008,1115)[1]/(0008,1115)[1]/(0008,1115): sequence nesting depth 3 exceeds "
                + "ReadLimits.maxDepth (2)", e.getMessage());
        assertEquals("(0008,1115)[1]/(0008,1115)[1]/(0008,1115)", e.tagPath());
    }
}
