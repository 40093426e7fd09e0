package org.veil.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orthanc (Debian package {@code orthanc}) as a PACS for tests: its own temporary configuration, DICOM and HTTP on
 * free loopback ports, storage in the work folder, no remote access, no plugins, no authentication (loopback only).
 * It accepts C-STORE, C-FIND and C-MOVE from anyone and knows the move destinations it is given. Closing it stops
 * the process.
 */
public final class Orthanc implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("\"([0-9a-f]{8}-[0-9a-f-]+)\"");

    private final Process process;
    private final String aeTitle;
    private final int dicomPort;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Orthanc(Process process, String aeTitle, int dicomPort, int httpPort) {
        this.process = process;
        this.aeTitle = aeTitle;
        this.dicomPort = dicomPort;
        this.httpPort = httpPort;
    }

    /** Starts Orthanc as {@code aeTitle} in {@code work}, able to move to {@code destinations} (AE to loopback port). */
    public static Orthanc start(Path work, String aeTitle, Map<String, Integer> destinations)
            throws IOException, InterruptedException {
        Tool.require("Orthanc");
        Path root = Files.createDirectories(work);
        int dicom = DcmQrScp.freePort();
        int web = DcmQrScp.freePort();
        StringBuilder modalities = new StringBuilder();
        destinations.forEach((ae, port) -> modalities.append(modalities.length() == 0 ? "" : ",\n")
                .append("    \"").append(ae.toLowerCase()).append("\": [\"").append(ae).append("\", \"127.0.0.1\", ")
                .append(port).append("]"));
        Path config = root.resolve("orthanc.json");
        Files.writeString(config, "{\n"
                + "  \"Name\": \"veil-test\",\n"
                + "  \"StorageDirectory\": \"" + json(root.resolve("storage")) + "\",\n"
                + "  \"IndexDirectory\": \"" + json(root.resolve("index")) + "\",\n"
                + "  \"StorageCompression\": false,\n"
                + "  \"Plugins\": [],\n"
                + "  \"HttpServerEnabled\": true,\n"
                + "  \"HttpPort\": " + web + ",\n"
                + "  \"RemoteAccessAllowed\": false,\n"
                + "  \"AuthenticationEnabled\": false,\n"
                + "  \"SslEnabled\": false,\n"
                + "  \"DicomServerEnabled\": true,\n"
                + "  \"DicomAet\": \"" + aeTitle + "\",\n"
                + "  \"DicomPort\": " + dicom + ",\n"
                + "  \"DicomCheckCalledAet\": true,\n"
                + "  \"DicomAlwaysAllowEcho\": true,\n"
                + "  \"DicomAlwaysAllowStore\": true,\n"
                + "  \"DicomAlwaysAllowFind\": true,\n"
                + "  \"DicomAlwaysAllowMove\": true,\n"
                + "  \"DicomModalities\": {\n" + modalities + "\n  },\n"
                + "  \"OrthancPeers\": {},\n"
                + "  \"ConcurrentJobs\": 1,\n"
                + "  \"SaveJobs\": false\n"
                + "}\n");
        Process p = new ProcessBuilder("Orthanc", config.toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("orthanc.log").toFile()).start();
        Orthanc o = new Orthanc(p, aeTitle, dicom, web);
        try {
            DcmQrScp.waitForPort(web);
            DcmQrScp.waitForPort(dicom);
        } catch (IOException e) {
            o.close();
            throw new IOException("Orthanc did not start: " + Files.readString(root.resolve("orthanc.log")), e);
        }
        return o;
    }

    public String aeTitle() {
        return aeTitle;
    }

    public int dicomPort() {
        return dicomPort;
    }

    /** {@code AE@127.0.0.1:port}. */
    public String address() {
        return aeTitle + "@127.0.0.1:" + dicomPort;
    }

    /** The ids Orthanc's REST API lists under {@code /instances}. */
    public List<String> instances() throws IOException, InterruptedException {
        return ids(get("/instances"));
    }

    /** A REST resource's JSON as text, e.g. {@code /instances/<id>/simplified-tags}. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Orthanc answered " + r.statusCode() + " to GET " + path);
        }
        return r.body();
    }

    /** Waits up to a minute until Orthanc lists {@code n} instances; returns what it lists then. */
    public List<String> awaitInstances(int n) throws IOException, InterruptedException {
        List<String> ids = instances();
        for (int i = 0; i < 600 && ids.size() < n; i++) {
            Thread.sleep(100);
            ids = instances();
        }
        return ids;
    }

    private static List<String> ids(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String json(Path p) {
        return p.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
