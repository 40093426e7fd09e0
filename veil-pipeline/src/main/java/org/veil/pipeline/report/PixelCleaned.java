package org.veil.pipeline.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.deid.engine.Change;
import org.veil.dicom.TagPath;
import org.veil.dicom.dict.Tags;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.folder.RunListener;

/**
 * Remembers, for each output whose pixels were cleaned in this session, the input file it came from (PHI: held in
 * memory for the report's "before" thumbnails, which only a report kept outside the output folder shows). Passes
 * every event on to the listener it wraps.
 */
public final class PixelCleaned implements RunListener {
    /** The tag path of Pixel Data as the change report writes it. */
    static final String PIXEL_DATA = "(7FE0,0010)";

    private final RunListener next;
    private final Map<String, Path> inputs = new ConcurrentHashMap<>();

    private PixelCleaned(RunListener next) {
        this.next = next;
    }

    /** Listens, then hands each event to {@code next}. */
    public static PixelCleaned before(RunListener next) {
        return new PixelCleaned(next);
    }

    @Override
    public void completed(Input input, Outcome outcome) {
        if (outcome instanceof Outcome.Written w && input instanceof Input.OfFile f && pixelsChanged(w)) {
            inputs.put(w.name(), f.file());
        }
        next.completed(input, outcome);
    }

    @Override
    public void recorded() {
        next.recorded();
    }

    /** Output name (relative to OUT) to input file, sorted by output name. */
    public Map<String, Path> inputs() {
        return new TreeMap<>(inputs);
    }

    private static boolean pixelsChanged(Outcome.Written w) {
        for (Change c : w.result().changes()) {
            if (underPixelData(c.path())) {
                return true;
            }
        }
        return false;
    }

    /** True when the path's first step is Pixel Data: what its text starting with {@link #PIXEL_DATA} says. */
    static boolean underPixelData(TagPath path) {
        if (path.isRoot()) {
            return false;
        }
        TagPath first = path;
        while (!first.parent().isRoot()) {
            first = first.parent();
        }
        return first.tag() == Tags.PixelData;
    }
}
