package org.veil.web;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code veil web [--port N] [--bind ADDRESS] [--input IN] [--tls-keystore FILE] OUT} serves the review of the
 * delivery in OUT (127.0.0.1:8080 by default; the keystore password comes from {@code VEIL_WEB_KEYSTORE_PASSWORD});
 * {@code veil web user add --run OUT NAME --role reviewer|viewer} adds a user (password from
 * {@code VEIL_WEB_PASSWORD} or a prompt).
 */
public final class WebMain {
    static final int USAGE = 2;

    private WebMain() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args, System.getenv(), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the exit code, or -1 when a server was started and runs until the JVM stops. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws Exception {
        try {
            if (args.length >= 2 && args[0].equals("user") && args[1].equals("add")) {
                return addUser(List.of(args).subList(2, args.length), env, out);
            }
            return serve(List.of(args), env, out);
        } catch (IllegalArgumentException e) {
            err.println("veil web: " + e.getMessage());
            err.println("usage: veil web [--port N] [--bind ADDRESS] [--input IN] [--tls-keystore FILE] OUT\n"
                    + "       veil web user add --run OUT NAME --role reviewer|viewer");
            return USAGE;
        }
    }

    private static int addUser(List<String> args, Map<String, String> env, PrintStream out) throws Exception {
        Options o = Options.parse(args);
        if (o.run == null || o.rest.size() != 1 || o.role == null) {
            throw new IllegalArgumentException("user add needs --run OUT, a NAME and --role");
        }
        Role role = Role.parse(o.role);
        char[] password = password(env);
        Review.users(RunPaths.of(Path.of(o.run))).put(o.rest.get(0), role, password);
        java.util.Arrays.fill(password, '\0');
        out.println("veil web: user " + o.rest.get(0) + " (" + role.label() + ") saved");
        return 0;
    }

    private static char[] password(Map<String, String> env) {
        String p = env.get("VEIL_WEB_PASSWORD");
        if (p != null) {
            return p.toCharArray();
        }
        Console c = System.console();
        if (c == null) {
            throw new IllegalArgumentException("set VEIL_WEB_PASSWORD or run in a terminal to be asked");
        }
        char[] a = c.readPassword("password: ");
        char[] b = c.readPassword("again: ");
        if (a == null || !java.util.Arrays.equals(a, b)) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return a;
    }

    private static int serve(List<String> args, Map<String, String> env, PrintStream out) throws Exception {
        Options o = Options.parse(args);
        if (o.rest.size() != 1) {
            throw new IllegalArgumentException("give exactly one delivery folder OUT");
        }
        WebServer.Tls tls = null;
        if (o.keystore != null) {
            String pw = env.get("VEIL_WEB_KEYSTORE_PASSWORD");
            if (pw == null) {
                throw new IllegalArgumentException("--tls-keystore needs VEIL_WEB_KEYSTORE_PASSWORD");
            }
            tls = new WebServer.Tls(Path.of(o.keystore), pw.toCharArray());
        }
        Review review = Review.open(Path.of(o.rest.get(0)), o.input == null ? null : Path.of(o.input));
        WebServer server = WebServer.start(review, o.bind, o.port, tls);
        out.println("veil web: serving the review on " + (tls == null ? "http" : "https") + "://" + o.bind + ":"
                + server.port() + "/ (stop with Ctrl-C)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return -1;
    }

    /** The parsed options. */
    static final class Options {
        int port = 8080;
        String bind = "127.0.0.1";
        String input;
        String keystore;
        String run;
        String role;
        final List<String> rest = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--") && i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--port" -> o.port = port(args.get(++i));
                    case "--bind" -> o.bind = args.get(++i);
                    case "--input" -> o.input = args.get(++i);
                    case "--tls-keystore" -> o.keystore = args.get(++i);
                    case "--run" -> o.run = args.get(++i);
                    case "--role" -> o.role = args.get(++i);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        o.rest.add(a);
                    }
                }
            }
            return o;
        }

        private static int port(String v) {
            try {
                int p = Integer.parseInt(v);
                if (p >= 0 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // falls through to the sentence below
            }
            throw new IllegalArgumentException("--port must be a number from 0 to 65535");
        }
    }
}
