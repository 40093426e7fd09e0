package org.veil.dicom.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;

/** Random data sets covering every VR, nested sequences and private blocks, for property tests. */
final class RandomDatasets {
    /** For each VR, standard tags (single VR, not retired) found in the dictionary. */
    static final Map<VR, List<Integer>> TAGS_BY_VR = tagsByVr();

    private final SplittableRandom rnd;

    RandomDatasets(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    private static Map<VR, List<Integer>> tagsByVr() {
        Map<VR, List<Integer>> m = new EnumMap<>(VR.class);
        for (int group = 0x0008; group <= 0x0072; group += 2) {
            for (int element = 1; element <= 0xFFFF; element++) {
                int tag = Tag.of(group, element);
                DictionaryEntry e = StandardDictionary.entry(tag);
                if (e != null && e.tag() == tag && e.vrs().size() == 1 && !e.retired()) {
                    List<Integer> list = m.computeIfAbsent(e.vrs().get(0), k -> new ArrayList<>());
                    if (list.size() < 40) {
                        list.add(tag);
                    }
                }
            }
        }
        return m;
    }

    Dataset dataset(int depth) {
        Dataset ds = new Dataset();
        fill(ds, depth);
        return ds;
    }

    private void fill(Dataset ds, int depth) {
        int n = 1 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            VR vr = VR.values()[rnd.nextInt(VR.values().length)];
            if (vr == VR.UN) {
                continue;
            }
            if (vr == VR.SQ && depth <= 0) {
                vr = VR.LO;
            }
            List<Integer> tags = TAGS_BY_VR.get(vr);
            if (tags == null) {
                continue;
            }
            int tag = tags.get(rnd.nextInt(tags.size()));
            ds.put(element(tag, vr, ds, depth));
        }
        if (rnd.nextInt(3) == 0) {
            privateBlock(ds, depth);
        }
    }

    private void privateBlock(Dataset ds, int depth) {
        int group = 0x0009 + 2 * rnd.nextInt(8);
        ds.put(DataElement.of(Tag.of(group, 0x0010), VR.LO, AsciiValues.encode("VEIL TEST", VR.LO)));
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
            VR vr = rnd.nextBoolean() ? VR.OB : rnd.nextBoolean() ? VR.LO : VR.SQ;
            if (vr == VR.SQ && depth <= 0) {
                vr = VR.SH;
            }
            ds.put(element(Tag.of(group, 0x1000 + k), vr, ds, depth));
        }
    }

    private DataElement element(int tag, VR vr, Dataset owner, int depth) {
        if (vr == VR.SQ) {
            Sequence seq = new Sequence(owner);
            seq.undefinedLength(rnd.nextBoolean());
            for (int i = rnd.nextInt(3); i > 0; i--) {
                Dataset item = seq.addItem();
                item.undefinedLength(rnd.nextBoolean());
                fill(item, depth - 1);
            }
            return DataElement.of(tag, vr, seq);
        }
        return DataElement.of(tag, vr, value(vr));
    }

    private byte[] value(VR vr) {
        if (vr.isString()) {
            int max = vr.maxLength() == 0 ? 200 : Math.min(vr.maxLength(), 64);
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(max + 1); i > 0; i--) {
                sb.append((char) ('0' + rnd.nextInt(43)));
            }
            return AsciiValues.encode(sb.toString().replace('\\', '/'), vr);
        }
        int unit = Math.max(vr.swapUnit(), vr.kind() == VR.Kind.BINARY ? vr.maxLength() : 1);
        int count = rnd.nextInt(vr.kind() == VR.Kind.BULK ? 300 : 6);
        byte[] b = new byte[count * unit + (unit == 1 && (count & 1) == 1 ? 1 : 0)];
        rnd.nextBytes(b);
        return b;
    }

    /** Adds encapsulated pixel data with random fragments (for writing in an encapsulated syntax). */
    void encapsulatedPixelData(Dataset ds) {
        Fragments f = new Fragments();
        f.add(new byte[0]);
        for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
            byte[] b = new byte[2 * rnd.nextInt(500)];
            rnd.nextBytes(b);
            f.add(b);
        }
        ds.put(DataElement.of(0x7FE00010, VR.OB, f));
    }
}
