package org.veil.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * The frame of a reviewer's decision on one instance (a box, a text miss): decisions that rewrite delivered files run
 * one at a time (locked on the {@link Review}); the decision gets the signed-in user and the instance the request
 * names (404 when there is none) and returns its counts, which answer the request as JSON. What the decision checks,
 * applies, records and re-runs is its own.
 */
final class InstanceDecision {
    /**
     * One decision: the request's parameters applied for {@code user} on instance {@code i}; returns the counts to
     * answer with.
     */
    @FunctionalInterface
    interface Step {
        Map<String, Object> apply(Context ctx, String user, Instance i) throws IOException;
    }

    private final Review review;

    InstanceDecision(Review review) {
        this.review = review;
    }

    /** Runs {@code step} for the request as the frame above says. */
    void run(Context ctx, Step step) throws IOException {
        synchronized (review) {
            String user = Guard.session(ctx).user();
            Instance i = ViewerPages.instance(review, ctx);
            ctx.json(step.apply(ctx, user, i));
        }
    }
}
