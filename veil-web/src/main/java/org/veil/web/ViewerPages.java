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

    ViewerPages(Review review) {
        this.review = review;
    }

    private Instance instance(Context ctx) {
        return instance(review, ctx);
    }

    static Instance instance(Review review, Context ctx) {
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
        List<Rect> left = review.restoredText().of(i.id());
        if (!left.isEmpty()) {
            b.append("<p id=\"warning\" style=\"color:#b00\">The second pass still detects text in ")
                    .append(left.size()).append(" area(s) a reviewer gave back: ").append(RestoredText.positions(left))
                    .append(". The reviewer's decision stands; approving the study needs a confirmation.</p>");
        }
        if (s.role() == Role.REVIEWER) {
            b.append("<p>box <input id=\"bx\" size=\"4\"> <input id=\"by\" size=\"4\"> <input id=\"bw\" size=\"4\"> "
                    + "<input id=\"bh\" size=\"4\"> <label><input type=\"checkbox\" id=\"allframes\" checked> all frames"
                    + "</label> <button id=\"apply\">Remove this box and re-run the pixel step</button> "
                    + "<button id=\"move\">Move the selected box here</button> "
                    + "<button id=\"delete\">Delete the selected box</button> <span id=\"message\"></span></p>"
                    + "<p>Click a box (or select its row), then drag inside it to move it; drag elsewhere to draw a new box. Moving or deleting a box "
                    + "re-runs the pixel step from the original; deleting a detected box states that its area holds "
                    + "nothing identifying.</p>");
        }
        b.append("<table id=\"boxes\"></table>");
        b.append(attributes(i, s.role()));
        b.append(review.kAnonymity().section(i.name()));
        if (s.role() == Role.REVIEWER) {
            b.append(textValues(i));
        }
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

    /** The text values of the result, and the form that marks one as still holding PHI (reviewers only). */
    private static String textValues(Instance i) throws IOException {
        StringBuilder b = new StringBuilder("<h2>Text values in the result</h2><table id=\"texts\"><tr><th>attribute"
                + "</th><th>delivered value</th></tr>");
        StringBuilder options = new StringBuilder();
        for (Map.Entry<String, String> e : TextMiss.values(i.file()).entrySet()) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"delivered\">")
                    .append(esc(e.getValue())).append("</td></tr>");
            options.append("<option>").append(esc(e.getKey())).append("</option>");
        }
        return b.append("</table><h3>Mark a miss</h3><p>A value above still holds PHI (e.g. a name the cleaner kept): "
                + "give the term; it joins the run's text terms and text cleaning is re-run.</p><p>attribute "
                + "<select id=\"missattr\">").append(options).append("</select> term <input id=\"term\" "
                + "autocomplete=\"off\"> <select id=\"missscope\"><option value=\"instance\">this instance</option>"
                + "<option value=\"study\">the whole study</option></select> <button id=\"miss\">Mark as a miss and "
                + "re-run text cleaning</button> <span id=\"missmessage\"></span></p>").toString();
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
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReviewBox b : review.boxes(i)) {
            if (!b.deleted()) {
                Rect r = b.rect();
                list.add(Map.of("id", b.id(), "x", r.x(), "y", r.y(), "w", r.width(), "h", r.height(), "frame",
                        b.frame(), "excluded", b.excluded(), "added", b.origin() == ReviewBox.Origin.REVIEWER ? 1 : 0,
                        "where", b.frames()));
            }
        }
        ctx.json(list);
    }

    static int intParam(Context ctx, String name, int dflt) {
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
