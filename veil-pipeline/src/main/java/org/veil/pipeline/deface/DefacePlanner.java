package org.veil.pipeline.deface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.volume.FaceRoom;
import org.veil.volume.FrameGeometry;
import org.veil.volume.GeometryReader;
import org.veil.volume.Volume;
import org.veil.volume.VolumeException;
import org.veil.volume.VolumeLoader;
import org.veil.volume.deface.DefaceResult;
import org.veil.volume.deface.Defacer;
import org.veil.volume.deface.NotAHeadException;

/**
 * Plans defacing for a run (see the package description). Reads every input header once, keeps only paths grouped by
 * series, then loads one series volume at a time. Unreadable files are passed over here (the run quarantines them).
 */
public final class DefacePlanner {
    private static final Logger LOG = LoggerFactory.getLogger(DefacePlanner.class);
    private static final String MOSAIC = "its images are mosaics (Image Type MOSAIC: a whole volume tiled into each "
            + "image), which cannot be assembled into a volume";

    private final Deidentifier deid;
    private final DefaceSettings settings;
    private final ReadLimits limits;

    public DefacePlanner(Deidentifier deid, DefaceSettings settings, ReadLimits limits) {
        this.deid = deid;
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * Plans every CT and MR series found under {@code in} (a file or a folder).
     *
     * @throws DefaceStoppedException under {@code unprocessable: stop}, when a head-like series cannot be defaced
     */
    public DefacePlan plan(Path in) throws IOException {
        Map<String, SeriesFiles> groups = group(in);
        Map<String, SeriesDecision> byInstance = new HashMap<>();
        List<SeriesDecision> planned = new ArrayList<>();
        int n = 0;
        for (SeriesFiles s : groups.values()) {
            n++;
            SeriesDecision d = decide(s);
            if (d == null) {
                continue;
            }
            LOG.info("defacing plan: series {} of {}: {}", n, groups.size(), d instanceof SeriesDecision.Deface
                    ? "face cut found" : d instanceof SeriesDecision.Leave ? "cannot show a face" : "refused");
            planned.add(d);
            for (String uid : s.instances) {
                byInstance.put(uid, d);
                try {
                    byInstance.put(deid.remapUid(uid), d);
                } catch (DeidException e) {
                    // an invalid UID is handled (quarantined) by the run; the original UID is still listed
                }
            }
        }
        return new DefacePlan(byInstance, planned);
    }

    private Map<String, SeriesFiles> group(Path in) throws IOException {
        Map<String, SeriesFiles> groups = new TreeMap<>();
        try (Stream<Path> walk = Files.isDirectory(in) ? Files.walk(in) : Stream.of(in)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                DicomFile f = readOrNull(p);
                if (f == null) {
                    continue;
                }
                DatasetView v = DatasetView.of(f.dataset());
                String modality = upper(v.string(Tags.Modality));
                String series = v.string(Tags.SeriesInstanceUID);
                if (!settings.modalities().contains(modality) || series == null || series.isEmpty()) {
                    continue;
                }
                SeriesFiles s = groups.computeIfAbsent(series, k -> new SeriesFiles(k, upper(v.string(Tags.BodyPartExamined)),
                        v.string(Tags.SeriesDescription)));
                s.add(p, v.string(Tags.SOPInstanceUID), f);
            }
        }
        return groups;
    }

    private DicomFile readOrNull(Path p) {
        try {
            return DicomReader.readQuietly(p, limits);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The decision for a series, or null when it is left alone (not a head, or not selected). */
    private SeriesDecision decide(SeriesFiles s) throws DefaceStoppedException {
        boolean head = settings.headBodyParts().contains(s.bodyPart);
        if (!settings.series().selects(s.description) || !head && (!s.bodyPart.isEmpty() || !settings.detectedHead())) {
            return null;
        }
        String out = outputSeries(s.uid);
        if (s.placeProblem == null && !s.mosaic) {
            String small = FaceRoom.tooSmall(s.frames);
            if (small != null) {
                return new SeriesDecision.Leave(out, s.instances.size(), "left untouched: " + small);
            }
        }
        try {
            List<DicomFile> files = new ArrayList<>();
            for (Path p : s.paths) {
                files.add(DicomReader.read(p, limits));
            }
            Volume v = new VolumeLoader(new PixelRedactor(), settings.maxVoxels()).load(files);
            DefaceResult r = new Defacer(settings.renders(), settings.ears()).find(v);
            return new SeriesDecision.Deface(out, s.instances.size(), r);
        } catch (NotAHeadException e) {
            if (!head) {
                return null;
            }
            return refuse(out, s, "the series is marked as a head (Body Part Examined " + s.bodyPart + ") but cannot "
                    + "be defaced: " + e.getMessage());
        } catch (VolumeException e) {
            return refuse(out, s, refusal(s, s.mosaic ? MOSAIC : e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return refuse(out, s, refusal(s, "an instance cannot be read again (" + e.getClass().getSimpleName()
                    + ")"));
        }
    }

    private SeriesDecision refuse(String out, SeriesFiles s, String reason) throws DefaceStoppedException {
        if (settings.unprocessable() == DefaceSettings.Unprocessable.STOP) {
            throw new DefaceStoppedException(reason);
        }
        return new SeriesDecision.Refuse(out, s.instances.size(), reason);
    }

    private static String refusal(SeriesFiles s, String why) {
        String what = s.bodyPart.isEmpty() ? "the " + "series (CT or MR without Body Part Examined) may show a face"
                : "the series is marked as a head (Body Part Examined " + s.bodyPart + ")";
        return what + " but cannot be defaced: " + why;
    }

    private String outputSeries(String uid) {
        try {
            return deid.remapUid(uid);
        } catch (DeidException e) {
            return "(invalid Series Instance UID)";
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }

    /** The paths, SOP Instance UIDs and frame geometry of one series, found while walking. */
    private static final class SeriesFiles {
        final String uid;
        final String bodyPart;
        final String description;
        final List<Path> paths = new ArrayList<>();
        final List<String> instances = new ArrayList<>();
        final List<FrameGeometry> frames = new ArrayList<>();
        /** why a frame cannot be placed in the patient, or null */
        String placeProblem;
        boolean mosaic;

        SeriesFiles(String uid, String bodyPart, String description) {
            this.uid = uid;
            this.bodyPart = bodyPart;
            this.description = description;
        }

        void add(Path p, String sop, DicomFile f) {
            paths.add(p);
            if (sop != null && !sop.isEmpty()) {
                instances.add(sop);
            }
            DatasetView v = DatasetView.of(f.dataset());
            mosaic |= f.dataset().contains(Tags.ImageType) && List.of(v.strings(Tags.ImageType)).stream()
                    .anyMatch(t -> t.trim().equalsIgnoreCase("MOSAIC"));
            try {
                frames.addAll(GeometryReader.read(f.dataset()));
            } catch (VolumeException e) {
                placeProblem = e.getMessage();
            }
        }
    }
}
