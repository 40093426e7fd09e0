package org.veil.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One input file of the standard folder, with the SHA-256 that generated headers cite.
 *
 * @param name  the path relative to the standard folder, with forward slashes, e.g. {@code json/attributes.json}
 * @param bytes the file content
 */
record SourceFile(String name, byte[] bytes) {

    static SourceFile read(Path standard, String name) {
        try {
            return new SourceFile(name, Files.readAllBytes(standard.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + standard.resolve(name), e);
        }
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The lines, without line terminators. */
    List<String> lines() {
        return text().lines().toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
