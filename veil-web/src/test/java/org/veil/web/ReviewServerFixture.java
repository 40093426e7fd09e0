package org.veil.web;

import java.io.IOException;
import java.nio.file.Path;

/** A delivery, its two users (reviewer "rita", viewer "victor", password {@link #PASSWORD}) and a running server. */
final class ReviewServerFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse 42";

    final DeliveryFixture delivery;
    final Review review;
    final WebServer server;

    /** What a test adds to the run's files before the review opens them. */
    @FunctionalInterface
    interface Preparation {
        void prepare(DeliveryFixture delivery) throws Exception;
    }

    ReviewServerFixture(Path tmp) throws Exception {
        this(tmp, d -> { });
    }

    ReviewServerFixture(Path tmp, Preparation before) throws Exception {
        delivery = DeliveryFixture.build(tmp);
        before.prepare(delivery);
        WebUsers users = Review.users(RunPaths.of(delivery.out));
        users.put("rita", Role.REVIEWER, PASSWORD.toCharArray());
        users.put("victor", Role.VIEWER, PASSWORD.toCharArray());
        review = Review.open(delivery.out, delivery.in);
        server = WebServer.start(review, "127.0.0.1", 0, null);
    }

    Instance cine() {
        return review.delivery().studies().values().iterator().next().get(0);
    }

    @Override
    public void close() {
        server.close();
    }
}
