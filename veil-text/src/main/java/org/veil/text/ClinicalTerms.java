package org.veil.text;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list that keeps clinical text intact: words that are never taken for a person name without a strong cue
 * ("Dr. Parkinson" is still a name, "Parkinson disease follow-up" is not). Three groups:
 * <ul>
 *   <li>clinical terms: anatomy, modalities, sequences, protocol and report words, abbreviations, and eponyms that are
 *       rarely family names in practice (Doppler, Bosniak, Gleason, Wilms, Hodgkin);</li>
 *   <li>eponyms that are also common family names (Smith, Wilson, Graves, Baker): clinical only next to a word such
 *       as "fracture", "disease", "cyst" or in the possessive ("Baker's cyst");</li>
 *   <li>common English words (MAY, WILL, LONG, BACK, GRANT, BROWN): not a name on their own, but part of a name when
 *       next to a name ("Grant Rossi");</li>
 *   <li>dictionary words: any English word; such a word is never taken for an unknown name, and a listed name that
 *       is also a word ("Carter", "Hunter") needs a second sign before it counts alone.</li>
 * </ul>
 * The built-in terms are hand-written for Veil (clinical-terms.txt), plus word lists extracted from datafaker
 * (english-words.txt.gz) and mockneat (vocabulary.txt.gz), both Apache-2.0.
 */
public final class ClinicalTerms {

    private static final String CLINICAL_RESOURCE = "clinical-terms.txt";
    private static final String ENGLISH_RESOURCE = "english-words.txt.gz";
    private static final String VOCABULARY_RESOURCE = "vocabulary.txt.gz";
    /** The built-in allow-list while someone holds it (see {@link NameLists#builtin()}). */
    private static volatile WeakReference<ClinicalTerms> builtin = new WeakReference<>(null);

    private final Set<String> clinical;
    private final Set<String> eponyms;
    private final Set<String> english;
    private final Set<String> vocabulary;

    private ClinicalTerms(Set<String> clinical, Set<String> eponyms, Set<String> english, Set<String> vocabulary) {
        this.clinical = Set.copyOf(clinical);
        this.eponyms = Set.copyOf(eponyms);
        this.english = Set.copyOf(english);
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /**
     * The built-in allow-list. Loaded when first asked for and shared while anyone holds it; the same object as long
     * as one does.
     */
    public static ClinicalTerms builtin() {
        ClinicalTerms b = builtin.get();
        if (b == null) {
            synchronized (ClinicalTerms.class) {
                b = builtin.get();
                if (b == null) {
                    Map<String, List<String>> c = WordListFile.read(CLINICAL_RESOURCE);
                    Set<String> english = section(c, "english");
                    WordListFile.read(ENGLISH_RESOURCE).values().forEach(english::addAll);
                    Set<String> vocabulary = new HashSet<>();
                    WordListFile.read(VOCABULARY_RESOURCE).values().forEach(vocabulary::addAll);
                    b = new ClinicalTerms(section(c, "clinical"), section(c, "eponym"), english, vocabulary);
                    builtin = new WeakReference<>(b);
                }
            }
        }
        return b;
    }

    /** True when {@code terms} are the built-in allow-list (without loading it). */
    static boolean isBuiltin(ClinicalTerms terms) {
        return terms != null && terms == builtin.get();
    }

    /** Only these clinical terms (each entry may hold several words, all are added). */
    public static ClinicalTerms of(Collection<String> terms) {
        return new ClinicalTerms(fold(terms), Set.of(), Set.of(), Set.of());
    }

    /** These terms plus site-specific ones (protocol names, local abbreviations). */
    public ClinicalTerms plus(Collection<String> terms) {
        Set<String> c = new HashSet<>(clinical);
        c.addAll(fold(terms));
        return new ClinicalTerms(c, eponyms, english, vocabulary);
    }

    Set<String> clinical() {
        return clinical;
    }

    Set<String> eponyms() {
        return eponyms;
    }

    Set<String> english() {
        return english;
    }

    Set<String> vocabulary() {
        return vocabulary;
    }

    @Override
    public String toString() {
        return "ClinicalTerms[clinical=" + clinical.size() + ", eponyms=" + eponyms.size() + ", english="
                + english.size() + ", vocabulary=" + vocabulary.size() + "]";
    }

    private static Set<String> section(Map<String, List<String>> sections, String name) {
        List<String> words = sections.get(name);
        if (words == null) {
            throw new IllegalStateException("resource " + CLINICAL_RESOURCE + " has no [" + name + "] section");
        }
        return new HashSet<>(words);
    }

    private static Set<String> fold(Collection<String> terms) {
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            out.addAll(WordListFile.words(term));
        }
        return out;
    }
}
