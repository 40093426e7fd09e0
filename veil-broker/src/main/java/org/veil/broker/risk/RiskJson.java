package org.veil.broker.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RiskReport} as JSON; the top-level {@code k} is the delivery's k-anonymity over patients (an integer). */
public final class RiskJson {
    private RiskJson() {
    }

    public static void write(RiskReport r, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), tree(r));
    }

    static Map<String, Object> tree(RiskReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", r.k());
        m.put("targetK", r.targetK());
        m.put("meetsTarget", r.meetsTarget());
        m.put("l", r.patients().l());
        m.put("sensitive", r.sensitive() == null ? null : r.sensitive().label());
        m.put("quasiIdentifiers", r.identifiers().stream().map(QuasiIdentifier::label).toList());
        m.put("patients", r.delivery().patients().size());
        m.put("studies", r.delivery().studies().size());
        m.put("instances", r.delivery().instances());
        m.put("unreadableFiles", r.delivery().unreadable());
        m.put("patientClasses", anonymity(r.patients()));
        m.put("studyClasses", anonymity(r.studies()));
        List<Map<String, Object>> ladder = new ArrayList<>();
        for (GeneralisationLadder.Step s : r.ladder()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("generalisation", s.generalisation().describe());
            step.put("k", s.anonymity().k());
            step.put("violators", s.anonymity().violators().size());
            ladder.add(step);
        }
        m.put("generalisations", ladder);
        GeneralisationLadder.Step proposal = r.proposal();
        m.put("proposal", proposal == null ? null : proposal.generalisation().describe());
        m.put("withhold", r.toWithhold());
        m.put("residualRisks", r.residual());
        return m;
    }

    private static Map<String, Object> anonymity(Anonymity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", a.k());
        m.put("l", a.l());
        m.put("classes", a.classSizes().size());
        m.put("classSizes", a.classSizes());
        m.put("violators", a.violators());
        return m;
    }
}
