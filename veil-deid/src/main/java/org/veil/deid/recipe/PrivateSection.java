package org.veil.deid.recipe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.engine.PrivateDictionary;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code private}: {@code dictionaries}, a list of user private dictionary files (CSV, see
 * {@link PrivateDictionaryParser}), each relative to the recipe's directory. Their problems are reported with the
 * recipe's, located in the CSV file; two files defining the same element is a problem at the later definition.
 */
final class PrivateSection {
    static final List<String> KEYS = List.of("dictionaries");

    private final Problems problems;
    private final Path baseDir;
    private final List<PrivateDictionary.Entry> entries = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();

    PrivateSection(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    void parse(Node node) {
        Fields f = Fields.of(node, "private", KEYS, problems);
        if (f == null || !f.has("dictionaries")) {
            return;
        }
        List<Node> files = Scalars.oneOrList(f.value("dictionaries"), problems);
        if (files == null) {
            return;
        }
        for (Node n : files) {
            String name = Scalars.text(n, problems);
            if (name != null) {
                dictionary(n, name);
            }
        }
    }

    private void dictionary(Node node, String name) {
        if (name.isBlank()) {
            problems.add(node, "empty dictionary file name");
            return;
        }
        Path file = baseDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(node, "private dictionary " + file + " not found (names are relative to the recipe's "
                    + "directory)");
            return;
        }
        try {
            entries.addAll(PrivateDictionaryParser.parse(file, seen).entries());
        } catch (RecipeException e) {
            e.problems().forEach(problems::add);
        } catch (IOException e) {
            problems.add(node, "private dictionary " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Every entry of every dictionary, in order. */
    PrivateDictionary dictionary() {
        return new PrivateDictionary(entries);
    }
}
