package org.veil.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds the evaluation set: clinical text that must survive (hand-written descriptions, comments and report
 * sentences in evaluation/clinical-phrases.txt, plus disease and symptom phrases from datafaker's en/medical.yml,
 * which the scrubber's allow-list does not use) with identifiers injected in many formats. Unknown person names come
 * from evaluation/names.txt, a hand-written list that is not the scrubber's name list; organisation names that are
 * not in the header from its [organizations] section. Deterministic for a seed.
 */
final class EvaluationSetGenerator {

    record Person(String given, String family, String pn, String ideographic, String phonetic) {
        boolean cjk() {
            return ideographic != null;
        }
    }

    private static final String[] INSTITUTIONS = {"St. Mary Hospital", "Klinikum Rechts der Isar",
            "Hôpital Lariboisière", "Massachusetts General Hospital", "Ospedale San Raffaele",
            "Karolinska University Hospital", "Royal Infirmary of Edinburgh", "Clínica Universidad de Navarra",
            "Academisch Medisch Centrum", "Charité Universitätsmedizin Berlin", "Toronto Western Hospital",
            "Mercy Regional Medical Center", "Hospital Italiano de Buenos Aires", "Groote Schuur Hospital",
            "Tan Tock Seng Hospital", "Riverside Imaging Associates"};
    private static final String[] STREETS = {"Main", "Oak", "Maple", "Cedar", "Washington", "Lincoln", "Elm",
            "Park", "Highland", "Sunset", "Lakeview", "Jefferson", "Church", "Mill", "Willow", "Pine"};
    private static final String[] STREET_TYPES = {"Street", "St", "St.", "Avenue", "Ave", "Road", "Rd.", "Drive",
            "Lane", "Boulevard", "Blvd", "Court", "Place", "Way", "Terrace"};
    /** Further USPS Publication 28 suffixes and standard abbreviations, and multi-word street names. */
    private static final String[] USPS_TYPES = {"Parkway", "Pkwy", "Circle", "Cir", "Trail", "Trl", "Crossing",
            "Xing", "Heights", "Hts", "Ridge", "Rdg", "Run", "Pike", "Landing", "Hollow", "Bend", "Loop", "Row",
            "Square", "Path", "Pass", "Point", "Pt", "Cove", "Glen", "Crest", "Trace", "Highway", "Hwy", "Expy",
            "Turnpike", "Tpke", "Alley", "Plaza", "Plz", "Meadows", "Mdws", "Estates", "Grove", "Knoll", "Walk"};
    private static final String[] LONG_STREETS = {"Old Mill", "Spring Valley", "Cherry Hill", "North Ridge",
            "Fox Run", "Deer Creek", "Stone Bridge", "Old Orchard", "Shady Oak", "Long Meadow", "West Lake",
            "Indian Springs"};
    private static final String[] CITIES = {"Springfield", "Riverside", "Fairview", "Georgetown", "Salem",
            "Madison", "Clinton", "Arlington", "Ashland", "Burlington", "Greenville", "Oxford"};
    private static final String[] STATES = {"IL", "MA", "NY", "CA", "TX", "OH", "PA", "WA", "GA", "MI"};
    private static final String[] DOMAINS = {"stmary-hospital.org", "radiology.example.com", "klinikum-nord.de",
            "chu-lyon.fr", "imaging-partners.net", "umcg.nl", "hospital.org.uk", "clinic.example.edu"};
    private static final String[] EURO_ADDRESSES = {"12, rue de la Paix", "45 rue Victor Hugo",
            "Via Giuseppe Verdi 14", "Hauptstraße 12", "Lindenweg 7", "Kerkstraat 21", "Calle Mayor 3",
            "Avenida de la Constitución 18", "Rua das Flores 22", "Storgatan 9", "Berliner Straße 44",
            "Piazza Garibaldi 2", "Boulevard Haussmann 102", "Mariahilfer Straße 88"};
    private static final String[] EURO_CITIES = {"75002 Paris", "10115 Berlin", "20121 Milano", "28013 Madrid",
            "1012 AB Amsterdam", "69003 Lyon", "80331 München", "1010 Wien", "111 52 Stockholm", "4050-262 Porto"};

    private final SplittableRandom rnd;
    private final Map<String, List<String>> phrases;
    private final List<Person> people;
    private final List<Person> cjkPeople;
    private final List<String> organizations;
    private final List<String> medical;

    /** The set the scrubber's rules were developed against. */
    static final Sources DEVELOPMENT = new Sources("evaluation/names.txt", "evaluation/clinical-phrases.txt");
    /** Names and clinical text written after the rules were developed, never used to tune them. */
    static final Sources VALIDATION = new Sources("evaluation/names-validation.txt",
            "evaluation/clinical-phrases-validation.txt");

    /** The test resources a set is built from. */
    record Sources(String names, String clinicalPhrases) {
    }

    private EvaluationSetGenerator(Sources sources, long seed) {
        this.rnd = new SplittableRandom(seed);
        this.phrases = sections(sources.clinicalPhrases());
        Map<String, List<String>> names = sections(sources.names());
        this.people = names.get("people").stream().map(EvaluationSetGenerator::latinPerson).toList();
        this.cjkPeople = names.get("cjk").stream().map(EvaluationSetGenerator::cjkPerson).toList();
        this.organizations = names.get("organizations");
        this.medical = datafakerMedicalPhrases();
    }

    static List<EvaluationText> generate(Sources sources, long seed, int count) {
        EvaluationSetGenerator g = new EvaluationSetGenerator(sources, seed);
        List<EvaluationText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.next());
        }
        return out;
    }

    /** The held-out people of a set, for reporting how many of their names the scrubber's lists hold. */
    static List<Person> people(Sources sources) {
        return new EvaluationSetGenerator(sources, 0).people;
    }

    // ---------------------------------------------------------------- one text

    private final class Context {
        final Person patient;
        final Person referring;
        final String patientId;
        final String accession;
        final String institution;

        Context() {
            this.patient = rnd.nextInt(10) == 0 ? pick(cjkPeople) : pick(people);
            Person r = pick(people);
            while (r == patient) {
                r = pick(people);
            }
            this.referring = r;
            this.patientId = patientId();
            this.accession = accession();
            this.institution = pick(INSTITUTIONS);
        }

        KnownIdentifiers known() {
            return KnownIdentifiers.builder().personName(patient.pn()).personName(referring.pn())
                    .identifier(patientId).identifier(accession).institution(institution).build();
        }

        Person stranger() {
            Person p = pick(people);
            while (p == patient || p == referring) {
                p = pick(people);
            }
            return p;
        }
    }

    private EvaluationText next() {
        Context c = new Context();
        EvaluationText.Builder b = new EvaluationText.Builder();
        int kind = rnd.nextInt(100);
        if (kind < 35) {
            shortDescription(b, c, "series");
        } else if (kind < 60) {
            shortDescription(b, c, "study");
        } else if (kind < 80) {
            comment(b, c);
        } else {
            report(b, c);
        }
        return b.build(c.known());
    }

    private void shortDescription(EvaluationText.Builder b, Context c, String section) {
        String phrase = pick(phrases.get(section));
        switch (rnd.nextInt(3)) {
            case 0 -> {
                b.clinical(phrase).plain(" ");
                inject(b, c);
            }
            case 1 -> {
                inject(b, c);
                b.plain(" ").clinical(phrase);
            }
            default -> {
                b.clinical(phrase).plain(" - ");
                inject(b, c);
            }
        }
    }

    private void comment(EvaluationText.Builder b, Context c) {
        b.clinical(pick(phrases.get("comment"))).plain(" ");
        inject(b, c);
        b.plain(". ");
        if (rnd.nextBoolean()) {
            b.clinical(medicalSentence()).plain(" ");
        }
        if (rnd.nextBoolean()) {
            inject(b, c);
            b.plain(".");
        }
    }

    private void report(EvaluationText.Builder b, Context c) {
        int sentences = 2 + rnd.nextInt(3);
        int ids = 1 + rnd.nextInt(3);
        for (int i = 0; i < Math.max(sentences, ids); i++) {
            if (i < sentences) {
                b.clinical(rnd.nextInt(4) == 0 ? medicalSentence() : pick(phrases.get("report"))).plain(" ");
            }
            if (i < ids) {
                inject(b, c);
                b.plain(". ");
            }
        }
    }

    private String medicalSentence() {
        String m = pick(medical);
        return switch (rnd.nextInt(4)) {
            case 0 -> "History of " + m + ".";
            case 1 -> "Clinical information: " + m + ".";
            case 2 -> "Indication: " + m;
            default -> "Known " + m + ".";
        };
    }

    // ---------------------------------------------------------------- identifiers

    private void inject(EvaluationText.Builder b, Context c) {
        int r = rnd.nextInt(104);
        if (r >= 100) {
            organization(b);
        } else if (r < 16) {
            knownName(b, c.patient);
        } else if (r < 19) {
            initials(b, c.patient);
        } else if (r < 22) {
            referring(b, c.referring);
        } else if (r < 42) {
            unknownName(b, c.stranger());
        } else if (r < 47) {
            knownId(b, c);
        } else if (r < 50) {
            institution(b, c.institution);
        } else if (r < 56) {
            idNumber(b);
        } else if (r < 59) {
            ssn(b);
        } else if (r < 72) {
            date(b);
        } else if (r < 76) {
            time(b);
        } else if (r < 78) {
            age(b);
        } else if (r < 84) {
            phone(b);
        } else if (r < 87) {
            email(b, c.stranger());
        } else if (r < 90) {
            url(b);
        } else if (r < 96) {
            address(b);
        } else {
            postalCode(b);
        }
    }

    private void knownName(EvaluationText.Builder b, Person p) {
        if (rnd.nextInt(3) == 0) {
            b.clinical(pick(new String[] {"for", "pt", "Patient:", "re:", "patient"})).plain(" ");
        }
        if (p.cjk()) {
            String[] forms = {p.ideographic().replace("^", ""), p.ideographic().replace("^", " "),
                    p.phonetic() == null ? p.family() + " " + p.given() : p.phonetic().replace("^", " "),
                    p.family().toUpperCase(Locale.ROOT) + "^" + p.given().toUpperCase(Locale.ROOT),
                    p.given() + " " + p.family()};
            b.identifier(pick(forms), "NAME_KNOWN");
            return;
        }
        String g = p.given();
        String f = p.family();
        String gi = g.substring(0, 1);
        String[] forms = {upper(f) + "^" + upper(g), g + " " + f, upper(g + " " + f), f + ", " + g,
                f + ", " + gi + ".", gi + ". " + f, upper(f) + " " + gi, (g + " " + f).toLowerCase(Locale.ROOT),
                f, upper(f), g, ascii(g + " " + f), upper(ascii(f)) + "^" + upper(ascii(g))};
        b.identifier(pick(forms), "NAME_KNOWN");
    }

    private void initials(EvaluationText.Builder b, Person p) {
        String gi = p.given().substring(0, 1);
        String fi = p.family().substring(0, 1);
        String text = rnd.nextBoolean() ? upper(ascii(gi + fi)) : upper(ascii(gi)) + "." + upper(ascii(fi)) + ".";
        b.identifier(text, "INITIALS_KNOWN");
    }

    private void referring(EvaluationText.Builder b, Person p) {
        switch (rnd.nextInt(4)) {
            case 0 -> b.clinical("Dr.").plain(" ").identifier(p.family(), "NAME_KNOWN");
            case 1 -> b.clinical("ref").plain(" ").identifier(upper(p.family()) + "^" + upper(p.given()), "NAME_KNOWN");
            case 2 -> b.identifier(p.given() + " " + p.family(), "NAME_KNOWN").plain(", ").clinical("MD");
            default -> b.clinical("Referring physician:").plain(" ").identifier(p.family() + ", " + p.given(),
                    "NAME_KNOWN");
        }
    }

    private void unknownName(EvaluationText.Builder b, Person p) {
        String g = p.given();
        String f = p.family();
        String gf = g + " " + f;
        int r = rnd.nextInt(100);
        String[][] cued = {{"Dr.", f}, {"Dr", gf}, {"DR.", upper(f)}, {"read by", gf}, {"Read by:", f + ", " + g},
                {"dictated by", gf}, {"Referring physician:", upper(f) + "^" + upper(g)}, {"per", gf},
                {"discussed with", gf}, {"tech:", g}, {"Tech", gf}, {"Mrs.", f}, {"Mr", f}, {"Prof.", gf},
                {"cc", gf}, {"called to", gf}, {"pt", gf}, {"patient", gf}, {"Technologist:", upper(gf)},
                {"Reviewed with Dr.", f}, {"signed by", gf}, {"Attending:", gf}, {"Sonographer", g}};
        if (r < 55) {
            String[] t = pick(cued);
            b.clinical(t[0]).plain(" ").identifier(t[1], "NAME");
        } else if (r < 65) {
            b.identifier(rnd.nextBoolean() ? gf : g.charAt(0) + ". " + f, "NAME").plain(", ")
                    .clinical(pick(new String[] {"MD", "RN", "PhD", "M.D.", "RT(R)"}));
        } else if (r < 80) {
            String[] forms = {upper(f) + "^" + upper(g), f + "^" + g, f + ", " + g, upper(f) + ", " + upper(g)};
            b.identifier(pick(forms), "NAME");
        } else if (r < 95) {
            b.identifier(rnd.nextBoolean() ? gf : upper(f + " " + g), "NAME");
        } else {
            b.identifier(rnd.nextBoolean() ? f : upper(f), "NAME");
        }
    }

    private void knownId(EvaluationText.Builder b, Context c) {
        boolean accession = rnd.nextInt(3) == 0;
        String id = accession ? c.accession : c.patientId;
        String text = rnd.nextInt(5) == 0 && id.matches(".*[A-Z].*\\d{4,}.*") ? id.replaceAll("\\D", "") : id;
        String cue = accession ? pick(new String[] {"Acc#", "Accession", "ACC", ""})
                : pick(new String[] {"MRN", "MRN:", "ID", "Patient ID", ""});
        if (!cue.isEmpty()) {
            b.clinical(cue).plain(" ");
        }
        b.identifier(text, accession ? "ACCESSION_KNOWN" : "ID_KNOWN");
    }

    private void institution(EvaluationText.Builder b, String name) {
        if (rnd.nextBoolean()) {
            b.clinical(pick(new String[] {"outside study from", "transferred from", "at", "Prior at"})).plain(" ");
        }
        b.identifier(rnd.nextInt(3) == 0 ? upper(name) : name, "INSTITUTION_KNOWN");
    }

    /** A clinic or hospital that is not in the header: never in KnownIdentifiers. */
    private void organization(EvaluationText.Builder b) {
        if (rnd.nextInt(3) > 0) {
            b.clinical(pick(new String[] {"referred from", "seen at", "outside films from", "transferred to",
                    "followed at", "prior imaging at", "Referred by"})).plain(" ");
        }
        String name = pick(organizations);
        b.identifier(rnd.nextInt(4) == 0 ? upper(name) : name, "ORGANIZATION");
    }

    private void idNumber(EvaluationText.Builder b) {
        switch (rnd.nextInt(8)) {
            case 0 -> b.clinical("MRN").plain(" ").identifier(digits(7), "ID_NUMBER");
            case 1 -> b.clinical("MR#").plain(" ").identifier("00" + digits(6), "ID_NUMBER");
            case 2 -> b.identifier(letter() + digits(7), "ID_NUMBER");
            case 3 -> b.identifier("ACC" + digits(11), "ID_NUMBER");
            case 4 -> b.clinical("ID:").plain(" ").identifier(digits(7), "ID_NUMBER");
            case 5 -> b.clinical("Case").plain(" ").identifier(digits(5), "ID_NUMBER");
            case 6 -> b.identifier(digits(2) + "-" + digits(4) + "-" + digits(2), "ID_NUMBER");
            default -> b.clinical("Order #").identifier(digits(6), "ID_NUMBER");
        }
    }

    private void ssn(EvaluationText.Builder b) {
        String sep = rnd.nextInt(4) == 0 ? " " : "-";
        String ssn = (100 + rnd.nextInt(800)) + sep + digits(2) + sep + digits(4);
        if (rnd.nextBoolean()) {
            b.clinical("SSN").plain(" ");
        }
        b.identifier(ssn, "SSN");
    }

    private void date(EvaluationText.Builder b) {
        LocalDate d = LocalDate.of(1990 + rnd.nextInt(35), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        if (rnd.nextInt(3) == 0) {
            b.clinical(pick(new String[] {"DOB", "on", "Compared with", "prior", "since", "dated"})).plain(" ");
        }
        b.identifier(DateFormats.render(d, rnd.nextInt(DateFormats.COUNT), rnd.nextInt(24), rnd.nextInt(60)),
                "DATE");
    }

    private void time(EvaluationText.Builder b) {
        int h = rnd.nextInt(24);
        int m = rnd.nextInt(60);
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String ap = h < 12 ? "am" : "pm";
        String[] forms = {String.format("%02d:%02d", h, m), String.format("%d:%02d:%02d", h, m, rnd.nextInt(60)),
                String.format("%d.%02d %s", h12, m, ap), String.format("%d%s", h12, ap.toUpperCase(Locale.ROOT)),
                String.format("%02dh%02d", h, m), String.format("%02d%02d hrs", h, m),
                String.format("%d:%02d %s", h12, m, ap)};
        if (rnd.nextBoolean()) {
            b.clinical(pick(new String[] {"at", "injected at", "scan started"})).plain(" ");
        }
        b.identifier(pick(forms), "TIME");
    }

    private void age(EvaluationText.Builder b) {
        int a = 90 + rnd.nextInt(16);
        switch (rnd.nextInt(3)) {
            case 0 -> b.identifier(Integer.toString(a), "AGE").plain(" ").clinical("yo female");
            case 1 -> b.clinical("age").plain(" ").identifier(Integer.toString(a), "AGE");
            default -> b.identifier(Integer.toString(a), "AGE").plain("-").clinical("year-old man");
        }
    }

    private void phone(EvaluationText.Builder b) {
        String area = Integer.toString(201 + rnd.nextInt(700));
        String[] forms = {"(" + area + ") 555-" + digits(4), area + "-555-" + digits(4), area + ".555." + digits(4),
                "+1 " + area + " 555 " + digits(4), "+44 20 " + digits(4) + " " + digits(4),
                "020 " + digits(4) + " " + digits(4), "+33 1 " + pairs(4), "01 " + pairs(4),
                "+49 30 " + digits(7), "030 " + digits(8), "1-800-555-" + digits(4)};
        if (rnd.nextInt(3) == 0) {
            b.clinical(pick(new String[] {"Tel:", "call", "phone", "Fax", "pager"})).plain(" ");
        }
        b.identifier(pick(forms), "PHONE");
    }

    private void email(EvaluationText.Builder b, Person p) {
        String local = ascii(p.given() + "." + p.family()).toLowerCase(Locale.ROOT).replace(" ", "")
                .replace("'", "");
        b.identifier(local + "@" + pick(DOMAINS), "EMAIL");
    }

    private void url(EvaluationText.Builder b) {
        String d = pick(DOMAINS);
        String[] forms = {"https://pacs." + d + "/viewer?study=" + digits(9), "www." + d,
                "http://" + d + "/reports/" + digits(6), "https://" + d + "/portal"};
        if (rnd.nextInt(4) == 0) {
            b.identifier("10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254)), "URL");
        } else {
            b.identifier(pick(forms), "URL");
        }
    }

    private void address(EvaluationText.Builder b) {
        if (rnd.nextInt(3) == 0) {
            b.identifier(pick(EURO_ADDRESSES), "ADDRESS");
            if (rnd.nextBoolean()) {
                String city = pick(EURO_CITIES);
                int split = city.lastIndexOf(' ');
                b.plain(", ").identifier(city.substring(0, split), "POSTAL_CODE").plain(" ")
                        .identifier(city.substring(split + 1), "ADDRESS");
            }
            return;
        }
        String name = rnd.nextInt(3) == 0 ? pick(LONG_STREETS) : pick(STREETS);
        String type = rnd.nextInt(3) == 0 ? pick(USPS_TYPES) : pick(STREET_TYPES);
        if (rnd.nextInt(8) == 0) {
            b.clinical(pick(new String[] {"lives on", "resides on", "home on"})).plain(" ")
                    .identifier(name + " " + type, "ADDRESS").plain(".");
            return;
        }
        String street = (1 + rnd.nextInt(9999)) + (rnd.nextInt(8) == 0 ? "B" : "") + " " + name + " " + type;
        if (rnd.nextInt(4) == 0) {
            street += ", " + pick(new String[] {"Apt", "Suite", "Apt.", "Unit"}) + " " + (1 + rnd.nextInt(400));
        }
        if (rnd.nextInt(6) == 0) {
            String box = pick(new String[] {"PO Box ", "P.O. Box ", "Post Office Box ", "PO BOX ", "POB "});
            b.identifier(box + digits(1 + rnd.nextInt(5)), "ADDRESS");
        } else {
            b.identifier(street, "ADDRESS");
        }
        if (rnd.nextBoolean()) {
            b.plain(", ").identifier(pick(CITIES), "ADDRESS").plain(", ").clinical(pick(STATES)).plain(" ")
                    .identifier(digits(5), "POSTAL_CODE");
        }
    }

    private void postalCode(EvaluationText.Builder b) {
        switch (rnd.nextInt(5)) {
            case 0 -> b.identifier(pick(CITIES), "ADDRESS").plain(", ").clinical(pick(STATES)).plain(" ")
                    .identifier(digits(5) + "-" + digits(4), "POSTAL_CODE");
            case 1 -> b.clinical("ZIP").plain(" ").identifier(digits(5), "POSTAL_CODE");
            case 2 -> b.identifier(pick(new String[] {"SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH",
                    "DN55 1PT", "W1A 0AX", "EH1 1YZ"}), "POSTAL_CODE");
            case 3 -> b.identifier(pick(new String[] {"K1A 0B1", "M5V 3L9", "H2X 1Y4", "V6B 4Y8"}), "POSTAL_CODE");
            default -> b.identifier(pick(new String[] {"D-10115", "CH-8001", "F-75002", "A-1010"}), "POSTAL_CODE");
        }
    }

    // ---------------------------------------------------------------- helpers

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (i == 0 ? 1 + rnd.nextInt(9) : rnd.nextInt(10))));
        }
        return sb.toString();
    }

    private String pairs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(String.format("%02d", rnd.nextInt(100)));
        }
        return sb.toString();
    }

    private char letter() {
        return (char) ('A' + rnd.nextInt(26));
    }

    private String patientId() {
        return switch (rnd.nextInt(4)) {
            case 0 -> digits(8);
            case 1 -> "MRN" + digits(7);
            case 2 -> "" + letter() + letter() + digits(7);
            default -> "00" + digits(6);
        };
    }

    private String accession() {
        return rnd.nextBoolean() ? "A" + digits(8) : "ACC" + digits(9);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[rnd.nextInt(array.length)];
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss");
    }

    private static Person latinPerson(String line) {
        String[] w = line.trim().split(" ");
        int familyFrom = w.length - 1;
        while (familyFrom > 1 && Character.isLowerCase(w[familyFrom - 1].charAt(0))) {
            familyFrom--;
        }
        if (w.length == 4 && familyFrom == 3 && !Character.isLowerCase(w[2].charAt(0))) {
            familyFrom = 2;
        }
        String given = String.join(" ", java.util.Arrays.copyOfRange(w, 0, familyFrom));
        String family = String.join(" ", java.util.Arrays.copyOfRange(w, familyFrom, w.length));
        return new Person(given, family, family + "^" + given, null, null);
    }

    private static Person cjkPerson(String pn) {
        String[] groups = pn.split("=");
        String[] alpha = groups[0].split("\\^");
        return new Person(alpha[1], alpha[0], pn, groups[1], groups.length > 2 ? groups[2] : null);
    }

    private static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : readLines(resource)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[")) {
                current = out.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(l);
            }
        }
        return out;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = EvaluationSetGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disease names and symptoms from datafaker (en/medical.yml), lower-cased as they are there. */
    private static List<String> datafakerMedicalPhrases() {
        try (InputStream in = net.datafaker.Faker.class.getResourceAsStream("/en/medical.yml")) {
            Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<?, ?> medical = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) root.get("en")).get("faker")).get("medical");
            List<String> out = new ArrayList<>();
            for (String key : List.of("disease_name", "symptoms")) {
                for (Object o : (List<?>) medical.get(key)) {
                    out.add(o.toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
