package org.veil.pipeline.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.broker.risk.Generalisation;
import org.veil.broker.risk.HeaderValues;
import org.veil.broker.risk.QuasiIdentifier;
import org.veil.dicom.VR;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * Shows a {@link Generalisation} in one header: Patient's Age becomes the lower bound of its band (90 and over:
 * {@code 090Y}) and Patient's Birth Date goes; with study years in spans, the study, series, acquisition and content
 * dates become 1 January of the span's first year; suppressed identifiers and rare values are removed. Pixel data and
 * every other value are left as they are.
 */
final class HeaderGeneralisation {
    private static final int[] DATES = {Tags.StudyDate, Tags.SeriesDate, Tags.AcquisitionDate, Tags.ContentDate};
    private static final Map<QuasiIdentifier, List<Integer>> ATTRIBUTES = Map.of(
            QuasiIdentifier.SERIES_DESCRIPTION, List.of(Tags.SeriesDescription),
            QuasiIdentifier.INSTITUTION, List.of(Tags.InstitutionName, Tags.InstitutionAddress,
                    Tags.InstitutionalDepartmentName),
            QuasiIdentifier.DEVICE, List.of(Tags.Manufacturer, Tags.ManufacturerModelName),
            QuasiIdentifier.BODY_PART, List.of(Tags.BodyPartExamined));

    private HeaderGeneralisation() {
    }

    /**
     * One attribute the k step changed in a header: its tag, {@code generalise} (the value made coarser) or {@code X}
     * (removed), and the generalisation that asked for it. Never a value.
     */
    record Rewrite(int tag, String action, String rule) {
        static final String GENERALISE = "generalise";
        static final String REMOVE = "X";
    }

    /** Applies {@code g} to the header; returns what changed (empty when nothing did). */
    static List<Rewrite> apply(DatasetView view, Generalisation g) {
        HeaderValues h = new HeaderValues(view.dataset());
        List<Rewrite> changed = new ArrayList<>();
        if (g.ageBand() > 1) {
            String rule = "k-anonymity: ages in " + g.ageBand() + "-year bands";
            Integer age = h.ageYears();
            remove(view, Tags.PatientBirthDate, rule, changed);
            if (age != null) {
                int low = age >= 90 ? 90 : age / g.ageBand() * g.ageBand();
                view.putString(Tags.PatientAge, VR.AS, String.format(Locale.ROOT, "%03dY", low));
                changed.add(new Rewrite(Tags.PatientAge, Rewrite.GENERALISE, rule));
            }
        }
        if (g.yearSpan() > 1) {
            coarsenDates(view, g.yearSpan(), changed);
        }
        for (var e : ATTRIBUTES.entrySet()) {
            QuasiIdentifier q = e.getKey();
            Set<String> rare = g.rareValues().getOrDefault(q, Set.of());
            if (g.suppressed().contains(q)) {
                e.getValue().forEach(tag -> remove(view, tag, "k-anonymity: " + q.label() + " removed", changed));
            } else if (!rare.isEmpty() && rare.contains(value(h, q))) {
                e.getValue().forEach(tag -> remove(view, tag, "k-anonymity: rare " + q.label() + " value removed",
                        changed));
            }
        }
        return changed;
    }

    private static void remove(DatasetView view, int tag, String rule, List<Rewrite> changed) {
        if (view.dataset().remove(tag) != null) {
            changed.add(new Rewrite(tag, Rewrite.REMOVE, rule));
        }
    }

    private static void coarsenDates(DatasetView view, int span, List<Rewrite> changed) {
        String rule = "k-anonymity: study years in " + span + "-year bands";
        for (int tag : DATES) {
            String date = view.string(tag);
            if (date == null) {
                continue;
            }
            String coarse;
            try {
                int year = Integer.parseInt(date.substring(0, 4));
                coarse = String.format(Locale.ROOT, "%04d0101", Math.floorDiv(year, span) * span);
            } catch (RuntimeException e) {
                coarse = "";
            }
            if (coarse.isEmpty()) {
                remove(view, tag, rule, changed);
            } else {
                view.putString(tag, VR.DA, coarse);
                changed.add(new Rewrite(tag, Rewrite.GENERALISE, rule));
            }
        }
    }

    /** The value the risk measure sees for {@code q} in this header. */
    private static String value(HeaderValues h, QuasiIdentifier q) {
        if (q == QuasiIdentifier.DEVICE) {
            String maker = h.string(Tags.Manufacturer);
            String model = h.string(Tags.ManufacturerModelName);
            return maker == null && model == null ? null
                    : ((maker == null ? "" : maker) + " " + (model == null ? "" : model)).trim();
        }
        return h.string(ATTRIBUTES.get(q).get(0));
    }

    /** Writes {@code dicom} over {@code file} atomically (a temporary file beside it, then a rename). */
    static void replace(DicomFile dicom, Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".k.tmp");
        try {
            DicomWriter.write(dicom, tmp, WriteOptions.DEFAULT);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
