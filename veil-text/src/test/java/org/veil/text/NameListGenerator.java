package org.veil.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Extracts the word lists committed under src/main/resources/org/veil/text from two Apache-2.0 data-faker jars
 * on the test class path:
 * <ul>
 *   <li>datafaker (net.datafaker:datafaker): first and family names of every locale in an alphabetic script with
 *       spaces between words (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic), and the common English
 *       words of en/words.yml and en/verbs.yml;</li>
 *   <li>mockneat (net.andreinc:mockneat): the American first and family name dictionaries (the US Census 1990
 *       lists, about 93 000 names) and its English word dictionaries (about 105 000 words, used only to tell a
 *       dictionary word from an unknown one).</li>
 * </ul>
 * Names are folded, split into words, particles dropped, German and Scandinavian transliterations added (Müller
 * gives MULLER and MUELLER). The output is deterministic; NameListResourceTest checks that the committed files are
 * current.
 */
final class NameListGenerator {

    static final String FIRST = "first-names.txt.gz";
    static final String LAST = "last-names.txt.gz";
    static final String ENGLISH = "english-words.txt.gz";
    static final String VOCABULARY = "vocabulary.txt.gz";
    private static final String MOCKNEAT_DICTS = "/dicts/";

    private final String version;
    private final Set<String> particles;
    private final Set<String> first = new TreeSet<>();
    private final Set<String> last = new TreeSet<>();
    private final Set<String> english = new TreeSet<>();
    private final Set<String> vocabulary = new TreeSet<>();
    private String mockneatVersion;

    private NameListGenerator(Path jar) throws IOException {
        this.particles = Set.copyOf(WordListFile.read("context-words.txt").get("particle"));
        try (JarFile file = new JarFile(jar.toFile())) {
            this.version = file.getManifest().getMainAttributes().getValue("Implementation-Version");
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".yml")) {
                    read(file, entry);
                }
            }
        }
    }

    /** The generated files by name (uncompressed text), read from the jars on the test class path. */
    static Map<String, String> generate() {
        try {
            Path jar = Path.of(net.datafaker.Faker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            NameListGenerator g = new NameListGenerator(jar);
            g.readMockneat();
            String both = g.datafaker() + "\n# and " + g.mockneat();
            return Map.of(FIRST, g.render("first names", g.first, both), LAST, g.render("family names", g.last, both),
                    ENGLISH, g.render("common English words (en/words.yml, en/verbs.yml)", g.english, g.datafaker()),
                    VOCABULARY, g.render("English dictionary words (dicts/words)", g.vocabulary, g.mockneat()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the datafaker jar", e);
        }
    }

    private void readMockneat() throws IOException, URISyntaxException {
        java.net.URL marker = NameListGenerator.class.getResource(MOCKNEAT_DICTS + "last-names-american");
        if (marker == null) {
            throw new IllegalStateException("mockneat dictionaries are not on the test class path");
        }
        String jarPath = marker.getPath().substring("file:".length(), marker.getPath().indexOf('!'));
        Path mockneatJar = Path.of(new java.net.URI("file:" + jarPath));
        String file = mockneatJar.getFileName().toString();
        mockneatVersion = file.substring("mockneat-".length(), file.length() - ".jar".length());
        for (String name : List.of("first-names-american-female", "first-names-american-male")) {
            dictionary(name).forEach(n -> addName(first, n));
        }
        dictionary("last-names-american").forEach(n -> addName(last, n));
        try (JarFile jarFile = new JarFile(mockneatJar.toFile())) {
            List<String> wordFiles = jarFile.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("dicts/words/en-") && !n.endsWith("/")).sorted().toList();
            for (String w : wordFiles) {
                for (String word : dictionary(w.substring("dicts/".length()))) {
                    WordListFile.words(word).stream().filter(x -> x.length() >= 2).forEach(vocabulary::add);
                }
            }
        }
    }

    private static List<String> dictionary(String name) throws IOException {
        try (InputStream in = NameListGenerator.class.getResourceAsStream(MOCKNEAT_DICTS + name)) {
            if (in == null) {
                throw new IllegalStateException("mockneat dictionary " + name + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    private void read(JarFile file, JarEntry entry) throws IOException {
        Object root;
        try (InputStream in = file.getInputStream(entry)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            root = new Yaml(new SafeConstructor(options)).load(in);
        }
        String name = entry.getName();
        if (name.equals("en/words.yml") || name.equals("en/verbs.yml")) {
            collectEnglish(root);
        }
        collectNames(root, "");
    }

    private void collectNames(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                collectNames(e.getValue(), String.valueOf(e.getKey()));
            }
        } else if (node instanceof List<?> list && key.matches(".*(first|last)_name.*")) {
            Set<String> target = key.contains("last") ? last : first;
            for (Object item : list) {
                if (item instanceof String s && !s.contains("#{") && alphabeticScript(s)) {
                    addName(target, s);
                }
            }
        }
    }

    private void addName(Set<String> target, String name) {
        List<String> forms = new ArrayList<>(WordListFile.words(name));
        forms.addAll(WordListFile.words(PersonNameForms.expand(name)));
        for (String w : forms) {
            if (w.length() >= 2 && !particles.contains(w) && w.chars().noneMatch(Character::isDigit)) {
                target.add(w);
            }
        }
    }

    private void collectEnglish(Object node) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(this::collectEnglish);
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && s.matches("[A-Za-z][A-Za-z ]*")) {
                    WordListFile.words(s).stream().filter(w -> w.length() >= 2).forEach(english::add);
                }
            }
        }
    }

    private static boolean alphabeticScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                switch (Character.UnicodeScript.of(c)) {
                    case LATIN, GREEK, CYRILLIC, ARMENIAN, GEORGIAN, HEBREW, ARABIC -> { }
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private String datafaker() {
        return "net.datafaker:datafaker:" + version + " (Apache License 2.0, https://github.com/datafaker-net/datafaker)";
    }

    private String mockneat() {
        return "net.andreinc:mockneat:" + mockneatVersion + " (Apache License 2.0, https://github.com/nomemory/mockneat)";
    }

    private String render(String what, Set<String> words, String sources) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Folded ").append(what).append(" for org.veil.text, ").append(words.size())
                .append(" words.\n");
        sb.append("# Extracted by NameListGenerator (veil-text test sources) from ").append(sources).append(".\n");
        sb.append("# Do not edit; regenerate with\n");
        sb.append("#   mvn -pl veil-text -am test -Dtest=NameListResourceTest -Dsurefire.failIfNoSpecifiedTests=false -Dveil.names.update=true\n");
        for (String w : words) {
            sb.append(w).append('\n');
        }
        return sb.toString();
    }

}
