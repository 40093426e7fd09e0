package org.veil.deid.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.dicom.DepthLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.io.DicomReader;

/**
 * Applies the compiled rules to every element of a data set and, for kept sequences, to every element of every item,
 * at any depth up to {@link ReadLimits#maxDepth()} (one {@link DatasetWalker} walk, no recursion; deeper nesting is an
 * error naming the tag path). A standard sequence encoded as UN is parsed first so its contents cannot escape the
 * rules. Private creators whose block lost all its elements are removed afterwards.
 */
final class ProfileWalk {
    private final RuleMap rules;

    ProfileWalk(RuleMap rules) {
        this.rules = rules;
    }

    /** Applies the rules to {@code ds} in place; nesting deeper than the limit raises {@link DepthLimitException}. */
    void walk(Dataset ds, InstanceContext ctx) throws DeidException {
        DatasetWalker.walk(ds, new Visit(ctx));
    }

    /** The rules at each element, and the private creators at the end of each data set. */
    private final class Visit implements DatasetVisitor<DeidException> {
        private final InstanceContext ctx;

        Visit(InstanceContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Descend element(DataElement read, TreeLevel at) throws DeidException {
            Dataset ds = at.dataset();
            TagPath path = at.path();
            DataElement e = unknownSequence(read, ds, path, ctx);
            e = e == null ? null : DeclaredVr.repair(e, ds, path, ctx);
            if (e == null) {
                return Descend.PAST_ITEMS;
            }
            TagPath p = path.child(e.tag());
            ElementScope scope = new ElementScope(ctx, ds, p);
            Rule rule = rules.resolve(e, scope);
            Effect effect = rule.action().apply(e, scope);
            switch (effect.kind()) {
                case REMOVE:
                    remove(ds, at.index(), e.tag());
                    ctx.record(p, rule.action().code(), rule.source());
                    return Descend.PAST_ITEMS;
                case REPLACE:
                    replace(ds, at.index(), effect.replacement());
                    ctx.record(p, rule.action().code(), rule.source());
                    return Descend.PAST_ITEMS;
                case RECURSE:
                    return Descend.INTO_ITEMS;
                default:
                    return Descend.PAST_ITEMS;
            }
        }

        @Override
        public void endDataset(TreeLevel level) {
            removeUnusedCreators(level.dataset(), level.path(), ctx);
        }
    }

    /** Removes the element visited, by its position when it is still there (no search), else by its tag. */
    private static void remove(Dataset ds, int index, int tag) {
        if (index >= 0 && index < ds.size() && ds.elementAt(index).tag() == tag) {
            ds.removeAt(index);
        } else {
            ds.remove(tag);
        }
    }

    /** Puts the replacement in place of the element visited when it is still there (no search), else by its tag. */
    private static void replace(Dataset ds, int index, DataElement replacement) {
        if (index >= 0 && index < ds.size() && ds.elementAt(index).tag() == replacement.tag()) {
            ds.replaceAt(index, replacement);
        } else {
            ds.put(replacement);
        }
    }

    /**
     * A standard attribute of dictionary VR SQ read as UN bytes becomes a sequence (PS3.5 6.2.2); null when the
     * value does not parse as one and the element was removed.
     */
    private static DataElement unknownSequence(DataElement e, Dataset ds, TagPath path, InstanceContext ctx)
            throws DeidException {
        if (e.vr() != VR.UN || e.bytes() == null || e.bytes().length == 0 || Tag.isPrivate(e.tag())
                || StandardDictionary.vr(e.tag()) != VR.SQ) {
            return e;
        }
        try {
            Sequence seq = DicomReader.parseSequence(e.bytes(), e.tag(), ds, "value of " + path.child(e.tag()),
                    ReadLimits.DEFAULT);
            DataElement parsed = DataElement.of(e.tag(), VR.SQ, seq);
            ds.put(parsed);
            return parsed;
        } catch (IOException ex) {
            // Not a sequence after all (e.g. written with a wrong VR): its content is unknown, so it goes.
            ds.remove(e.tag());
            ctx.record(path.child(e.tag()), "X", "UN value of a sequence attribute that is not a sequence");
            ctx.warn(path.child(e.tag()), "value of a sequence attribute encoded as UN does not parse as a sequence;"
                    + " removed");
            return null;
        }
    }

    /** One pass to find the blocks in use, one to remove the creators of the others: linear in the data set. */
    private static void removeUnusedCreators(Dataset ds, TagPath path, InstanceContext ctx) {
        // blocks in use, ascending (the data set is in tag order, so blocks come in ascending order too)
        int[] used = new int[8];
        int count = 0;
        boolean creators = false;
        for (int i = 0, n = ds.size(); i < n; i++) {
            int t = ds.elementAt(i).tag();
            if (Tag.isPrivateCreator(t)) {
                creators = true;
            } else if (Tag.isPrivate(t) && Tag.element(t) >= 0x1000
                    && (count == 0 || used[count - 1] != block(t))) {
                if (count == used.length) {
                    used = Arrays.copyOf(used, count * 2);
                }
                used[count++] = block(t);
            }
        }
        if (!creators) {
            return;
        }
        int[] inUse = used;
        int blocks = count;
        List<Integer> removed = new ArrayList<>();
        ds.removeIf(e -> Tag.isPrivateCreator(e.tag())
                && Arrays.binarySearch(inUse, 0, blocks, Tag.group(e.tag()) << 8 | Tag.element(e.tag())) < 0
                && removed.add(e.tag()));
        for (int i = removed.size() - 1; i >= 0; i--) {
            ctx.record(path.child(removed.get(i)), "X", "private creator of an empty block");
        }
    }

    /** Group and block number of a private data element (gggg,xxee): gggg << 8 | xx. */
    private static int block(int tag) {
        return Tag.group(tag) << 8 | Tag.element(tag) >>> 8;
    }
}
