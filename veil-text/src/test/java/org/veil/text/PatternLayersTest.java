package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Values compiled in layers ({@link KnownIdentifiers#layered}) are found exactly as when all of them are compiled
 * into one automaton: same hits, same spans, same known values, same scrubbed text, on random value sets whose
 * values share words across kinds and layers (so that a key belongs to several values) and random texts made of
 * their forms.
 */
class PatternLayersTest {

    private static final String[] WORDS = {"SMITH", "JOHN", "MAY", "STONE", "PARK", "LEE", "VAN", "DEN", "BERG",
        "ST", "MARY", "HOSPITAL", "CLINIC", "ANN", "JO", "HEAD", "WEST", "MEDICAL", "CENTER", "DAWN", "LONG",
        "MARK", "O", "BROWN", "ROSE", "GREEN", "CT", "MR", "CHEST"};
    private static final String[] DIGITS = {"12345", "0012345", "MRN12345", "ACC-123-45", "4567", "123-45-6789",
        "RQ4242", "SPS1234"};
    private static final String[] GAPS = {" ", " ", ", ", "-", ". ", "^", "/", " - ", ": "};
    private static final int ROUNDS = 40;

    private static final KnownIdentifierDetector REPLACE_INITIALS = new KnownIdentifierDetector(ScrubPolicy.defaults());
    private static final KnownIdentifierDetector KEEP_INITIALS = new KnownIdentifierDetector(
            ScrubPolicy.defaults().toBuilder().initials(ScrubPolicy.Initials.KEEP).build());
    private static final Lexicon LEXICON = Lexicon.of(NameLists.builtin(), ClinicalTerms.builtin());
    private static final TextScrubber PSEUDONYMS = TextScrubber.builder()
            .policy(ScrubPolicy.defaults().toBuilder().replacement(ScrubPolicy.Replacement.PSEUDONYM).build())
            .pseudonyms((category, value) -> "<" + category + ":" + value + ">").build();

    static LongStream seeds() {
        return LongStream.range(0, 25).map(i -> 0x5EED_0000L + i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void layered_randomValuesAndTexts_sameFindingsAsOneAutomaton(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Values values = Values.random(r);
        KnownIdentifiers single = values.single();
        KnownIdentifiers layered = values.layered(r);
        for (int round = 0; round < ROUNDS; round++) {
            String text = text(r, values);
            String where = "seed " + seed + ", text #" + round;
            assertEquals(hits(REPLACE_INITIALS, text, single), hits(REPLACE_INITIALS, text, layered), where);
            assertEquals(hits(KEEP_INITIALS, text, single), hits(KEEP_INITIALS, text, layered), where);
            assertEquals(PSEUDONYMS.scrub(text, single, null).text(), PSEUDONYMS.scrub(text, layered, null).text(),
                    where);
        }
        assertEquals(single.size(), layered.size());
        assertEquals(single.toString(), layered.toString());
    }

    @Test
    void layered_sameKeyInTwoLayers_earlierValueOfTheFirstKindWins() {
        KnownIdentifiers older = KnownIdentifiers.builder().other("Stone").personName("LEE^ANN").build();
        KnownIdentifiers newer = KnownIdentifiers.builder().personName("STONE^MAY").personName("LEE^JO").build();
        KnownIdentifiers layered = KnownIdentifiers.layered(List.of(older, newer));
        KnownIdentifiers single = older.toBuilder().addAll(newer).build();
        for (String text : List.of("seen by Stone today", "LEE ANN JO", "Stone, May", "AL and JL", "J. Lee")) {
            List<Hit> expected = hits(REPLACE_INITIALS, text, single);
            assertEquals(expected, hits(REPLACE_INITIALS, text, layered), text);
        }
        // the person STONE^MAY (newer layer) owns the key STONE, not the other value "Stone" of the older layer
        assertEquals("STONE^MAY", hits(REPLACE_INITIALS, "Stone, May", layered).get(0).knownValue());
    }

    @Test
    void merge_manyInstancesOfOnePatient_sameAsCompilingAllRememberedValuesAndTheInstances() {
        SplittableRandom r = new SplittableRandom(42);
        int maxValues = 60;
        PatientMemory memory = new PatientMemory(10, maxValues);
        Map<DatasetIdentifiers.Kind, Set<String>> remembered = new EnumMap<>(DatasetIdentifiers.Kind.class);
        int count = 0;
        for (int instance = 0; instance < 40; instance++) {
            Values one = Values.random(r);
            DatasetIdentifiers ids = DatasetIdentifiers.of(one.asDataset());
            KnownIdentifiers known = memory.merge("P", ids);
            // what is remembered: the first maxValues distinct values; an instance also uses its own values
            for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
                Set<String> set = remembered.computeIfAbsent(kind, k -> new LinkedHashSet<>());
                for (String v : ids.values(kind)) {
                    if (!set.contains(v) && count < maxValues) {
                        set.add(v);
                        count++;
                    }
                }
            }
            KnownIdentifiers.Builder all = KnownIdentifiers.builder();
            remembered.forEach((kind, values) -> values.forEach(v -> PatientMemory.add(all, kind, v)));
            for (DatasetIdentifiers.Kind kind : DatasetIdentifiers.Kind.values()) {
                ids.values(kind).forEach(v -> PatientMemory.add(all, kind, v));
            }
            KnownIdentifiers expected = all.build();
            assertEquals(expected.size(), known.size(), "instance " + instance);
            for (int round = 0; round < 8; round++) {
                String text = text(r, one);
                assertEquals(hits(REPLACE_INITIALS, text, expected), hits(REPLACE_INITIALS, text, known),
                        "instance " + instance + ", text #" + round);
            }
        }
        assertEquals(maxValues, count, "the test reaches the limit of remembered values");
    }

    private static List<Hit> hits(KnownIdentifierDetector detector, String text, KnownIdentifiers known) {
        HitList hits = new HitList(EnumSet.allOf(FindingCategory.class));
        detector.detect(TokenizedText.of(text, LEXICON), known.patterns(), hits);
        return hits.merged();
    }

    /** A text of random words, value forms and initials, in random case, with random gaps. */
    private static String text(SplittableRandom r, Values values) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + r.nextInt(8);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append(GAPS[r.nextInt(GAPS.length)]);
            }
            sb.append(casing(r, part(r, values)));
        }
        return sb.toString();
    }

    private static String part(SplittableRandom r, Values values) {
        return switch (r.nextInt(6)) {
            case 0 -> WORDS[r.nextInt(WORDS.length)];
            case 1 -> DIGITS[r.nextInt(DIGITS.length)];
            case 2 -> initials(r);
            default -> values.anyForm(r);
        };
    }

    private static String initials(SplittableRandom r) {
        String a = WORDS[r.nextInt(WORDS.length)].substring(0, 1);
        String b = WORDS[r.nextInt(WORDS.length)].substring(0, 1);
        return r.nextBoolean() ? a + b : a + "." + (r.nextBoolean() ? " " : "") + b + ".";
    }

    private static String casing(SplittableRandom r, String s) {
        return switch (r.nextInt(3)) {
            case 0 -> s.toLowerCase(Locale.ROOT);
            case 1 -> s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
            default -> s;
        };
    }

    /** Random values of the four kinds, each kind in insertion order without repeats. */
    private record Values(List<String> persons, List<String> ids, List<String> institutions, List<String> others) {

        static Values random(SplittableRandom r) {
            return new Values(some(r, Values::person), some(r, rr -> DIGITS[rr.nextInt(DIGITS.length)]),
                    some(r, rr -> words(rr, 1 + rr.nextInt(4))), some(r, rr -> words(rr, 1 + rr.nextInt(2))));
        }

        private static List<String> some(SplittableRandom r, java.util.function.Function<SplittableRandom, String> f) {
            Set<String> out = new LinkedHashSet<>();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) {
                out.add(f.apply(r));
            }
            return List.copyOf(out);
        }

        private static String person(SplittableRandom r) {
            String family = r.nextInt(5) == 0 ? "VAN DEN " + WORDS[r.nextInt(WORDS.length)] : word(r);
            return switch (r.nextInt(3)) {
                case 0 -> family + "^" + word(r);
                case 1 -> family + "^" + word(r) + "^" + word(r);
                default -> word(r) + " " + family;
            };
        }

        private static String word(SplittableRandom r) {
            return WORDS[r.nextInt(WORDS.length)];
        }

        private static String words(SplittableRandom r, int n) {
            List<String> w = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                w.add(word(r));
            }
            return String.join(" ", w);
        }

        KnownIdentifiers single() {
            KnownIdentifiers.Builder b = KnownIdentifiers.builder();
            addTo(b);
            return b.build();
        }

        void addTo(KnownIdentifiers.Builder b) {
            persons.forEach(b::personName);
            ids.forEach(b::identifier);
            institutions.forEach(b::institution);
            others.forEach(b::other);
        }

        /** The same values cut into one to five layers, each kind keeping its order. */
        KnownIdentifiers layered(SplittableRandom r) {
            int n = 1 + r.nextInt(5);
            List<KnownIdentifiers.Builder> layers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                layers.add(KnownIdentifiers.builder());
            }
            cut(r, persons, layers, KnownIdentifiers.Builder::personName);
            cut(r, ids, layers, KnownIdentifiers.Builder::identifier);
            cut(r, institutions, layers, KnownIdentifiers.Builder::institution);
            cut(r, others, layers, KnownIdentifiers.Builder::other);
            return KnownIdentifiers.layered(layers.stream().map(KnownIdentifiers.Builder::build).toList());
        }

        private static void cut(SplittableRandom r, List<String> values, List<KnownIdentifiers.Builder> layers,
                                BiConsumer<KnownIdentifiers.Builder, String> add) {
            int layer = 0;
            for (String v : values) {
                layer += r.nextInt(3) == 0 ? r.nextInt(layers.size() - layer) : 0;
                add.accept(layers.get(layer), v);
            }
        }

        String anyForm(SplittableRandom r) {
            List<String> all = new ArrayList<>();
            all.addAll(persons);
            all.addAll(ids);
            all.addAll(institutions);
            all.addAll(others);
            if (all.isEmpty()) {
                return word(r);
            }
            String v = all.get(r.nextInt(all.size()));
            String[] parts = v.split("[\\^ ]");
            return switch (r.nextInt(4)) {
                case 0 -> parts[r.nextInt(parts.length)];
                case 1 -> parts.length > 1 ? parts[1] + " " + parts[0] : v;
                case 2 -> v.replace('^', ' ');
                default -> v;
            };
        }

        /** A data set holding the values: performing physicians, other patient IDs, institution, station. */
        Dataset asDataset() {
            Dataset ds = new Dataset();
            DatasetView v = DatasetView.of(ds);
            put(v, 0x00081050, VR.PN, persons);
            put(v, 0x00101000, VR.LO, ids);
            put(v, 0x00080080, VR.LO, institutions);
            put(v, 0x00081010, VR.SH, others);
            return ds;
        }

        private static void put(DatasetView v, int tag, VR vr, List<String> values) {
            if (!values.isEmpty()) {
                v.putString(tag, vr, String.join("\\", values));
            }
        }
    }
}
