package org.veil.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.DeidResult;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Names outputs from a pattern of literal text and placeholders, filled from the de-identified instance only, so no
 * name carries an original value. Placeholders:
 * <ul>
 *   <li>{@code {patient}} the patient pseudonym (the de-identified Patient ID);</li>
 *   <li>{@code {study}}, {@code {series}}, {@code {instance}} the Study, Series and SOP Instance UIDs after
 *       de-identification (remapped {@code 2.25.} UIDs unless retain-uids is selected);</li>
 *   <li>{@code {modality}} Modality (0008,0060);</li>
 *   <li>{@code {instance-number}} Instance Number (0020,0013).</li>
 * </ul>
 * A placeholder written {@code {name:8}} is replaced by an 8-character DICOM File ID component derived from its value
 * ({@link FileIdComponent}); {@value #FILE_SET_PATTERN} names every output with a valid PS3.10 File ID, so a
 * DICOMDIR of the delivery is conformant. The default is {@value #DEFAULT_PATTERN}. A pattern must contain {@code {instance}} (else most outputs would
 * collide), uses {@code /} between folders, and may not be absolute or have a name starting with {@code .} (so no
 * {@code ..}, and no clash with Veil's {@code .veil} folder and temporary files). Each value is reduced to
 * {@code A-Z a-z 0-9 . _ -} (other characters, and a leading {@code .}, become {@code _}); an absent or empty value becomes {@code none}, except
 * {@code {instance}}, whose absence quarantines the instance. Immutable and thread-safe.
 */
public final class OutputNaming {
    /** The default pattern. */
    public static final String DEFAULT_PATTERN = "{patient}/{study}/{series}/{instance}.dcm";
    /** The default naming. */
    public static final OutputNaming DEFAULT = compile(DEFAULT_PATTERN);

    private enum Field { LITERAL, PATIENT, STUDY, SERIES, INSTANCE, MODALITY, INSTANCE_NUMBER }

    /** For a literal its text; for a placeholder {@value #SHORT_SUFFIX} when it is shortened, else null. */
    private record Part(Field field, String text) {
    }

    /** Placeholder suffix for an 8-character file ID component (PS3.10 8.2): {@code {series:8}}. */
    static final String SHORT_SUFFIX = ":8";
    /** A pattern whose names are valid DICOM File IDs, so a DICOMDIR can reference them conformantly. */
    public static final String FILE_SET_PATTERN = "{patient:8}/{study:8}/{series:8}/{instance:8}";

    private final String pattern;
    private final List<Part> parts;

    private OutputNaming(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException naming the problem and its position
     */
    public static OutputNaming compile(String pattern) {
        if (pattern.isEmpty() || pattern.startsWith("/") || pattern.contains("\\") || pattern.endsWith("/")) {
            throw new IllegalArgumentException("naming pattern '" + pattern + "': must be a relative path with / "
                    + "separators, e.g. " + DEFAULT_PATTERN);
        }
        for (String segment : pattern.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                throw new IllegalArgumentException("naming pattern '" + pattern + "': a folder or file name is empty "
                        + "or starts with . (reserved for Veil's own files and hidden files)");
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(Field.LITERAL, literal(pattern, i, pattern.length())));
                break;
            }
            if (open > i) {
                parts.add(new Part(Field.LITERAL, literal(pattern, i, open)));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("naming pattern '" + pattern + "': unclosed { at " + open);
            }
            String inner = pattern.substring(open + 1, close);
            boolean shortId = inner.endsWith(SHORT_SUFFIX);
            Field f = field(pattern, shortId ? inner.substring(0, inner.length() - SHORT_SUFFIX.length()) : inner,
                    open);
            parts.add(new Part(f, shortId ? SHORT_SUFFIX : null));
            i = close + 1;
        }
        if (parts.stream().noneMatch(p -> p.field() == Field.INSTANCE)) {
            throw new IllegalArgumentException("naming pattern '" + pattern + "': must contain {instance}");
        }
        return new OutputNaming(pattern, parts);
    }

    private static String literal(String pattern, int from, int to) {
        String s = pattern.substring(from, to);
        if (s.indexOf('}') >= 0) {
            throw new IllegalArgumentException("naming pattern '" + pattern + "': } without { at "
                    + (from + s.indexOf('}')));
        }
        return s;
    }

    private static Field field(String pattern, String name, int at) {
        return switch (name) {
            case "patient" -> Field.PATIENT;
            case "study" -> Field.STUDY;
            case "series" -> Field.SERIES;
            case "instance" -> Field.INSTANCE;
            case "modality" -> Field.MODALITY;
            case "instance-number" -> Field.INSTANCE_NUMBER;
            default -> throw new IllegalArgumentException("naming pattern '" + pattern + "': unknown placeholder {"
                    + name + "} at " + at + " (known: patient, study, series, instance, modality, instance-number)");
        };
    }

    /** The pattern this naming was compiled from. */
    public String pattern() {
        return pattern;
    }

    /**
     * The output name of a de-identified instance.
     *
     * @throws DeidException when the instance has no SOP Instance UID
     */
    public String name(Dataset deidentified, DeidResult result) throws DeidException {
        return name(deidentified, result, null);
    }

    /**
     * The output name, with {@code mediaInstanceUid} (the remapped Media Storage SOP Instance UID of the file meta)
     * standing in for the SOP Instance UID of a data set that has none, such as a DICOMDIR.
     *
     * @throws DeidException when neither UID is there
     */
    public String name(Dataset deidentified, DeidResult result, String mediaInstanceUid) throws DeidException {
        DatasetView v = DatasetView.of(deidentified);
        StringBuilder sb = new StringBuilder(160);
        for (Part p : parts) {
            if (p.field() != Field.LITERAL && p.text() != null) {
                StringBuilder one = new StringBuilder();
                append(one, new Part(p.field(), null), v, result, mediaInstanceUid);
                sb.append(FileIdComponent.of(one.toString()));
                continue;
            }
            append(sb, p, v, result, mediaInstanceUid);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Part p, DatasetView v, DeidResult result, String mediaInstanceUid)
            throws DeidException {
        switch (p.field()) {
            case LITERAL -> sb.append(p.text());
            case PATIENT -> sb.append(clean(result.patientPseudonym()));
            case STUDY -> sb.append(clean(first(result.studyUid(), v.string(Tags.StudyInstanceUID))));
            case SERIES -> sb.append(clean(first(result.seriesUid(), v.string(Tags.SeriesInstanceUID))));
            case INSTANCE -> sb.append(instance(first(first(result.sopInstanceUid(), v.string(Tags.SOPInstanceUID)),
                    mediaInstanceUid)));
            case MODALITY -> sb.append(clean(v.string(Tags.Modality)));
            case INSTANCE_NUMBER -> sb.append(clean(v.string(Tags.InstanceNumber)));
            default -> throw new IllegalStateException(p.field().name());
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String instance(String uid) throws DeidException {
        if (uid == null || uid.isBlank()) {
            throw new DeidException("SOP Instance UID (0008,0018) is absent or empty after de-identification; the "
                    + "output cannot be named");
        }
        return clean(uid);
    }

    /** Reduces a value to a safe file name segment. */
    static String clean(String value) {
        if (value == null || value.isBlank()) {
            return "none";
        }
        String v = value.strip();
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean safe = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.'
                    || c == '_' || c == '-';
            sb.append(safe ? c : '_');
        }
        if (sb.charAt(0) == '.') {
            sb.setCharAt(0, '_');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
