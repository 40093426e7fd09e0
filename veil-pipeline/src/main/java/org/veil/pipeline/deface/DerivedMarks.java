package org.veil.pipeline.deface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Marks a defaced image as derived: Image Type (0008,0008) values 1 and 2 become DERIVED and SECONDARY (later values
 * kept). Enhanced images (with functional groups) only get value 1 DERIVED, in Image Type and in Frame Type
 * (0008,9007) of the MR and CT Image Frame Type functional groups: their IODs allow only PRIMARY as value 2.
 */
final class DerivedMarks {
    private static final int[] FRAME_TYPE_MACROS = {Tags.MRImageFrameTypeSequence, Tags.CTImageFrameTypeSequence};

    private DerivedMarks() {
    }

    static void mark(Dataset ds) {
        boolean enhanced = ds.contains(Tags.PerFrameFunctionalGroupsSequence);
        derive(ds, Tags.ImageType, enhanced);
        for (int groups : new int[] {Tags.SharedFunctionalGroupsSequence, Tags.PerFrameFunctionalGroupsSequence}) {
            DataElement g = ds.get(groups);
            if (g == null || !g.isSequence()) {
                continue;
            }
            for (Dataset item : g.sequence()) {
                for (int macro : FRAME_TYPE_MACROS) {
                    DataElement m = item.get(macro);
                    if (m != null && m.isSequence()) {
                        for (Dataset f : m.sequence()) {
                            if (f.contains(Tags.FrameType)) {
                                derive(f, Tags.FrameType, true);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void derive(Dataset ds, int tag, boolean enhanced) {
        DatasetView v = DatasetView.of(ds);
        String[] old = ds.contains(tag) ? v.strings(tag) : new String[0];
        List<String> values = new ArrayList<>(Arrays.asList(old));
        while (values.size() < 2) {
            values.add("");
        }
        values.set(0, "DERIVED");
        if (!enhanced) {
            values.set(1, "SECONDARY");
        } else if (values.get(1).isEmpty()) {
            values.set(1, "PRIMARY");
        }
        v.putString(tag, VR.CS, String.join("\\", values));
    }
}
