package org.veil.deid.recipe;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.deid.engine.InstanceFilter;
import org.veil.deid.engine.RuleOverride;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.profile.ProfileOption;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses recipes (YAML, or JSON, which YAML reads too) into a {@link Recipe}. The file is composed into YAML nodes and
 * read section by section, so that every problem names the file, line and column of the node at fault, e.g.
 * {@code recipe.yaml 12:7: unknown action 'erase' (valid: remove, empty, ...)}. All problems of a file are collected
 * and thrown together as a {@link RecipeException}; a recipe with any problem is never returned.
 *
 * <pre>{@code
 * Recipe recipe = RecipeParser.parse(Path.of("recipe.yaml"));
 * DeidConfig config = recipe.applyTo(DeidConfig.builder().option(ProfileOption.RETAIN_UIDS)).build();
 * }</pre>
 */
public final class RecipeParser {
    /** The format version this parser reads ({@code veil-recipe: 1}). */
    public static final int VERSION = 1;
    static final Map<String, ProfileOption> OPTIONS = options();
    static final List<String> KEYS = List.of("veil-recipe", "description", "options", "identifiers", "pseudonyms",
            "dates", "unlisted", "rules", "private", "filters", "built-in-filters", "pixel-rules",
            "patient-identity", "pixels", "deface");
    static final Map<String, PatientIdentity> PATIENT_IDENTITIES = Map.of("id", PatientIdentity.ID, "id+issuer",
            PatientIdentity.ID_AND_ISSUER);
    private static final int NESTING_LIMIT = 20;
    /** The name of Veil's built-in pixel rule library in {@code pixel-rules}. */
    public static final String PIXEL_RULE_LIBRARY = "builtin";

    private RecipeParser() {
    }

