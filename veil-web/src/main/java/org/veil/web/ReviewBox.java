package org.veil.web;

import java.util.Set;
import java.util.TreeSet;
import org.veil.pixel.frame.Rect;

/**
 * One box of an instance as the review knows it: found by the run's text detection or drawn by a reviewer, where it
 * is now, on which frames, and where it first was (to check what a move or a delete gave back).
 *
 * @param id         {@code d1}, {@code d2} ... for detected boxes, {@code r1} ... for reviewers' boxes
 * @param origin     who made it
 * @param rect       where it is now
 * @param frame      the 0-based frame it is on, or -1 for every frame
 * @param excluded   frames of an every-frame box where a reviewer moved or deleted it
 * @param deleted    true when a reviewer deleted it
 * @param first      where it was when the review first knew it
 * @param firstFrame its frame then, or -1
 */
public record ReviewBox(String id, Origin origin, Rect rect, int frame, Set<Integer> excluded, boolean deleted,
                        Rect first, int firstFrame) {
    /** Who made a box. */
    public enum Origin { DETECTOR, REVIEWER }

    public ReviewBox {
        excluded = Set.copyOf(excluded);
    }

    /** A box as first known, on {@code frame} (-1: every frame). */
    static ReviewBox of(String id, Origin origin, Rect rect, int frame) {
        return new ReviewBox(id, origin, rect, frame, Set.of(), false, rect, frame);
    }

    /** True when the box is filled on frame {@code f} now. */
    boolean appliesTo(int f) {
        return !deleted && (frame < 0 ? !excluded.contains(f) : frame == f);
    }

    /** True when the box was filled on frame {@code f} when first known. */
    boolean firstAppliesTo(int f) {
        return firstFrame < 0 || firstFrame == f;
    }

    ReviewBox movedTo(Rect r, int f) {
        return new ReviewBox(id, origin, r, f, Set.of(), false, first, firstFrame);
    }

    ReviewBox without(int f) {
        Set<Integer> e = new TreeSet<>(excluded);
        e.add(f);
        return new ReviewBox(id, origin, rect, frame, e, deleted, first, firstFrame);
    }

    ReviewBox asDeleted() {
        return new ReviewBox(id, origin, rect, frame, excluded, true, first, firstFrame);
    }

    /** The position as the change report and the audit log write it: {@code [x,y wxh]}. */
    static String position(Rect r) {
        return "[" + r.x() + "," + r.y() + " " + r.width() + "x" + r.height() + "]";
    }

    /** The frames as a phrase: {@code every frame}, {@code every frame but 2}, {@code frame 1}. */
    String frames() {
        if (frame >= 0) {
            return "frame " + frame;
        }
        return excluded.isEmpty() ? "every frame" : "every frame but " + String.join(",",
                excluded.stream().map(String::valueOf).toList());
    }
}
