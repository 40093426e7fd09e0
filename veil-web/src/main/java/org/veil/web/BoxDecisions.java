package org.veil.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.pixel.frame.Rect;

/**
 * A reviewer's box decisions on one instance: draw a box (filled on the delivered copy), move or delete a box (the
 * run's or a reviewer's, on every frame or one; the pixel step is re-run from the original input), each stored in
 * the box list, written to the change report as positions, and audited. Deleting a detected box is the reviewer's
 * statement that its area holds nothing identifying; the second pass says when text is still detected there.
 * Each runs as an {@link InstanceDecision}.
 */
final class BoxDecisions {
    private static final List<String> REPLACED = List.of("review-box", "review-text-left");
    private final Review review;
    private final BoxEdit boxEdit = new BoxEdit();
    private final PixelRerun rerun = new PixelRerun();

    BoxDecisions(Review review) {
        this.review = review;
    }

    /** POST /api/instance/{id}/box: x, y, w, h, frame (-1 or absent: every frame). */
    Map<String, Object> add(Context ctx, String user, Instance i) throws IOException {
        Rect r = rect(ctx);
        int frame = frame(ctx, i);
        List<ReviewBox> boxes = new ArrayList<>(review.boxes(i));
        ReviewBox added = ReviewBox.of(BoxList.nextReviewerId(boxes), ReviewBox.Origin.REVIEWER, r, frame);
        int changed = boxEdit.apply(i.file(), r, frame);
        boxes.add(added);
        review.audit().record(user, "redact-box", i.id(), "box " + added.id() + " " + ReviewBox.position(r)
                + " on " + added.frames() + ", " + changed + " frame(s) changed");
        List<Rect> left = review.restoredText().of(i.id()).isEmpty() ? List.of() : rerun.check(i.file(), boxes);
        stored(user, i, boxes, left);
        return Map.of("framesChanged", changed, "textInRestored", left.size());
    }

    /** POST /api/instance/{id}/box/{box}/move: the new x, y, w, h and frame (-1: every frame). */
    Map<String, Object> move(Context ctx, String user, Instance i) throws IOException {
        Rect r = rect(ctx);
        int frame = frame(ctx, i);
        List<ReviewBox> boxes = new ArrayList<>(review.boxes(i));
        ReviewBox b = find(ctx, boxes);
        if (frame < 0 || b.frame() == frame) {
            boxes.set(boxes.indexOf(b), b.movedTo(r, frame));
        } else if (b.frame() < 0) {
            boxes.set(boxes.indexOf(b), b.without(frame));
            boxes.add(ReviewBox.of(BoxList.nextReviewerId(boxes), ReviewBox.Origin.REVIEWER, r, frame));
        } else {
            throw new IllegalArgumentException("box " + b.id() + " is on frame " + b.frame() + " only");
        }
        return rerun(user, i, boxes, "move-box", describe(b) + " moved to " + ReviewBox.position(r) + " on "
                + (frame < 0 ? "every frame" : "frame " + frame));
    }

    /** POST /api/instance/{id}/box/{box}/delete: frame (-1: every frame). */
    Map<String, Object> delete(Context ctx, String user, Instance i) throws IOException {
        int frame = frame(ctx, i);
        List<ReviewBox> boxes = new ArrayList<>(review.boxes(i));
        ReviewBox b = find(ctx, boxes);
        if (frame < 0 || b.frame() == frame) {
            boxes.set(boxes.indexOf(b), b.asDeleted());
        } else if (b.frame() < 0) {
            boxes.set(boxes.indexOf(b), b.without(frame));
        } else {
            throw new IllegalArgumentException("box " + b.id() + " is on frame " + b.frame() + " only");
        }
        String why = b.origin() == ReviewBox.Origin.DETECTOR
                ? ": the reviewer asserts the detected area holds nothing identifying" : "";
        return rerun(user, i, boxes, "delete-box", describe(b) + " deleted on "
                + (frame < 0 ? "every frame" : "frame " + frame) + why);
    }

