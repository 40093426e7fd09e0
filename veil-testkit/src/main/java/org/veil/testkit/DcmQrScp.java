package org.veil.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * dcmtk's dcmqrscp as a PACS for tests, on a free loopback port: the given files are copied into its database and
 * indexed, and it knows the move destinations it is given. Closing it stops the process.
 */
public final class DcmQrScp implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String aeTitle;

    private DcmQrScp(Process process, int port, String aeTitle) {
        this.process = process;
        this.port = port;
        this.aeTitle = aeTitle;
    }

    /**
     * Starts dcmqrscp as {@code aeTitle} holding {@code files}, able to move to {@code destinations} (AE title to
     * loopback port).
     */
    public static DcmQrScp start(Path work, String aeTitle, List<Path> files, Map<String, Integer> destinations)
            throws IOException, InterruptedException {
        Tool.require("dcmqrscp");
        Tool.require("dcmqridx");
        Path db = Files.createDirectories(work.resolve("qr-db"));
        List<String> index = new ArrayList<>(List.of("dcmqridx", db.toString()));
        int n = 0;
        for (Path f : files) {
            Path copy = db.resolve(String.format("I%05d.dcm", n++));
            Files.copy(f, copy);
            index.add(copy.toString());
        }
        Tool.Result indexed = Tool.run(Duration.ofSeconds(120), index);
        if (!indexed.ok()) {
            throw new IOException("dcmqridx failed: " + indexed.stderr());
        }
        int port = freePort();
        StringBuilder hosts = new StringBuilder();
        destinations.forEach((ae, p) -> hosts.append(ae.toLowerCase()).append(" = (").append(ae)
                .append(", 127.0.0.1, ").append(p).append(")\n"));
        Path config = work.resolve("qr.cfg");
        Files.writeString(config, "NetworkTCPPort = " + port + "\nMaxPDUSize = 16384\nMaxAssociations = 8\n"
                + "HostTable BEGIN\n" + hosts + "HostTable END\nVendorTable BEGIN\nVendorTable END\n"
                + "AETable BEGIN\n" + aeTitle + " " + db + " RW (200, 1024mb) ANY\nAETable END\n");
        Process p = new ProcessBuilder("dcmqrscp", "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("qr.log").toFile()).start();
        waitForPort(port);
        return new DcmQrScp(p, port, aeTitle);
    }

    public int port() {
        return port;
    }

    /** {@code AE@127.0.0.1:port}. */
    public String address() {
        return aeTitle + "@127.0.0.1:" + port;
    }

    /** A free loopback port (free when asked; bind it soon). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits up to 10 s until something listens on the loopback port. */
    public static void waitForPort(int port) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException("nothing listens on port " + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
