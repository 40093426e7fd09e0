package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.veil.deid.pseudo.IdKind;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.PseudonymPattern;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.io.WriteOptions;

/**
 * {@link SettingsText} prints each setting as the setting's own {@code toString} does, so the run's settings digest
 * (kept in the journal header, compared on resume) is what earlier versions recorded.
 */
class SettingsTextTest {
    @Test
    void of_settings_sameAsToString() {
        List<Object> settings = new ArrayList<>(List.of(new TreeMap<>(IdOptions.defaults().patterns()),
                new ShiftRange(-365, -1), new ShiftRange(0, 0), WriteOptions.DEFAULT, WriteOptions.AS_READ,
                PseudonymPattern.parse("ANON-{hash:12}-X"), PseudonymPattern.prefixed("", 16), "text", 42));
        for (WriteOptions.SequenceEncoding e : WriteOptions.SequenceEncoding.values()) {
            settings.add(WriteOptions.builder().sequences(e).transferSyntax(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                    .build());
        }
        Map<IdKind, PseudonymPattern> patterns = new LinkedHashMap<>();
        Arrays.stream(IdKind.values()).forEach(k -> patterns.put(k, PseudonymPattern.prefixed(k.name(), 8)));
        settings.add(new TreeMap<>(patterns));
        settings.add(new TreeMap<>());
        for (Object s : settings) {
            assertEquals(String.valueOf(s), SettingsText.of(s), s.getClass().getSimpleName());
        }
    }
}
