package org.veil.text;

/**
 * Finds person names that are not known from the data set, with name lists and context, guarded by the allow-list
 * ({@link ClinicalTerms}) and the shape of unknown words ({@link NameShape}). The rules, in order: names next to a
 * cue ({@link CueNames}), names in a structured form ({@link StructuredNames}), names without a cue
 * ({@link BareNames}); then every found name grows over what belongs
 * to it ({@link NameGrowth}, "Dr. Maria de la Cruz Jr."). Tokens already in another finding are left alone.
 */
final class PersonNameDetector {

    private final NameShape shape;

    PersonNameDetector(NameShape shape) {
        this.shape = shape;
    }

    void detect(TokenizedText t, HitList hits) {
        if (t.count == 0) {
            return;
        }
        NameScan s = new NameScan(t, hits, shape);
        CueNames.find(s);
        StructuredNames.find(s);
        BareNames.find(s);
        NameGrowth.grow(s);
        emit(s, hits);
    }

    private static void emit(NameScan s, HitList hits) {
        TokenizedText t = s.t;
        int i = 0;
        while (i < t.count) {
            if (!s.name[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.count && s.name[j + 1] && NameGaps.inside(t, j)) {
                j++;
            }
            if (!hits.covers(t.start[i], t.end[j])) {
                hits.add(FindingCategory.NAME, t.start[i], t.end[j]);
            }
            i = j + 1;
        }
    }
}
