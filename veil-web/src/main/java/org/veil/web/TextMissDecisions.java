package org.veil.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.pipeline.run.TextTerms;

/**
 * A reviewer marks a text value that still holds PHI and gives the term: the term joins the run's text terms
 * ({@link TextTerms}, in the work folder, so later and resumed runs of {@code veil deid} remove it everywhere), and
 * text cleaning is re-run with it on the instance or on its whole study. The audit records the attribute, the term's
 * length and keyed digest, never the term. Runs as an {@link InstanceDecision}.
 */
final class TextMissDecisions {
    private final Review review;
    private final TextMiss textMiss = new TextMiss();

    TextMissDecisions(Review review) {
        this.review = review;
    }

    /** POST /api/instance/{id}/text-miss: attribute (tag path), term, scope (instance or study). */
    Map<String, Object> mark(Context ctx, String user, Instance i) throws IOException {
        String attribute = ctx.formParam("attribute");
        String term = ctx.formParam("term");
        boolean study = "study".equals(ctx.formParam("scope"));
        if (attribute == null || !attribute.matches("[0-9A-Fa-f(),\\[\\]>]{1,200}")) {
            throw new IllegalArgumentException("name the attribute (tag path) that still holds PHI");
        }
        boolean added = TextTerms.add(review.paths().work(), term);
        String t = term.strip();
        List<Instance> scope = study ? review.delivery().study(i.study()) : List.of(i);
        List<Instance> touched = new ArrayList<>();
        int values = 0;
        for (Instance x : scope) {
            List<String> changed = textMiss.apply(x.file(), t);
            if (!changed.isEmpty()) {
                touched.add(x);
                values += changed.size();
                review.changes().append(x.name(), List.of(), changed.stream().map(p -> new ChangeLines.Change(p,
                        "review-term", "a term a reviewer marked as a miss was replaced")).toList());
            }
        }
        review.audit().record(user, "mark-text-miss", study ? i.study() : i.id(), "attribute " + attribute
                + " still held PHI; a term of " + t.length() + " character(s), keyed digest " + review.audit()
                .digest(t) + (added ? ", added to" : ", already in") + " the run's text terms; text cleaning re-run on "
                + scope.size() + " instance(s): " + values + " value(s) in " + touched.size() + " instance(s) changed");
        if (!touched.isEmpty()) {
            review.changed(user, touched.get(0));
        }
        return Map.of("instances", touched.size(), "values", values);
    }
}
