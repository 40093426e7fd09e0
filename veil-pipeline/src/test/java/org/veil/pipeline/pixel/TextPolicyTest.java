package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.PixelContext;
import org.veil.pipeline.PixelResult;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RuleParser;
import org.veil.profile.ProfileOption;

class TextPolicyTest {
    private static final Set<ProfileOption> CLEAN = Set.of(ProfileOption.CLEAN_PIXEL_DATA);
    private static final TransferSyntax TS = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;

    private static BurnedInImage image() throws Exception {
        return BurnedInImage.burn("test", SyntheticImages.ultrasound(320, 240, 1, "MONOCHROME2", 8, 7), TS, 7);
    }

    private static RulePixelStage stage(PixelPolicy p, String rules) throws Exception {
        return new RulePixelStage(rules == null ? List.of() : RuleParser.parse(rules, "rules.yaml"),
                RedactionOptions.DEFAULT, false, TextDetection.detect(Optional.empty()).withPolicy(p));
    }

    @Test
    void clean_detectWithoutOcr_removesEveryBoxReportsPositionsAndSetsBurnedInNo() throws Exception {
        BurnedInImage img = image();
        PixelResult r = stage(PixelPolicy.DETECT, null).clean(img.ds, TS, CLEAN, img.context);
        assertEquals(1, r.changes().size());
        String rule = r.changes().get(0).rule();
        assertTrue(rule.startsWith("policy detect: "), rule);
        assertTrue(rule.contains(" 0 kept (no OCR)"), rule);
        assertTrue(!BurnedInTextEvaluationTest.areas(r.changes()).isEmpty(), rule);
        for (String secret : List.of("SMITH", "GARCIA", "NGUYEN", "OKAFOR", "ACC")) {
            assertTrue(!rule.toUpperCase().contains(secret), "no text in the report: " + rule);
        }
        assertEquals("NO", DatasetView.of(img.ds).string(0x00280301));
    }

    @Test
    void clean_quarantinePolicy_refusesEvenWithAMatchingRule() throws Exception {
        BurnedInImage img = image();
        String rules = "rules:\n  - name: nobody\n    match: {manufacturer: NOBODY}\n    regions: [[0, 0, 10, 10]]\n";
        DeidException e = assertThrows(DeidException.class,
                () -> stage(PixelPolicy.QUARANTINE, rules).clean(img.ds, TS, CLEAN, img.context));
        assertTrue(e.getMessage().contains("pixel policy is quarantine"), e.getMessage());
    }

    @Test
    void clean_rulesPolicyWithoutRule_refuses() throws Exception {
        BurnedInImage img = image();
        DeidException e = assertThrows(DeidException.class,
                () -> stage(PixelPolicy.RULES, null).clean(img.ds, TS, CLEAN, img.context));
        assertTrue(e.getMessage().contains("no pixel rule matches"), e.getMessage());
    }

    @Test
    void clean_detectWithMatchingRule_ruleFirst() throws Exception {
        BurnedInImage img = image();
        String rules = "rules:\n  - name: nobody header\n    match: {manufacturer: NOBODY}\n"
                + "    regions: [[0, 0, 320, 240]]\n";
        PixelResult r = stage(PixelPolicy.DETECT, rules).clean(img.ds, TS, CLEAN, img.context);
        assertEquals("pixel-rule", r.changes().get(0).action());
        assertTrue(r.changes().get(0).rule().contains("rule nobody header"), r.changes().get(0).rule());
    }

    @Test
    void clean_burnedInNo_leftAlone() throws Exception {
        Dataset ds = SyntheticImages.ultrasound(64, 48, 1, "MONOCHROME2", 8, 3);
        DatasetView.of(ds).putString(0x00280301, org.veil.dicom.VR.CS, "NO");
        PixelResult r = stage(PixelPolicy.DETECT, null).clean(ds, TS, CLEAN, PixelContext.NONE);
        assertEquals(List.of(), r.changes());
    }
}