    /**
     * Parses a recipe file (UTF-8); problems name the path as given. The private dictionaries it names are read
     * relative to its directory.
     */
    public static Recipe parse(Path file) throws IOException, RecipeException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new RecipeException(new RecipeProblem(file.toString(), 1, 1, "not UTF-8 text"));
        }
        Path dir = file.getParent();
        return parse(text, file.toString(), dir == null ? Path.of("") : dir);
    }

    /**
     * Parses recipe text; the private dictionaries it names are relative to the working directory.
     *
     * @param source the name problems give for the text, e.g. {@code recipe.yaml}
     */
    public static Recipe parse(String text, String source) throws RecipeException {
        return parse(text, source, Path.of(""));
    }

    /**
     * Parses recipe text whose private dictionaries are relative to {@code baseDir}.
     *
     * @param source the name problems give for the text, e.g. {@code recipe.yaml}
     */
    public static Recipe parse(String text, String source, Path baseDir) throws RecipeException {
        Problems problems = new Problems(source);
        Node root = compose(text, problems);
        Recipe recipe = root == null ? null : recipe(root, problems, baseDir);
        if (!problems.isEmpty()) {
            throw new RecipeException(problems.all());
        }
        return recipe;
    }

    private static Node compose(String text, Problems problems) {
        LoaderOptions o = new LoaderOptions();
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(NESTING_LIMIT);
        try {
            Node root = new Yaml(o).compose(new StringReader(jsonTabs(text)));
            if (root == null) {
                problems.add(1, 1, "empty recipe (it needs at least 'veil-recipe: " + VERSION + "')");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, "YAML syntax: "
                    + (e.getProblem() != null ? e.getProblem() : e.getContext()));
        } catch (YAMLException e) {
            problems.add(1, 1, "YAML: " + e.getMessage());
        }
        return null;
    }

    /**
     * JSON may be indented with tabs, which YAML refuses; JSON strings cannot hold a raw tab, so in a text that starts
     * like JSON every tab is whitespace and becomes a space (columns stay the same).
     */
    private static String jsonTabs(String text) {
        String t = text.strip();
        return t.startsWith("{") ? text.replace('\t', ' ') : text;
    }

    private static Recipe recipe(Node root, Problems problems, Path baseDir) {
        Fields f = Fields.of(root, "the recipe", KEYS, problems);
        if (f == null) {
            return null;
        }
        version(f, root, problems);
        String description = f.has("description") ? Scalars.text(f.value("description"), problems) : "";
        OptionSection options = new OptionSection(problems);
        run(f, "options", options::options);
        run(f, "dates", options::dates);
        PseudonymSection ids = new PseudonymSection(problems);
        run(f, "identifiers", ids::identifiers);
        run(f, "pseudonyms", n -> ids.pseudonyms(f.key("pseudonyms"), n));
        UnlistedSection unlisted = new UnlistedSection(problems);
        run(f, "unlisted", unlisted::parse);
        List<RuleOverride> rules = f.has("rules") ? new RuleSection(problems, baseDir).parse(f.value("rules")) : List.of();
        PrivateSection privates = new PrivateSection(problems, baseDir);
        run(f, "private", privates::parse);
        List<InstanceFilter> filters = new ArrayList<>();
        run(f, "filters", n -> filters.addAll(new FilterSection(problems).parse(n)));
        Boolean builtIn = f.has("built-in-filters") ? Scalars.bool(f.value("built-in-filters"), problems) : Boolean.TRUE;
        if (Boolean.TRUE.equals(builtIn)) {
            filters.addAll(InstanceFilter.DEFAULTS);
        }
        List<String> pixelRules = f.has("pixel-rules") ? pixelRules(f.value("pixel-rules"), problems, baseDir)
                : List.of();
        PatientIdentity identity = f.has("patient-identity")
                ? Scalars.choice(f.value("patient-identity"), "patient identity", PATIENT_IDENTITIES, problems) : null;
        PixelSettings pixels = f.has("pixels") ? new PixelSection(problems).parse(f.value("pixels"))
                : PixelSettings.NONE;
        DefaceChoices deface = f.has("deface") ? new DefaceSection(problems).parse(f.value("deface"))
                : DefaceChoices.NONE;
        if (!problems.isEmpty()) {
            return null;
        }
        return new Recipe(problems.source(), description, options.selected(), Optional.ofNullable(ids.identifiers()),
                Optional.ofNullable(ids.idOptions()), Optional.ofNullable(options.datePolicy()),
                Optional.ofNullable(options.shiftRange()), Optional.ofNullable(unlisted.policy()),
                unlisted.allowList(), rules, filters, privates.dictionary(), pixelRules,
                Optional.ofNullable(identity), pixels, deface);
    }

    /** {@code pixel-rules}: {@code builtin} or rule files relative to the recipe; files must exist. */
    private static List<String> pixelRules(Node node, Problems problems, Path baseDir) {
        List<String> out = new ArrayList<>();
        List<Node> items = Scalars.oneOrList(node, problems);
        for (Node n : items == null ? List.<Node>of() : items) {
            String s = Scalars.text(n, problems);
            if (s == null) {
                continue;
            }
            if (s.equals(PIXEL_RULE_LIBRARY)) {
                out.add(s);
            } else if (!Files.isRegularFile(baseDir.resolve(s))) {
                problems.add(n, "pixel rule file " + s + " not found (relative to the recipe's folder)");
            } else {
                out.add(baseDir.resolve(s).toString());
            }
        }
        return out;
    }

    private static void run(Fields f, String key, java.util.function.Consumer<Node> section) {
        if (f.has(key)) {
            section.accept(f.value(key));
        }
    }

    private static void version(Fields f, Node root, Problems problems) {
        if (!f.has("veil-recipe")) {
            problems.add(root, "missing 'veil-recipe: " + VERSION + "' (the format version)");
            return;
        }
        Node v = f.value("veil-recipe");
        Integer version = Scalars.integer(v, problems);
        if (version != null && version != VERSION) {
            problems.add(v, "unsupported recipe version " + version + " (this Veil reads veil-recipe: " + VERSION + ")");
        }
    }

    private static Map<String, ProfileOption> options() {
        Map<String, ProfileOption> m = new LinkedHashMap<>();
        for (ProfileOption o : ProfileOption.values()) {
            m.put(o.cliName(), o);
        }
        return m;
    }
}
