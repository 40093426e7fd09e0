package org.veil.pixel.redact;

import java.util.List;
import java.util.Objects;
import org.veil.dicom.data.Dataset;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Rect;

/**
 * Rectangles to blank in the images of one device layout.
 *
 * @param name      for messages and reports, e.g. {@code Acme Sono 800x600 header}
 * @param signature which images
 * @param regions   in pixels, applied to every frame
 * @param fill      the value written
 * @param source    where the facts behind the rule come from (e.g. a public filter list and its version), or
 *                  {@code ""}
 */
public record RedactionRule(String name, DeviceSignature signature, List<Rect> regions, FillValue fill,
                            String source) {

    public RedactionRule {
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(fill, "fill");
        regions = List.copyOf(regions);
    }

    /** A rule without a named source. */
    public RedactionRule(String name, DeviceSignature signature, List<Rect> regions, FillValue fill) {
        this(name, signature, regions, fill, "");
    }

    public boolean appliesTo(Dataset ds) {
        return signature.matches(ds);
    }

    /** The first rule that applies to a data set, if any. */
    public static java.util.Optional<RedactionRule> firstMatch(List<RedactionRule> rules, Dataset ds) {
        return rules.stream().filter(r -> r.appliesTo(ds)).findFirst();
    }
}
