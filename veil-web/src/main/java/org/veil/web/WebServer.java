package org.veil.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The review server: routes, the {@link Guard} before each of them, and optional TLS from a keystore. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private final Javalin app;

    /** TLS settings: a PKCS#12 or JKS keystore and its password (never from the command line). */
    public record Tls(Path keystore, char[] password) {
    }

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code review} on {@code host:port} (port 0 picks a free one).
     *
     * @param tls TLS settings, or null for plain HTTP
     */
    public static WebServer start(Review review, String host, int port, Tls tls) {
        Sessions sessions = new Sessions(Clock.systemUTC());
        Guard guard = new Guard(sessions, tls != null);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.defaultHost = host;
            config.jetty.defaultPort = port;
            if (tls != null) {
                config.jetty.addConnector((server, http) -> tlsConnector(server, http, tls, host, port));
            }
        });
        routes(app, review, sessions, guard);
        return new WebServer(tls == null ? app.start(host, port) : app.start());
    }

    private static ServerConnector tlsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
                                                Tls tls, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toString());
        ssl.setKeyStorePassword(new String(tls.password()));
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        c.setHost(host);
        c.setPort(port);
        return c;
    }

    private static void routes(Javalin app, Review review, Sessions sessions, Guard guard) {
        OverviewPages overview = new OverviewPages(review);
        StudyPages study = new StudyPages(review);
        ViewerPages viewer = new ViewerPages(review);
        app.before(guard::check);
        app.get("/signin", ctx -> ctx.html(SignInPage.form(null)));
        app.post("/signin", ctx -> SignInPage.submit(ctx, review.users(), sessions, guard));
        app.post("/signout", ctx -> {
            guard.signOut(ctx);
            ctx.redirect("/signin");
        });
        app.get("/", overview::overview);
        app.get("/studies", overview::studies);
        app.get("/quarantine", overview::quarantine);
        app.get("/k-anonymity", overview::kAnonymity);
        app.get("/study/{uid}", study::show);
        app.post("/study/{uid}/approve", ctx -> study.decide(ctx, StudyStatus.APPROVED));
        app.post("/study/{uid}/hold", ctx -> study.decide(ctx, StudyStatus.HELD));
        app.get("/instance/{id}", viewer::show);
        app.get("/viewer.js", WebServer::script);
        app.get("/api/instance/{id}/png", ctx -> viewer.png(ctx, false));
        app.get("/api/instance/{id}/original.png", ctx -> viewer.png(ctx, true));
        app.get("/api/instance/{id}/boxes", viewer::boxes);
        InstanceDecision decision = new InstanceDecision(review);
        BoxDecisions boxes = new BoxDecisions(review);
        app.post("/api/instance/{id}/box", ctx -> decision.run(ctx, boxes::add));
        app.post("/api/instance/{id}/box/{box}/move", ctx -> decision.run(ctx, boxes::move));
        app.post("/api/instance/{id}/box/{box}/delete", ctx -> decision.run(ctx, boxes::delete));
        TextMissDecisions textMiss = new TextMissDecisions(review);
        app.post("/api/instance/{id}/text-miss", ctx -> decision.run(ctx, textMiss::mark));
        app.get("/report", overview::report);
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("a request failed ({}); no detail is logged, it may name files", e.getClass().getSimpleName());
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("the request failed");
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .result(e.getMessage() == null ? "bad request" : e.getMessage()));
    }

    private static void script(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("viewer.js")) {
            ctx.contentType("text/javascript").result(in.readAllBytes());
        }
    }

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
