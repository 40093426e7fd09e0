package org.veil.broker.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k-anonymity, l-diversity, violators and the generalisation ladder on a delivery with known classes. */
class RiskReportTest {
    private static final List<QuasiIdentifier> DEMOGRAPHICS = List.of(QuasiIdentifier.AGE, QuasiIdentifier.SEX,
            QuasiIdentifier.STUDY_YEAR, QuasiIdentifier.MODALITY, QuasiIdentifier.BODY_PART);

    @TempDir
    Path dir;

    @Test
    void scan_readsEveryInstance_skipsRunStateAndNonDicom() throws Exception {
        SyntheticDelivery.reference(dir);
        Delivery d = Delivery.scan(dir);
        assertEquals(12, d.patients().size());
        assertEquals(12, d.studies().size());
        assertEquals(12, d.instances());
        assertEquals(1, d.unreadable(), "README.txt; the .veil folder is not read");
    }

    @Test
    void measure_knownClasses_exactKAndViolators() throws Exception {
        SyntheticDelivery.reference(dir);
        RiskReport r = RiskReport.of(Delivery.scan(dir), DEMOGRAPHICS, null, 5);
        assertEquals(1, r.k());
        assertEquals(List.of(5, 4, 2, 1), r.patients().classSizes());
        assertEquals(7, r.patients().violators().size(), "the classes of 4, 2 and 1");
        assertTrue(r.patients().violators().contains("PAT0012"), "the 93-year-old: " + r.patients().violators());
    }

    @Test
    void measure_targetTwo_onlyTheSingletonViolates() throws Exception {
        SyntheticDelivery.reference(dir);
        RiskReport r = RiskReport.of(Delivery.scan(dir), DEMOGRAPHICS, null, 2);
        assertEquals(List.of("PAT0012"), r.patients().violators());
    }

    @Test
    void lDiversity_ofBodyPart_withinAgeSexClasses() throws Exception {
        SyntheticDelivery d = new SyntheticDelivery(dir);
        d.patient("040Y", "F", "20200301", "CT", "CHEST");
        d.patient("040Y", "F", "20200301", "CT", "ABDOMEN");
        d.patient("040Y", "F", "20200301", "CT", "ABDOMEN");
        d.patient("050Y", "M", "20200301", "CT", "HEAD");
        d.patient("050Y", "M", "20200301", "CT", "HEAD");
        RiskReport r = RiskReport.of(Delivery.scan(dir), List.of(QuasiIdentifier.AGE, QuasiIdentifier.SEX,
                QuasiIdentifier.BODY_PART), QuasiIdentifier.BODY_PART, 2);
        assertEquals(2, r.k(), "the sensitive attribute is not part of the class key");
        assertEquals(1, r.patients().l(), "the men's class shows one body part only");
    }

    @Test
    void ladder_reachesTheTarget_orNamesWhomToWithhold() throws Exception {
        SyntheticDelivery.reference(dir);
        RiskReport five = RiskReport.of(Delivery.scan(dir), List.of(QuasiIdentifier.AGE, QuasiIdentifier.STUDY_YEAR,
                QuasiIdentifier.MODALITY), null, 5);
        GeneralisationLadder.Step proposal = five.proposal();
        assertNull(proposal, "the MR knee pair and the 93-year-old cannot reach 5 by coarsening: "
                + five.ladder().get(five.ladder().size() - 1).anonymity());
        assertEquals(3, five.toWithhold().size());

    }

    @Test
    void ladder_proposesTheFirstGeneralisationThatReachesK() throws Exception {
        SyntheticDelivery d = new SyntheticDelivery(dir);
        for (String age : List.of("040Y", "040Y", "040Y", "044Y", "044Y", "047Y")) {
            d.patient(age, "F", "20200301", "CT", "CHEST");
        }
        RiskReport r = RiskReport.of(Delivery.scan(dir), List.of(QuasiIdentifier.AGE, QuasiIdentifier.SEX), null, 3);
        assertEquals(1, r.k(), "as delivered the 47-year-old is alone");
        assertNotNull(r.proposal());
        assertEquals("ages in 10-year bands", r.proposal().generalisation().describe());
        assertEquals(6, r.proposal().anonymity().k());
        assertEquals(List.of(), r.toWithhold());
    }

    @Test
    void json_topLevelKIsAnInteger() throws Exception {
        SyntheticDelivery.reference(dir.resolve("out"));
        RiskReport r = RiskReport.of(Delivery.scan(dir.resolve("out")), DEMOGRAPHICS, QuasiIdentifier.BODY_PART, 5);
        Path json = dir.resolve("risk.json");
        RiskJson.write(r, json);
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertTrue(tree.get("k").isInt());
        assertEquals(1, tree.get("k").asInt());
        assertEquals(7, tree.get("patientClasses").get("violators").size());
        assertTrue(tree.get("residualRisks").size() >= 2);
    }

    @Test
    void html_isSelfContained_withAChart() throws Exception {
        SyntheticDelivery.reference(dir.resolve("out"));
        RiskReport r = RiskReport.of(Delivery.scan(dir.resolve("out")), DEMOGRAPHICS, null, 5);
        String html = RiskHtml.page(r);
        assertTrue(html.contains("<svg id=\"class-sizes\""));
        assertEquals(4, html.split("<rect ").length - 1, "one bar per class size");
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/2000/svg"),
                "no network reference");
    }

    @Test
    void headerValues_ageFromBirthDate_zip3FromAddress() {
        assertEquals("402", HeaderValues.zip3("12 Harbour Road, Port Alder, 40211"));
        assertEquals("123", HeaderValues.zip3("123"));
        assertNull(HeaderValues.zip3("1495 Old Mill Parkway"));
    }
}
