package org.veil.dicom.data;

import java.util.ArrayDeque;
import java.util.Deque;
import org.veil.dicom.DepthLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;

/**
 * The one walk over a data set tree: depth first, in tag order, with an explicit stack, so the thread's stack never
 * limits the nesting; {@link ReadLimits#maxDepth()} does, as it does for the reader (a sequence whose items would sit
 * deeper raises {@link DepthLimitException} naming its tag path). The visitor may replace or remove the element at
 * hand and chooses, per sequence, whether to walk its items.
 */
public final class DatasetWalker {
    private final int maxDepth;

    private DatasetWalker(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Walks {@code root} within {@link ReadLimits#DEFAULT}. */
    public static <X extends Exception> void walk(Dataset root, DatasetVisitor<X> visitor) throws X {
        walk(root, ReadLimits.DEFAULT, visitor);
    }

    /** Walks {@code root}, its items at most {@code limits.maxDepth()} levels deep. */
    public static <X extends Exception> void walk(Dataset root, ReadLimits limits, DatasetVisitor<X> visitor)
            throws X {
        new DatasetWalker(limits.maxDepth()).run(root, visitor);
    }

    /** The items of a sequence being walked. */
    private static final class Items {
        final TreeLevel owner;
        final DataElement element;
        int next;

        Items(TreeLevel owner, DataElement element) {
            this.owner = owner;
            this.element = element;
        }
    }

    private <X extends Exception> void run(Dataset root, DatasetVisitor<X> visitor) throws X {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(new TreeLevel(null, root, null, -1, TagPath.ROOT));
        while (!stack.isEmpty()) {
            if (stack.peek() instanceof TreeLevel level) {
                stepElements(level, stack, visitor);
            } else {
                stepItems((Items) stack.peek(), stack, visitor);
            }
        }
    }

    private <X extends Exception> void stepElements(TreeLevel level, Deque<Object> stack, DatasetVisitor<X> visitor)
            throws X {
        Dataset ds = level.dataset();
        if (level.next >= ds.size()) {
            stack.pop();
            visitor.endDataset(level);
            return;
        }
        level.index = level.next;
        DataElement e = ds.elementAt(level.next);
        DatasetVisitor.Descend descend = visitor.element(e, level);
        DataElement now = level.next < ds.size() ? ds.elementAt(level.next) : null;
        if (now == null || now.tag() != e.tag()) {
            return; // removed: the next element moved into its place
        }
        level.next++;
        if (descend == DatasetVisitor.Descend.INTO_ITEMS && now.isSequence()) {
            if (level.depth() + 1 > maxDepth) {
                throw new DepthLimitException(level.pathOf(e.tag()), level.depth() + 1, maxDepth);
            }
            stack.push(new Items(level, now));
        }
    }

    private <X extends Exception> void stepItems(Items items, Deque<Object> stack, DatasetVisitor<X> visitor)
            throws X {
        Sequence seq = items.element.sequence();
        if (items.next >= seq.size()) {
            stack.pop();
            visitor.endSequence(items.element, items.owner);
            return;
        }
        int k = items.next++;
        TreeLevel item = new TreeLevel(items.owner, seq.get(k), items.element, k,
                items.owner.pathOf(items.element.tag()).item(k));
        visitor.startItem(item);
        stack.push(item);
    }
}
