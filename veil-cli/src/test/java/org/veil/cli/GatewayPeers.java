package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.veil.net.PartTenFile;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;
import org.veil.testkit.DcmQrScp;
import org.veil.testkit.Tool;

/** The gateway's tests' peers on loopback: dcmtk storescp as destination, the gateway as a child JVM, corpus files. */
final class GatewayPeers {
    /** The storescu option that proposes each transfer syntax (storescu proposes compressed ones only when told). */
    static final Map<String, String> STORESCU_PROPOSAL = Map.ofEntries(
            Map.entry("1.2.840.10008.1.2", "-xi"), Map.entry("1.2.840.10008.1.2.1", "-xe"),
            Map.entry("1.2.840.10008.1.2.2", "-xb"), Map.entry("1.2.840.10008.1.2.1.99", "-xd"),
            Map.entry("1.2.840.10008.1.2.4.50", "-xy"), Map.entry("1.2.840.10008.1.2.4.51", "-xx"),
            Map.entry("1.2.840.10008.1.2.4.70", "-xs"), Map.entry("1.2.840.10008.1.2.4.80", "-xt"),
            Map.entry("1.2.840.10008.1.2.4.81", "-xu"), Map.entry("1.2.840.10008.1.2.4.90", "-xv"),
            Map.entry("1.2.840.10008.1.2.4.91", "-xw"), Map.entry("1.2.840.10008.1.2.5", "-xr"));

    private GatewayPeers() {
    }

    /** dcmtk storescp as {@code ARCHIVE}: every syntax accepted, data sets written as they arrived, unique names. */
    static final class Archive implements AutoCloseable {
        final Process process;
        final int port;
        final Path folder;

        Archive(Path work) throws IOException, InterruptedException {
            this(work, DcmQrScp.freePort());
        }

        Archive(Path work, int port) throws IOException, InterruptedException {
            Tool.require("storescp");
            folder = Files.createDirectories(work.resolve("archive"));
            this.port = port;
            process = new ProcessBuilder("storescp", "-aet", "ARCHIVE", "+xa", "+B", "+uf", "-od",
                    folder.toString(), Integer.toString(port)).redirectErrorStream(true)
                    .redirectOutput(work.resolve("storescp.log").toFile()).start();
            DcmQrScp.waitForPort(port);
        }

        String address() {
            return "ARCHIVE@127.0.0.1:" + port;
        }

        List<Path> files() throws IOException {
            try (Stream<Path> s = Files.list(folder)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            }
        }

        /** Waits up to two minutes until {@code n} files arrived. */
        List<Path> await(int n) throws IOException, InterruptedException {
            for (int i = 0; i < 1200 && files().size() < n; i++) {
                Thread.sleep(100);
            }
            return files();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code veil gateway} in a child JVM with the test key; the port is free and listened on when this returns. */
    static final class Child implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        Child(Path work, Path key, String... extra) throws IOException, InterruptedException {
            this(work, key, DcmQrScp.freePort(), extra);
        }

        Child(Path work, Path key, int port, String... extra) throws IOException, InterruptedException {
            this.port = port;
            this.log = work.resolve("gateway.log");
            List<String> args = new ArrayList<>(List.of("gateway", "--ae", "VEIL", "--bind", "127.0.0.1", "--port",
                    Integer.toString(port)));
            args.addAll(List.of(extra));
            process = ChildVeil.start(log, Map.of(RunKey.TEST_KEY_FILE, key.toString()), args.toArray(String[]::new));
            for (int i = 0; i < 300 && process.isAlive() && !log().contains("listening as"); i++) {
                Thread.sleep(100);
            }
            assertTrue(log().contains("listening as"), log());
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        /** SIGTERM, as a service manager stops it; returns the exit code. */
        int stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the gateway did not stop on SIGTERM");
            return process.exitValue();
        }

        /** kill -9: no shutdown hook, no flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }

    /** Runs storescu to the gateway; true when every store succeeded. */
    static Tool.Result storescu(int port, String callingAe, List<String> options, List<Path> files) {
        List<String> cmd = new ArrayList<>(List.of("storescu", "-aet", callingAe, "-aec", "VEIL"));
        cmd.addAll(options);
        cmd.addAll(List.of("127.0.0.1", Integer.toString(port)));
        files.forEach(f -> cmd.add(f.toString()));
        return Tool.run(Duration.ofSeconds(300), cmd);
    }

    /**
     * Corpus files storescu can send, at most {@code perSyntax} per transfer syntax it can propose, each SOP instance
     * once, readable by dcmtk (which parses what it sends).
     */
    static List<PartTenFile> corpus(int perSyntax) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> instances = new HashSet<>();
        List<PartTenFile> out = new ArrayList<>();
        for (CorpusFile f : Corpus.files(f -> !f.malformed())) {
            String ts = f.transferSyntaxUid();
            if (ts == null || !STORESCU_PROPOSAL.containsKey(ts) || counts.getOrDefault(ts, 0) >= perSyntax) {
                continue;
            }
            PartTenFile p;
            try {
                p = PartTenFile.of(f.path());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (p.transferSyntax().equals(ts) && !p.sopClass().equals("1.2.840.10008.1.3.10")
                    && instances.add(p.sopInstance())
                    && Tool.run(Duration.ofSeconds(30), "dcmdump", "-q", "+E", f.path().toString()).ok()) {
                counts.merge(ts, 1, Integer::sum);
                out.add(p);
            }
        }
        return out;
    }
}
