package org.veil.pipeline.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.veil.deid.engine.Change;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.folder.RunListener;

/**
 * Collects, while a folder run writes its outputs, what the delivery report shows of them (outputs in journal order,
 * changes per rule, pixel-cleaned outputs, the study table), so that the report of a run done in one session need not
 * read the change report and every output back. Holds no PHI (output names, rules and delivered values only). Passes
 * every event on to the listener it wraps.
 */
public final class DeliveryFacts implements RunListener {
    private final RunListener next;
    private final List<String> outputs = new ArrayList<>();
    private final List<String> pixelOutputs = new ArrayList<>();
    /** Changes per rule, counted in place (a dense header brings a few hundred changes per output). */
    private final Map<String, long[]> rules = new HashMap<>();
    private final StudyTable studies = new StudyTable();
    private boolean complete = true;

    private DeliveryFacts(RunListener next) {
        this.next = next;
    }

    /** Listens, then hands each event to {@code next}. */
    public static DeliveryFacts before(RunListener next) {
        return new DeliveryFacts(next);
    }

    @Override
    public void completed(Input input, Outcome outcome) {
        if (outcome instanceof Outcome.Written w) {
            add(w);
        }
        next.completed(input, outcome);
    }

    @Override
    public void recorded() {
        next.recorded();
    }

    private void count(String rule, long changes) {
        if (changes > 0) {
            rules.computeIfAbsent(rule, r -> new long[1])[0] += changes;
        }
    }

    private synchronized void add(Outcome.Written w) {
        outputs.add(w.name());
        boolean pixel = false;
        // changes of one rule mostly come in runs (a header's private elements): one count per run
        String run = null;
        long inRun = 0;
        for (Change c : w.result().changes()) {
            String rule = String.valueOf(c.rule());
            if (!rule.equals(run)) {
                count(run, inRun);
                run = rule;
                inRun = 0;
            }
            inRun++;
            pixel |= PixelCleaned.underPixelData(c.path());
        }
        count(run, inRun);
        if (pixel) {
            pixelOutputs.add(w.name());
        }
        if (w.study() == null) {
            complete = false;
        } else {
            studies.add(w.study());
        }
    }

    /** False when an output's study values were not known (the report then reads the outputs back). */
    synchronized boolean complete() {
        return complete;
    }

    synchronized List<String> outputs() {
        return List.copyOf(outputs);
    }

    synchronized List<String> pixelOutputs() {
        return List.copyOf(pixelOutputs);
    }

    synchronized Map<String, Long> rules() {
        Map<String, Long> sorted = new TreeMap<>();
        rules.forEach((rule, n) -> sorted.put(rule, n[0]));
        return sorted;
    }

    StudyTable studies() {
        return studies;
    }
}
