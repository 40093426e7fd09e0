package org.veil.web;

import static org.veil.web.Html.esc;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** The study view (series with thumbnails, status, approve and hold) and the decisions on a study. */
final class StudyPages {
    static final String CONFIRM = "restored-text-harmless";
    private final Review review;

    StudyPages(Review review) {
        this.review = review;
    }

    private List<Instance> study(Context ctx) {
        List<Instance> study = review.delivery().study(ctx.pathParam("uid"));
        if (study.isEmpty()) {
            throw new NotFoundResponse("no such study");
        }
        return study;
    }

    void show(Context ctx) {
        Sessions.Session s = Guard.session(ctx);
        String uid = ctx.pathParam("uid");
        List<Instance> study = study(ctx);
        Map<String, List<Instance>> series = new LinkedHashMap<>();
        for (Instance i : study) {
            series.computeIfAbsent(i.series(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder b = new StringBuilder("<p>status: <b id=\"status\">")
                .append(review.decisions().of(uid).label()).append("</b></p>");
        int left = restored(study);
        if (left > 0) {
            b.append("<p id=\"warning\" style=\"color:#b00\">").append(left).append(" image(s) still show text, by "
                    + "the second pass, in areas a reviewer gave back (see their viewers).</p>");
        }
        if (s.role() == Role.REVIEWER) {
            for (String action : List.of("approve", "hold")) {
                b.append("<form method=\"post\" action=\"/study/").append(esc(uid)).append('/').append(action)
                        .append("\" style=\"display:inline\">").append(Html.csrfField(s.csrf()));
                if (left > 0 && action.equals("approve")) {
                    b.append("<label><input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\""
                            + CONFIRM + "\"> I checked the text in the given-back areas: it is harmless</label> ");
                }
                b.append("<button id=\"").append(action).append("\">").append(action).append("</button></form> ");
            }
        }
        for (Map.Entry<String, List<Instance>> e : series.entrySet()) {
            b.append("<h2>Series ").append(esc(e.getKey())).append("</h2><div class=\"series\">");
            for (Instance i : e.getValue()) {
                b.append("<a class=\"instance\" href=\"/instance/").append(i.id()).append("\"><img alt=\"")
                        .append(esc(i.modality())).append("\" width=\"128\" src=\"/api/instance/").append(i.id())
                        .append("/png?frame=0\"></a> ");
            }
            b.append("</div>");
        }
        ctx.html(Html.page("Study " + uid, s.user(), s.csrf(), b.toString()));
    }

    private int restored(List<Instance> study) {
        return (int) study.stream().filter(i -> !review.restoredText().of(i.id()).isEmpty()).count();
    }

    /** Approve or hold, one decision at a time with the box and text decisions (locked on the {@link Review}). */
    void decide(Context ctx, StudyStatus status) throws IOException {
        synchronized (review) {
            decideLocked(ctx, status);
        }
    }

    private void decideLocked(Context ctx, StudyStatus status) throws IOException {
        Sessions.Session s = Guard.session(ctx);
        String uid = ctx.pathParam("uid");
        List<Instance> study = study(ctx);
        int left = restored(study);
        if (status == StudyStatus.APPROVED && left > 0 && !CONFIRM.equals(ctx.formParam("confirm"))) {
            throw new ConflictResponse(left + " image(s) of the study still show text in areas a reviewer gave "
                    + "back; confirm that it is harmless to approve");
        }
        review.audit().record(s.user(), status == StudyStatus.APPROVED ? "approve-study" : "hold-study", uid,
                status.label() + " study of " + study.size() + " instance(s)" + (status == StudyStatus.APPROVED
                && left > 0 ? ", confirming the text left in " + left + " image(s) is harmless" : ""));
        review.decisions().set(uid, status);
        if (status == StudyStatus.APPROVED) {
            int n = new Release(review.paths().out(), review.paths().release()).copy(study);
            review.audit().record(s.user(), "release-study", uid, "released " + n + " instance(s)");
        }
        ctx.redirect("/study/" + uid);
    }
}
