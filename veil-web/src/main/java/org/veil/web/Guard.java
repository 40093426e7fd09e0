package org.veil.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Runs before every request: only the sign-in page is open; every other page redirects to it and every API answers
 * 401 without a live session; every change (POST) needs the session's CSRF token (form field {@code csrf} or header
 * {@code X-CSRF-Token}), else 403; changes need the reviewer role.
 */
final class Guard {
    static final String COOKIE = "veil_session";
    static final String SESSION = "session";

    private final Sessions sessions;
    private final boolean tls;

    Guard(Sessions sessions, boolean tls) {
        this.sessions = sessions;
        this.tls = tls;
    }

    void check(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "frame-ancestors 'none'; form-action 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        String path = ctx.path();
        if (path.equals("/signin")) {
            return;
        }
        Sessions.Session s = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (s == null) {
            if (path.startsWith("/api/") || !"GET".equals(ctx.method().name())) {
                throw new UnauthorizedResponse("sign in first");
            }
            ctx.redirect("/signin", HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SESSION, s);
        if (!"GET".equals(ctx.method().name())) {
            String token = ctx.header("X-CSRF-Token");
            if (token == null) {
                token = ctx.formParam("csrf");
            }
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    s.csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("missing or wrong CSRF token");
            }
            if (!path.equals("/signout") && s.role() != Role.REVIEWER) {
                throw new ForbiddenResponse("only a reviewer may change the review");
            }
        }
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure under TLS. */
    void signIn(Context ctx, String id) {
        ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    }

    void signOut(Context ctx) {
        sessions.end(ctx.cookie(COOKIE));
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    }

    static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }
}
