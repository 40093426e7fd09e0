package org.veil.deid.engine;

import java.util.List;
import java.util.function.Predicate;
import org.veil.dicom.dict.Tags;

/**
 * PS3.15 Table E.1-1 Note 13: an attribute the table marks D because it is Type 1 in some IOD may simply be removed
 * when found in an instance of an IOD that does not define it. Without the IOD module tables of PS3.3 (not in the
 * shared standard), Veil knows a few families by their CIOD names (from sops.json). The hand-written entries:
 *
 * <ul>
 *   <li>Verifying Observer Sequence, Verifying Observer Name, Verifying Organization, Verification DateTime
 *       (0040,A073/A075/A027/A030): Structured Report IODs (Note 13's own example).</li>
 *   <li>RT groups 3006, 3008, 300A, 300C, 3010: RT IODs.</li>
 *   <li>Graphic Annotation Sequence (0070,0001): presentation state IODs.</li>
 * </ul>
 */
final class IodScope {
    private record Entry(Predicate<Integer> tags, Predicate<String> iods) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(t -> t == Tags.VerifyingObserverSequence || t == Tags.VerifyingObserverName
                    || t == Tags.VerifyingOrganization || t == Tags.VerificationDateTime,
                    iod -> iod.contains("SR") || iod.contains("Key Object") || iod.contains("Report")),
            new Entry(t -> {
                int g = t >>> 16;
                return g == 0x3006 || g == 0x3008 || g == 0x300A || g == 0x300C || g == 0x3010;
            }, iod -> iod.startsWith("RT ") || iod.contains("Radiation") || iod.contains("Treatment")),
            new Entry(t -> t == Tags.GraphicAnnotationSequence, iod -> iod.contains("Presentation State")));

    private IodScope() {
    }

    /** True when the table has an entry for the tag. */
    static boolean known(int tag) {
        for (Entry e : ENTRIES) {
            if (e.tags().test(tag)) {
                return true;
            }
        }
        return false;
    }

    /** True when the attribute is known to belong to other IODs than {@code iod} (null iod: unknown, false). */
    static boolean outside(int tag, String iod) {
        if (iod == null) {
            return false;
        }
        for (Entry e : ENTRIES) {
            if (e.tags().test(tag)) {
                return !e.iods().test(iod);
            }
        }
        return false;
    }
}
