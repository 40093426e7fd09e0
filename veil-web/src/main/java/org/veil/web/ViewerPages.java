package org.veil.web;

import static org.veil.web.Html.esc;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.frame.Rect;

/** The image viewer of one instance, its PNG and box APIs, and the changed attributes. */
final class ViewerPages {
    private final Review review;
    private final FrameRenderer renderer = new FrameRenderer();
    private final BoxEdit boxEdit = new BoxEdit();

    ViewerPages(Review review) {
        this.review = review;
    }

    private Instance instance(Context ctx) {
        return review.delivery().instance(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such image"));
    }

    void show(Context ctx) throws IOException {
        Sessions.Session s = Guard.session(ctx);
        Instance i = instance(ctx);
        boolean original = review.original(i).isPresent();
        StringBuilder b = new StringBuilder("<p><a href=\"/study/").append(esc(i.study())).append("\">back to the study"
                + "</a> | frame <input id=\"frame\" type=\"number\" min=\"0\" max=\"").append(i.frames() - 1)
                .append("\" value=\"0\"> of ").append(i.frames()).append(" | window center <input id=\"center\" "
                        + "type=\"number\" value=\"128\"> width <input id=\"width\" type=\"number\" value=\"256\">"
                        + "</p><div>");
        if (original) {
            b.append("<figure style=\"display:inline-block\"><figcaption>original</figcaption><canvas id=\"original\">"
                    + "</canvas></figure>");
        }
        b.append("<figure style=\"display:inline-block\"><figcaption>result (removed boxes in red, drag to draw a box)"
                + "</figcaption><canvas id=\"result\"></canvas></figure></div>");
        if (s.role() == Role.REVIEWER) {
            b.append("<p>box <input id=\"bx\" size=\"4\"> <input id=\"by\" size=\"4\"> <input id=\"bw\" size=\"4\"> "
                    + "<input id=\"bh\" size=\"4\"> <label><input type=\"checkbox\" id=\"allframes\" checked> all frames"
                    + "</label> <button id=\"apply\">Remove this box and re-run the pixel step</button> "
                    + "<span id=\"message\"></span></p>");
        }
        b.append(attributes(i, s.role()));
        b.append("<div id=\"viewer\" data-id=\"").append(i.id()).append("\" data-original=\"").append(original)
                .append("\"></div><script src=\"/viewer.js\"></script>");
        ctx.html(Html.page("Image " + i.id(), s.user(), s.csrf(), b.toString()));
    }

    private String attributes(Instance i, Role role) throws IOException {
        boolean values = role == Role.REVIEWER;
        Optional<Path> original = values ? review.original(i) : Optional.empty();
        DatasetView orig = original.isPresent() ? DatasetView.of(DicomReader.read(original.get()).dataset()) : null;
        StringBuilder b = new StringBuilder("<h2>Changed attributes</h2><table id=\"changes\"><tr><th>attribute</th>"
                + "<th>action</th><th>rule</th>").append(values ? "<th>original value</th>" : "").append("</tr>");
        for (ChangeLines.Change c : review.changes().of(i.name())) {
            b.append("<tr><td>").append(esc(c.path())).append("</td><td>").append(esc(c.action())).append("</td><td>")
                    .append(esc(c.rule())).append("</td>");
            if (values) {
                b.append("<td class=\"original\">").append(esc(originalValue(orig, c.path()))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }

    /** The original value of a top-level attribute, or empty (nested paths and pixel data are not shown). */
    private static String originalValue(DatasetView orig, String path) {
        if (orig == null || !path.matches("\\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\\)") || path.startsWith("(7FE0")) {
            return "";
        }
        int tag = Integer.parseUnsignedInt(path.substring(1, 5) + path.substring(6, 10), 16);
        try {
            String v = orig.string(tag);
            return v == null ? "" : v;
        } catch (RuntimeException e) {
            return "";
        }
    }

    void png(Context ctx, boolean original) throws IOException {
        Instance i = instance(ctx);
        Path file = original ? review.original(i).orElseThrow(() -> new NotFoundResponse("no original")) : i.file();
        int frame = intParam(ctx, "frame", 0);
        if (frame < 0 || frame >= i.frames()) {
            throw new BadRequestResponse("no such frame");
        }
        ctx.contentType("image/png").result(renderer.png(file, frame, intParam(ctx, "center", 128),
                intParam(ctx, "width", 256)));
    }

    void boxes(Context ctx) {
        Instance i = instance(ctx);
        List<Map<String, Integer>> list = new ArrayList<>();
        for (Rect r : review.changes().boxes(i.name())) {
            list.add(Map.of("x", r.x(), "y", r.y(), "w", r.width(), "h", r.height(), "frame", -1, "added", 0));
        }
        for (AddedBoxes.Added a : review.added().of(i.id())) {
            Rect r = a.box();
            list.add(Map.of("x", r.x(), "y", r.y(), "w", r.width(), "h", r.height(), "frame", a.frame(), "added", 1));
        }
        ctx.json(list);
    }

    void addBox(Context ctx) throws IOException {
        Sessions.Session s = Guard.session(ctx);
        Instance i = instance(ctx);
        Rect r = new Rect(intParam(ctx, "x", -1), intParam(ctx, "y", -1), intParam(ctx, "w", 0), intParam(ctx, "h", 0));
        int frame = intParam(ctx, "frame", -1);
        if (frame >= i.frames()) {
            throw new BadRequestResponse("no such frame");
        }
        int changed = boxEdit.apply(i.file(), r, frame);
        review.added().add(i.id(), r, frame);
        review.audit().record(s.user(), "redact-box", i.id(), "box " + r.x() + "," + r.y() + " " + r.width() + "x"
                + r.height() + (frame < 0 ? " on every frame" : " on frame " + frame) + ", " + changed
                + " frame(s) changed");
        if (review.decisions().of(i.study()) == StudyStatus.APPROVED) {
            int n = new Release(review.paths().out(), review.paths().release())
                    .withdraw(review.delivery().study(i.study()));
            review.decisions().set(i.study(), StudyStatus.PENDING);
            review.audit().record(s.user(), "withdraw-study", i.study(), "an image changed after approval: "
                    + n + " released instance(s) withdrawn, the study is pending again");
        }
        ctx.json(Map.of("framesChanged", changed));
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null) {
            v = ctx.formParam(name);
        }
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }
}
