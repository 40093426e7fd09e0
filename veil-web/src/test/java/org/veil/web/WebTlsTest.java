package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.testkit.Tool;

/** The TLS option: HTTPS with the keystore's key, no plain HTTP on the port, Secure session cookies. */
class WebTlsTest {
    private static final String PASSWORD = "keystore-pass";

    @TempDir
    Path tmp;

    @Test
    void tls_servesHttpsOnly_andCookiesAreSecure() throws Exception {
        Path ks = tmp.resolve("web.p12");
        Tool.Result k = Tool.run(Duration.ofMinutes(1), "keytool", "-genkeypair", "-alias", "web", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", PASSWORD);
        assertTrue(Files.exists(ks), "keytool made the keystore: " + k);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Review.users(RunPaths.of(out)).put("rita", Role.REVIEWER, "correct horse 42".toCharArray());
        try (WebServer server = WebServer.start(Review.open(out, null), "127.0.0.1", 0,
                new WebServer.Tls(ks, PASSWORD.toCharArray()))) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(ks))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "https://127.0.0.1:" + server.port();
            HttpResponse<String> anon = https.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, anon.statusCode());
            HttpResponse<String> signIn = https.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=rita&password=correct+horse+42")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly"), cookie);
            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/signin")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static SSLContext trusting(Path ks) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
