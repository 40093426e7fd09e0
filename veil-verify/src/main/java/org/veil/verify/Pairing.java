package org.veil.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which output belongs to which input: from a {@link MappingFile} when there is one, else by identical relative path
 * (the only pairing possible without one, since outputs carry no original identifier).
 *
 * @param pairs     the paired files
 * @param unpaired  output files (relative to OUTPUT) with no input
 * @param excluded  output files not searched (the mapping file), relative to OUTPUT
 * @param notes     what the report should mention
 */
record Pairing(List<Pair> pairs, List<String> unpaired, Set<String> excluded, List<String> notes) {

    /** One input and one of its outputs, both relative and absolute. */
    record Pair(String input, Path inputFile, String output, Path outputFile) {
    }

    static Pairing of(Path original, Path output, Path mappingFile) throws IOException {
        // .veil/ held the run state of veil deid before 0.2 (journal, summary, change report), not deliverable instances
        List<String> outputs = list(output).stream().filter(o -> !o.startsWith(".veil/")).toList();
        Path mapping = mappingFile != null ? mappingFile : defaultMapping(output);
        Set<String> excluded = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        if (mapping.normalize().startsWith(output.normalize()) && Files.isRegularFile(mapping)) {
            excluded.add(MappingFile.relative(output, mapping));
            notes.add("the mapping file " + excluded.iterator().next() + " lies inside OUTPUT: it holds original "
                    + "file names; do not deliver it (not searched)");
        }
        List<Pair> pairs = new ArrayList<>();
        Set<String> paired = new TreeSet<>();
        if (Files.isRegularFile(mapping)) {
            for (MappingFile.Entry e : MappingFile.read(mapping)) {
                pairs.add(new Pair(e.input(), original.resolve(e.input()), e.output(), output.resolve(e.output())));
                paired.add(e.output());
            }
        } else {
            notes.add("no mapping file: outputs paired with inputs of the same relative path");
            Set<String> present = new java.util.HashSet<>(outputs);
            for (String in : list(original)) {
                if (present.contains(in)) {
                    pairs.add(new Pair(in, original.resolve(in), in, output.resolve(in)));
                    paired.add(in);
                }
            }
        }
        List<String> unpaired = outputs.stream().filter(o -> !paired.contains(o) && !excluded.contains(o)).toList();
        return new Pairing(pairs, unpaired, excluded, notes);
    }

    /**
     * OUTPUT/mapping.tsv when present, else the one in {@code veil deid}'s default work folder
     * ({@code OUTPUT.veil/mapping.tsv}), else the file older versions wrote beside OUTPUT ({@code OUTPUT.mapping.tsv}).
     */
    static Path defaultMapping(Path output) {
        Path inside = output.resolve(MappingFile.DEFAULT_NAME);
        if (Files.isRegularFile(inside)) {
            return inside;
        }
        Path abs = output.toAbsolutePath().normalize();
        Path work = abs.resolveSibling(abs.getFileName() + MappingFile.WORK_SUFFIX).resolve(MappingFile.DEFAULT_NAME);
        if (Files.isRegularFile(work)) {
            return work;
        }
        return abs.resolveSibling(abs.getFileName() + MappingFile.SIBLING_SUFFIX);
    }

    /** Every regular file under {@code root}, relative, '/' separated, sorted. */
    static List<String> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> MappingFile.relative(root, p)).sorted().toList();
        }
    }
}
