package org.veil.volume.deface;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.veil.volume.Volume;
import org.veil.volume.VolumeException;

/**
 * Finds the face of a head volume: working grid, head mask, brain estimate, plane (see the package description).
 * Memory beyond the volume: the working grid (at most {@link WorkGrid#MAX_VOXELS} voxels, about 12 bytes each while
 * segmenting: values, two masks and a distance map), so at most about 150 MB whatever the volume. Thread-safe.
 */
public final class Defacer {
    /** Smallest and largest estimated brain (ml) accepted as a head. */
    static final double MIN_BRAIN_ML = 600;
    static final double MAX_BRAIN_ML = 2600;

    /** Whether QC renders are made. */
    public enum Renders { MAKE, SKIP }

    private final Renders renders;
    private final boolean ears;

    /** A defacer that keeps the ears. */
    public Defacer(Renders renders) {
        this(renders, false);
    }

    /** @param ears whether the outer ears are removed too ({@link EarFinder}) */
    public Defacer(Renders renders, boolean ears) {
        this.renders = renders;
        this.ears = ears;
    }

    /**
     * @throws NotAHeadException when no head is found in the volume (the message gives the estimated brain volume)
     * @throws VolumeException  when the volume is not CT or MR
     */
    public DefaceResult find(Volume v) throws VolumeException {
        if (!v.modality().equals("CT") && !v.modality().equals("MR")) {
            throw new VolumeException("only CT and MR volumes can be defaced, this one is '" + v.modality() + "'");
        }
        boolean ct = v.modality().equals("CT");
        WorkGrid g = WorkGrid.of(v);
        HeadMask head = HeadMask.of(g, ct);
        BrainEstimate brain = BrainEstimate.of(g, head, ct);
        if (brain.millilitres() < MIN_BRAIN_ML || brain.millilitres() > MAX_BRAIN_ML) {
            throw new NotAHeadException(String.format(Locale.ROOT, "no brain was found in the volume (the tissue "
                    + "around the deepest point of the body is %.0f ml; a head has %.0f to %.0f ml)",
                    brain.millilitres(), MIN_BRAIN_ML, MAX_BRAIN_ML));
        }
        FacePlane plane = FacePlaneFinder.find(g, brain,
                ct ? FacePlaneFinder.CT_MARGIN_MM : FacePlaneFinder.MR_MARGIN_MM);
        EarCut earCut = ears ? EarFinder.find(g, brain, plane) : null;
        Removal cut = DefaceResult.removal(plane, earCut);
        double removed = 0;
        for (int x = 0; x < head.head().length; x++) {
            if (head.head()[x] && cut.removes(g.coordinate(x, 0), g.coordinate(x, 1), g.coordinate(x, 2))) {
                removed++;
            }
        }
        removed *= g.spacing * g.spacing * g.spacing / 1000.0;
        Map<String, byte[]> png = new LinkedHashMap<>();
        if (renders == Renders.MAKE) {
            boolean[] before = SurfaceRenderer.solid(g, head.threshold(), null);
            png.put("before-front", png(SurfaceRenderer.render(g, before, 0, -15)));
            png.put("before-34", png(SurfaceRenderer.render(g, before, 30, -15)));
            boolean[] after = SurfaceRenderer.solid(g, head.threshold(), cut);
            png.put("after-front", png(SurfaceRenderer.render(g, after, 0, -15)));
            png.put("after-34", png(SurfaceRenderer.render(g, after, 30, -15)));
        }
        return new DefaceResult(plane, earCut, head.air(), head.threshold(), brain.millilitres(), removed, png);
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