    private Map<String, Object> rerun(String user, Instance i, List<ReviewBox> boxes, String action, String what)
            throws IOException {
        Path original = review.original(i).orElseThrow(() -> new IllegalArgumentException("moving or deleting a "
                + "box re-runs the pixel step from the original input, which this server does not have: start "
                + "veil web with --input IN"));
        for (ChangeLines.Change c : review.changes().of(i.name())) {
            if (c.path().startsWith("(7FE0,0010)") && !c.action().equals("pixel-text")
                    && !c.action().startsWith(ChangeLines.REVIEW)) {
                throw new IllegalArgumentException("the pixel step also changed this image (" + c.action()
                        + "), which the review cannot re-run; draw boxes instead");
            }
        }
        List<String> options = review.runOptions();
        if (options.contains("clean-recognizable-visual-features")) {
            throw new IllegalArgumentException("the run defaced its CT and MR series, which the review cannot re-run; "
                    + "draw boxes instead");
        }
        PixelRerun.Outcome o = rerun.run(i.file(), original, boxes, options.contains("clean-graphics"));
        review.audit().record(user, action, i.id(), what + "; re-run from the original: " + o.framesChanged()
                + " frame(s) with boxes");
        stored(user, i, boxes, o.textInRestored());
        return Map.of("framesChanged", o.framesChanged(), "textInRestored", o.textInRestored().size());
    }

    /** Stores the boxes and the second pass's outcome, writes the change report line, and resets an approval. */
    private void stored(String user, Instance i, List<ReviewBox> boxes, List<Rect> left) throws IOException {
        review.boxes().put(i.id(), boxes);
        List<ChangeLines.Change> lines = new ArrayList<>();
        for (ReviewBox b : boxes) {
            if (b.origin() == ReviewBox.Origin.REVIEWER || b.deleted() || !b.rect().equals(b.first())
                    || !b.excluded().isEmpty()) {
                lines.add(new ChangeLines.Change("(7FE0,0010)", "review-box", state(b)));
            }
        }
        if (!left.isEmpty()) {
            String areas = RestoredText.positions(left);
            lines.add(new ChangeLines.Change("(7FE0,0010)", "review-text-left", "the second pass still detects "
                    + "text in " + left.size() + " area(s) a reviewer gave back: " + areas));
            review.audit().record(user, "restored-text", i.id(), "the second pass still detects text in "
                    + left.size() + " restored area(s) " + areas + "; shown in the review, approval needs a "
                    + "confirmation");
        }
        review.changes().append(i.name(), REPLACED, lines);
        review.restoredText().set(i.id(), left);
        review.changed(user, i);
    }

    private static String describe(ReviewBox b) {
        return "box " + b.id() + " (" + b.origin().name().toLowerCase(java.util.Locale.ROOT) + ") "
                + ReviewBox.position(b.rect());
    }

    private static String state(ReviewBox b) {
        String who = b.id() + " (" + b.origin().name().toLowerCase(java.util.Locale.ROOT) + ")";
        if (b.deleted()) {
            return who + " " + ReviewBox.position(b.first()) + " deleted by the review: the area is as in the input";
        }
        String moved = b.rect().equals(b.first()) ? "" : " moved from " + ReviewBox.position(b.first());
        return who + " " + ReviewBox.position(b.rect()) + " on " + b.frames() + moved;
    }

    private static ReviewBox find(Context ctx, List<ReviewBox> boxes) {
        String id = ctx.pathParam("box");
        return boxes.stream().filter(b -> b.id().equals(id) && !b.deleted()).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no such box"));
    }

    private static Rect rect(Context ctx) {
        Rect r = new Rect(ViewerPages.intParam(ctx, "x", -1), ViewerPages.intParam(ctx, "y", -1),
                ViewerPages.intParam(ctx, "w", 0), ViewerPages.intParam(ctx, "h", 0));
        if (r.isEmpty() || r.x() < 0 || r.y() < 0) {
            throw new IllegalArgumentException("a box needs x, y at least 0 and a positive width and height");
        }
        return r;
    }

    private static int frame(Context ctx, Instance i) {
        int frame = ViewerPages.intParam(ctx, "frame", -1);
        if (frame >= i.frames()) {
            throw new IllegalArgumentException("no such frame");
        }
        return Math.max(-1, frame);
    }
}
