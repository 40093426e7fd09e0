package org.veil.dicom.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a data set tree depth first, in tag order, with an explicit stack: nesting depth is bounded by memory, never
 * by the thread's stack (the reader may be allowed very deep nesting).
 */
public final class DatasetWalker {
    private DatasetWalker() {
    }

    /** One open level: the elements of a data set, or the items of a sequence. */
    private static final class Frame {
        final Dataset dataset;
        final DataElement sequence;
        final int depth;
        int next;

        Frame(Dataset dataset, DataElement sequence, int depth) {
            this.dataset = dataset;
            this.sequence = sequence;
            this.depth = depth;
        }
    }

    /** Calls the visitor for every element of {@code root} and, recursively, of the items of its sequences. */
    public static void walk(Dataset root, DatasetVisitor visitor) throws IOException {
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(root, null, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.get(stack.size() - 1);
            if (f.sequence == null) {
                stepElements(f, stack, visitor);
            } else {
                stepItems(f, stack, visitor);
            }
        }
    }

    private static void stepElements(Frame f, List<Frame> stack, DatasetVisitor visitor) throws IOException {
        if (f.next < f.dataset.size()) {
            DataElement e = f.dataset.elementAt(f.next++);
            if (e.isSequence()) {
                visitor.startSequence(e, f.dataset, f.depth);
                stack.add(new Frame(null, e, f.depth));
            } else {
                visitor.element(e, f.dataset, f.depth);
            }
            return;
        }
        stack.remove(stack.size() - 1);
        if (!stack.isEmpty()) {
            Frame items = stack.get(stack.size() - 1);
            visitor.endItem(f.dataset, items.next - 1, items.depth + 1);
        }
    }

    private static void stepItems(Frame f, List<Frame> stack, DatasetVisitor visitor) throws IOException {
        Sequence seq = f.sequence.sequence();
        if (f.next < seq.size()) {
            Dataset item = seq.get(f.next);
            visitor.startItem(item, f.next, f.depth + 1);
            f.next++;
            stack.add(new Frame(item, null, f.depth + 1));
            return;
        }
        stack.remove(stack.size() - 1);
        visitor.endSequence(f.sequence, f.depth);
    }
}
