package org.veil.broker.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.veil.testkit.Ci;
import org.veil.testkit.Tool;

/**
 * A throwaway PostgreSQL server for tests: initdb in a temporary folder, started with pg_ctl on a free loopback
 * port with trust authentication, stopped and deleted on close. Binaries come from {@code VEIL_PG_BINDIR}, else the
 * newest {@code /usr/lib/postgresql/N/bin} (Debian package {@code postgresql}), else the PATH. As root, the server
 * runs as the {@code postgres} user through {@code runuser}, since PostgreSQL refuses to run as root.
 *
 * <p>Where no server can be started the test is skipped with the reason, except on CI where it fails.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private final Path binDir;
    private final Path dir;
    private final int port;
    private final List<String> asUser;

    private PostgresServer(Path binDir, Path dir, int port, List<String> asUser) {
        this.binDir = binDir;
        this.dir = dir;
        this.port = port;
        this.asUser = asUser;
    }

    /** Starts a server, or skips the calling test (fails it on CI) with the reason. */
    public static PostgresServer startOrSkip() {
        Optional<Path> bin = binDir();
        if (bin.isEmpty()) {
            return unavailable("PostgreSQL binaries not found (Debian: apt-get install postgresql,"
                    + " or set VEIL_PG_BINDIR)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !Tool.available("runuser")) {
            return unavailable("running as root without runuser; PostgreSQL refuses to run as root");
        }
        try {
            Path dir = Files.createTempDirectory("veil-pg");
            List<String> asUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            PostgresServer server = new PostgresServer(bin.get(), dir, freePort(), asUser);
            server.start();
            return server;
        } catch (IOException | IllegalStateException e) {
            return unavailable("cannot start PostgreSQL: " + e.getMessage());
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", "veil");
        return p;
    }

    @Override
    public void close() throws IOException {
        try {
            run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void start() {
        run("initdb", "-D", data(), "-U", "veil", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        run("pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>(asUser);
        command.add(binDir.resolve(program).toString());
        command.addAll(List.of(arguments));
        Tool.Result result = Tool.run(TIMEOUT, command);
        if (!result.ok()) {
            throw new IllegalStateException(program + " exited with " + result.exitCode() + ": "
                    + result.stderr().strip());
        }
    }

    private static Optional<Path> binDir() {
        String override = System.getenv("VEIL_PG_BINDIR");
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(p -> Files.isExecutable(p.resolve("initdb")));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(p -> Files.isExecutable(p.resolve("initdb")))
                        .max(Comparator.comparingInt(PostgresServer::version));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> Files.isExecutable(p.resolve("initdb"))).findFirst();
    }

    private static int version(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static PostgresServer unavailable(String reason) {
        if (Ci.active()) {
            throw new IllegalStateException(reason + " (required on CI)");
        }
        Assumptions.abort(reason);
        return null;
    }
}
