package org.veil.dicom.value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;

/**
 * The Specific Character Set of each data set of a tree (its own (0008,0005), or inherited from the enclosing data
 * set, PS3.5 6.1.2.5.3), remembered per data set so a walk over a deeply nested tree stays linear. For one walk over
 * one tree; not thread-safe.
 */
public final class CharacterSets {
    private final Map<Dataset, SpecificCharacterSet> known = new IdentityHashMap<>();

    /** The character set that applies to the values of {@code dataset}. */
    public SpecificCharacterSet of(Dataset dataset) {
        SpecificCharacterSet cs = known.get(dataset);
        if (cs != null) {
            return cs;
        }
        List<Dataset> chain = new ArrayList<>();
        SpecificCharacterSet inherited = SpecificCharacterSet.DEFAULT;
        for (Dataset d = dataset; d != null; d = d.parent()) {
            SpecificCharacterSet k = known.get(d);
            if (k != null) {
                inherited = k;
                break;
            }
            chain.add(d);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            SpecificCharacterSet own = own(chain.get(i));
            inherited = own != null ? own : inherited;
            known.put(chain.get(i), inherited);
        }
        return inherited;
    }

    private static SpecificCharacterSet own(Dataset d) {
        DataElement e = d.get(Tags.SpecificCharacterSet);
        return e == null || e.bytes() == null ? null : SpecificCharacterSet.ofValue(AsciiValues.decode(e.bytes()));
    }
}
