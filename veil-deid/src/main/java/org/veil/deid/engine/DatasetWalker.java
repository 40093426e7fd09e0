package org.veil.deid.engine;

import java.io.IOException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.io.DicomReader;

/**
 * Applies the compiled rules to every element of a data set and, for kept sequences, to every element of every item,
 * at any depth. A standard sequence encoded as UN is parsed first so its contents cannot escape the rules. Private
 * creators whose block lost all its elements are removed afterwards.
 */
final class DatasetWalker {
    private final RuleMap rules;
    private final int maxDepth;

    DatasetWalker(RuleMap rules, int maxDepth) {
        this.rules = rules;
        this.maxDepth = maxDepth;
    }

    void walk(Dataset ds, TagPath path, InstanceContext ctx, int depth) throws DeidException {
        if (depth > maxDepth) {
            throw new DeidException(path + ": sequences nested deeper than " + maxDepth);
        }
        int i = 0;
        while (i < ds.size()) {
            DataElement e = unknownSequence(ds.elementAt(i), ds, path, ctx);
            TagPath p = path.child(e.tag());
            ElementScope scope = new ElementScope(ctx, ds, p);
            Rule rule = rules.resolve(e, scope);
            Effect effect = rule.action().apply(e, scope);
            switch (effect.kind()) {
                case REMOVE:
                    ds.remove(e.tag());
                    ctx.record(p, rule.action().code(), rule.source());
                    continue;
                case REPLACE:
                    ds.put(effect.replacement());
                    ctx.record(p, rule.action().code(), rule.source());
                    break;
                case RECURSE:
                    Sequence seq = e.sequence();
                    for (int k = 0; k < seq.size(); k++) {
                        walk(seq.get(k), p.item(k), ctx, depth + 1);
                    }
                    break;
                default:
                    break;
            }
            i++;
        }
        removeUnusedCreators(ds, path, ctx);
    }

    /** A standard attribute of dictionary VR SQ read as UN bytes becomes a sequence (PS3.5 6.2.2). */
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
            throw new DeidException(path.child(e.tag()) + ": sequence encoded as UN cannot be parsed: "
                    + ex.getMessage(), ex);
        }
    }

    private static void removeUnusedCreators(Dataset ds, TagPath path, InstanceContext ctx) {
        for (int i = ds.size() - 1; i >= 0; i--) {
            int tag = ds.elementAt(i).tag();
            if (Tag.isPrivateCreator(tag) && !blockUsed(ds, tag)) {
                ds.remove(tag);
                ctx.record(path.child(tag), "X", "private creator of an empty block");
            }
        }
    }

    private static boolean blockUsed(Dataset ds, int creatorTag) {
        int group = Tag.group(creatorTag);
        int block = Tag.element(creatorTag);
        for (DataElement e : ds) {
            int t = e.tag();
            if (Tag.group(t) == group && Tag.element(t) >>> 8 == block && Tag.element(t) >= 0x1000) {
                return true;
            }
        }
        return false;
    }
}
