package org.veil.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Regenerates the committed sources derived from the DICOM standard: the dictionary and UID registry of veil-dicom
 * ({@value GeneratedFile#DICOM_ROOT}) and the PS3.15 tables of veil-profile ({@value GeneratedFile#PROFILE_ROOT}).
 *
 * <p>Usage: {@code Regen <repository root>}; run it with {@code mvn -q -pl veil-codegen -Pregen process-classes}.
 * The standard folder is {@code VEIL_STANDARD} or {@code shared/standard} next to or above the root. The generated
 * roots are owned by this generator: files it no longer produces are deleted. Output is deterministic.
 */
public final class Regen {
    /** The generated source roots, relative to the repository root. */
    public static final List<String> ROOTS = List.of(GeneratedFile.DICOM_ROOT, GeneratedFile.PROFILE_ROOT);

    private Regen() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Regen <repository root>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<GeneratedFile> files = generate(StandardFolder.locate(root));
        int changed = write(root, files);
        System.out.println("Regen: " + files.size() + " files, " + changed + " changed or removed");
    }

    /** Every generated file for a standard folder, ordered by path. */
    static List<GeneratedFile> generate(Path standard) {
        SourceFile attributes = SourceFile.read(standard, AttributeReader.SOURCE);
        SourceFile annexA = SourceFile.read(standard, UidTableReader.SOURCE);
        SourceFile sops = SourceFile.read(standard, SopClassReader.SOURCE);
        SourceFile profile = SourceFile.read(standard, ProfileReader.SOURCE);
        SourceFile annexE = SourceFile.read(standard, SafePrivateReader.SOURCE);
        List<AttributeRow> rows = AttributeReader.read(attributes);
        UidCatalog uids = UidCatalog.build(annexA, sops);
        List<SourceFile> uidSources = List.of(annexA, sops);
        List<GeneratedFile> files = new ArrayList<>(List.of(
                TagsGenerator.generate(attributes, rows),
                DictionaryRowsGenerator.generate(attributes, rows),
                UidTypeGenerator.generate(uidSources, uids),
                UidRegistryGenerator.generate(uidSources, uids),
                UidsGenerator.generate(uidSources, uids),
                SopClassesGenerator.generate(sops, uids.sopSource()),
                ConfidentialityTableGenerator.generate(profile, ProfileReader.read(profile)),
                SafePrivateTableGenerator.generate(annexE, SafePrivateReader.read(annexE))));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /** The {@code .java} files under the generated roots of a repository, as paths relative to it. */
    static Set<String> existing(Path root) {
        Set<String> paths = new TreeSet<>();
        for (String generatedRoot : ROOTS) {
            Path dir = root.resolve(generatedRoot);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".java"))
                        .forEach(p -> paths.add(root.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return paths;
    }

    /** Writes the files that differ and deletes stale ones; returns how many changed. */
    static int write(Path root, List<GeneratedFile> files) {
        Set<String> stale = existing(root);
        int changed = 0;
        try {
            for (GeneratedFile file : files) {
                stale.remove(file.path());
                Path target = root.resolve(file.path());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    changed++;
                }
            }
            for (String path : stale) {
                Files.delete(root.resolve(path));
                changed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources under " + root, e);
        }
        return changed;
    }
}
