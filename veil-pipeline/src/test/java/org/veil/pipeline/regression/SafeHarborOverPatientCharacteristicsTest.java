package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.recipe.RecipeParser;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.folder.RunSummary;
import org.veil.profile.ProfileOption;

/**
 * Issue 13 item 7: with {@code dates: safe-harbor} and retain-patient-characteristics, an age of 093Y and a birth date
 * in 1930 survived. HIPAA's rule for ages over 89 wins over the retain option, and the summary says so.
 */
@Tag("regression")
class SafeHarborOverPatientCharacteristicsTest {
    private static final int BIRTH_DATE = 0x00100030;
    private static final int AGE = 0x00101010;

    @TempDir
    Path tmp;

    @Test
    void safeHarborWithRetainedCharacteristics_ageOver89AndBirthDateAggregated_summarySaysSo() throws Exception {
        Path in = tmp.resolve("in");
        Dataset old = Delivery.ct("P93", null, "1.2.7.1", "1.2.7.1.1.1");
        DatasetView.of(old).putString(AGE, VR.AS, "093Y");
        DatasetView.of(old).putString(BIRTH_DATE, VR.DA, "19300512");
        Delivery.write(old, in.resolve("old.dcm"));
        Dataset young = Delivery.ct("P40", null, "1.2.7.2", "1.2.7.2.1.1");
        DatasetView.of(young).putString(AGE, VR.AS, "040Y");
        Delivery.write(young, in.resolve("young.dcm"));
        DeidConfig config = RecipeParser.parse("veil-recipe: 1\ndates: {policy: safe-harbor}\n"
                + "options: [retain-patient-characteristics]\n"
                + "rules:\n  - {tag: PatientBirthDate, action: keep}\n", "r.yaml")
                .applyTo(DeidConfig.builder()).build();
        RunSummary s = Delivery.run(in, tmp.resolve("out"), config);
        assertEquals(2, s.counts().written(), Delivery.text(s));
        List<String> names = Delivery.outputs(tmp.resolve("out"));
        boolean sawOld = false;
        for (String n : names) {
            Dataset ds = Delivery.read(tmp.resolve("out").resolve(n)).dataset();
            String age = Delivery.string(ds, AGE);
            if ("040Y".equals(age)) {
                continue;
            }
            sawOld = true;
            assertEquals("090Y", age, "an age over 89 is one category");
            assertEquals("19330101", Delivery.string(ds, BIRTH_DATE), "birth year = study year - 90");
        }
        assertTrue(sawOld);
        assertTrue(config.options().contains(ProfileOption.RETAIN_PATIENT_CHARACTERISTICS));
        String text = Delivery.text(s);
        assertTrue(text.contains("Safe Harbor wins over retain-patient-characteristics"), text);
        assertEquals(2L, s.counts().actions().get("safe-harbor-age"), text);
    }
}
