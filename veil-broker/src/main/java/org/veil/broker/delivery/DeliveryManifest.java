package org.veil.broker.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The record of a delivery: every delivered file (relative path, size, SHA-256), the run's summary when there is one
 * ({@code summary.json} in veil deid's work folder {@code <delivery>.veil/} beside the delivery, or in
 * {@code .veil/} inside it for runs before 0.2: counts, options, recipe; never values), the project key's fingerprint, Veil's version
 * and commit, the re-identification risk when measured, and the date. Hidden folders (run state) are not part of the
 * delivery and are not listed; the manifest and its signature are not listed either.
 */
public final class DeliveryManifest {
    /** The manifest's file name, at the delivery's root. */
    public static final String FILE = "DELIVERY-MANIFEST.json";
    /** The detached CMS signature over the manifest's bytes. */
    public static final String SIGNATURE = FILE + ".p7s";
    static final String FORMAT = "veil-delivery-manifest/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeliveryManifest() {
    }

    /** What the manifest says about the run, besides the files. */
    public record Context(String keyFingerprint, String veilVersion, String veilCommit, Integer riskK) {
    }

    /** The manifest of {@code delivery} as JSON bytes. */
    public static byte[] build(Path delivery, Context context) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("created", Instant.now().toString());
        root.put("veilVersion", context.veilVersion());
        root.put("veilCommit", context.veilCommit());
        root.put("keyFingerprint", context.keyFingerprint());
        if (context.riskK() != null) {
            root.put("riskK", context.riskK());
        }
        Path summary = runSummary(delivery);
        if (Files.isRegularFile(summary)) {
            root.put("runSummarySha256", sha256(summary));
            root.set("run", JSON.readTree(summary.toFile()));
        }
        ArrayNode files = root.putArray("files");
        long total = 0;
        for (Path f : deliveredFiles(delivery)) {
            ObjectNode entry = files.addObject();
            entry.put("path", relative(delivery, f));
            long size = Files.size(f);
            entry.put("size", size);
            entry.put("sha256", sha256(f));
            total += size;
        }
        root.put("fileCount", files.size());
        root.put("totalBytes", total);
        return JSON.writeValueAsBytes(root);
    }

    /** The run summary in the work folder beside the delivery, else where older runs kept it, inside. */
    static Path runSummary(Path delivery) {
        Path abs = delivery.toAbsolutePath().normalize();
        Path beside = abs.resolveSibling(abs.getFileName() + ".veil").resolve("summary.json");
        return Files.isRegularFile(beside) ? beside : delivery.resolve(".veil").resolve("summary.json");
    }

    /** The delivered files, sorted: everything under the root but hidden folders, the manifest and its signature. */
    static List<Path> deliveredFiles(Path delivery) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(delivery)) {
            walk.filter(Files::isRegularFile).filter(p -> !hidden(delivery, p)).filter(p -> {
                String rel = relative(delivery, p);
                return !rel.equals(FILE) && !rel.equals(SIGNATURE);
            }).sorted().forEach(out::add);
        }
        return out;
    }

    static JsonNode parse(byte[] manifest) throws IOException {
        JsonNode root = JSON.readTree(manifest);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a Veil delivery manifest (format " + FORMAT + ")");
        }
        return root;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
