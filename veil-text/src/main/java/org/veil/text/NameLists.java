package org.veil.text;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * First and family names used to find person names that are not known from the data set. The built-in lists are
 * extracted by a generator in the test sources from the locale files of datafaker (net.datafaker:datafaker) and the
 * American name dictionaries of mockneat (net.andreinc:mockneat), both Apache-2.0; see NOTICE. Names are stored
 * folded (upper case, no accents); each list is immutable.
 */
public final class NameLists {

    private static final String FIRST_RESOURCE = "first-names.txt.gz";
    private static final String LAST_RESOURCE = "last-names.txt.gz";
    /**
     * The built-in lists while someone holds them: the lexicon and the name model keep what they need, so the
     * 140 000 strings (about 17 MB) are let go once those are built, and loaded again only if asked for.
     */
    private static volatile WeakReference<NameLists> builtin = new WeakReference<>(null);

    private final Set<String> first;
    private final Set<String> last;

    private NameLists(Set<String> first, Set<String> last) {
        this.first = Set.copyOf(first);
        this.last = Set.copyOf(last);
    }

    /**
     * The built-in lists (about 140 000 names of many countries). Loaded when first asked for and shared while
     * anyone holds them; the same object as long as one does.
     */
    public static NameLists builtin() {
        NameLists b = builtin.get();
        if (b == null) {
            synchronized (NameLists.class) {
                b = builtin.get();
                if (b == null) {
                    b = new NameLists(load(FIRST_RESOURCE), load(LAST_RESOURCE));
                    builtin = new WeakReference<>(b);
                }
            }
        }
        return b;
    }

    /** True when {@code lists} are the built-in lists (without loading them). */
    static boolean isBuiltin(NameLists lists) {
        return lists != null && lists == builtin.get();
    }

    /** No names: only known identifiers and context ("Dr. X") find names. */
    public static NameLists none() {
        return new NameLists(Set.of(), Set.of());
    }

    /** Custom lists; each entry may hold several words ("van der Berg"), all are added. */
    public static NameLists of(Collection<String> firstNames, Collection<String> lastNames) {
        return new NameLists(fold(firstNames), fold(lastNames));
    }

    /** These lists without the given names (in any case or accent form). */
    public NameLists without(Collection<String> names) {
        Set<String> removed = fold(names);
        Set<String> f = new HashSet<>(first);
        Set<String> l = new HashSet<>(last);
        f.removeAll(removed);
        l.removeAll(removed);
        return new NameLists(f, l);
    }

    /** Folded first names. */
    public Set<String> firstNames() {
        return first;
    }

    /** Folded family names. */
    public Set<String> lastNames() {
        return last;
    }

    @Override
    public String toString() {
        return "NameLists[first=" + first.size() + ", last=" + last.size() + "]";
    }

    private static Set<String> fold(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            out.addAll(WordListFile.words(name));
        }
        return out;
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        for (List<String> words : WordListFile.read(resource).values()) {
            out.addAll(words);
        }
        return out;
    }
}
