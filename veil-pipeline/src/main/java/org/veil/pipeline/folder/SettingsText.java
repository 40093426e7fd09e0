package org.veil.pipeline.folder;

import java.util.Map;
import org.veil.deid.pseudo.PseudonymPattern;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.dicom.io.WriteOptions;

/**
 * Settings in the run's settings digest, printed as their records print themselves ({@code Name[a=1, b=2]}, maps as
 * {@code {k=v, ...}}), so the digest of a run is what earlier versions recorded, but without calling the records'
 * own {@code toString}: on Java 17 the first call of a record class's {@code toString} builds method handles over
 * {@code String.format} (about a tenth of a one-file run's start-up for these three). {@code SettingsTextTest}
 * compares the two, so a component added to one of these records fails it until it is printed here too.
 */
final class SettingsText {
    private SettingsText() {
    }

    static String of(Object v) {
        if (v instanceof PseudonymPattern p) {
            return "PseudonymPattern[prefix=" + p.prefix() + ", hashLength=" + p.hashLength() + ", suffix="
                    + p.suffix() + "]";
        }
        if (v instanceof ShiftRange r) {
            return "ShiftRange[minDays=" + r.minDays() + ", maxDays=" + r.maxDays() + "]";
        }
        if (v instanceof WriteOptions w) {
            return "WriteOptions[transferSyntax=" + w.transferSyntax() + ", sequences=" + w.sequences() + ", meta="
                    + w.meta() + ", preamble=" + w.preamble() + "]";
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            String separator = "";
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(separator).append(of(e.getKey())).append('=').append(of(e.getValue()));
                separator = ", ";
            }
            return b.append('}').toString();
        }
        return String.valueOf(v);
    }
}
