package org.veil.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** The sign-in form and its check (the only page open without a session). */
final class SignInPage {
    private SignInPage() {
    }

    static String form(String problem) {
        return Html.page("Sign in", null, null, (problem == null ? "" : "<p id=\"problem\">" + Html.esc(problem)
                + "</p>") + "<form method=\"post\" action=\"/signin\"><p>name <input id=\"name\" name=\"name\" "
                + "autocomplete=\"username\"></p><p>password <input id=\"password\" name=\"password\" type=\"password\" "
                + "autocomplete=\"current-password\"></p><button id=\"signin\">Sign in</button></form>");
    }

    static void submit(Context ctx, WebUsers users, Sessions sessions, Guard guard) throws IOException {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        Optional<WebUsers.User> user = Optional.empty();
        if (name != null && password != null) {
            char[] p = password.toCharArray();
            user = users.check(name, p);
            Arrays.fill(p, '\0');
        }
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED).html(form("Wrong name or password."));
            return;
        }
        guard.signIn(ctx, sessions.start(user.get().name(), user.get().role()));
        ctx.redirect("/");
    }
}
