package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;

/** The DICOM files of a delivery folder, grouped by study and series (read once when the server starts). */
public final class Delivery {
    private static final int STUDY_UID = 0x0020000D;
    private static final int SERIES_UID = 0x0020000E;
    private static final int MODALITY = 0x00080060;
    private static final int FRAMES = 0x00280008;

    private final Map<String, Instance> byId = new LinkedHashMap<>();
    private final Map<String, List<Instance>> byStudy = new TreeMap<>();
    private int unreadable;

    /** Reads every file under {@code out} except hidden folders (such as a legacy {@code .veil}). */
    public static Delivery scan(Path out) throws IOException {
        Delivery d = new Delivery();
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !out.relativize(p).toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("DICOMDIR")).sorted().toList();
        }
        for (Path f : files) {
            d.add(out, f);
        }
        return d;
    }

    private void add(Path out, Path f) {
        String name = out.relativize(f).toString().replace('\\', '/');
        try {
            DicomFile df = DicomReader.read(f);
            DatasetView v = DatasetView.of(df.dataset());
            String frames = v.string(FRAMES);
            Instance i = new Instance(idOf(name), name, f, orEmpty(v.string(STUDY_UID)), orEmpty(v.string(SERIES_UID)),
                    orEmpty(v.string(MODALITY)), frames == null || frames.isBlank() ? 1 : Integer.parseInt(frames.trim()));
            byId.put(i.id(), i);
            byStudy.computeIfAbsent(i.study(), k -> new ArrayList<>()).add(i);
        } catch (IOException | RuntimeException e) {
            unreadable++;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    static String idOf(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Instance> instance(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Study UID to its instances, in UID order. */
    public Map<String, List<Instance>> studies() {
        return byStudy;
    }

    public List<Instance> study(String uid) {
        return byStudy.getOrDefault(uid, List.of());
    }

    public int instanceCount() {
        return byId.size();
    }

    /** Files in OUT that could not be read as DICOM. */
    public int unreadable() {
        return unreadable;
    }
}
