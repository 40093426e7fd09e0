package org.veil.net;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/** A storage SCP on a free loopback port with a spool folder, and helpers shared by the network tests. */
final class NetFixture implements AutoCloseable {
    final DicomServer server;
    final SpoolStorage spool;
    final int port;

    NetFixture(Path spoolDir, Set<String> callers, int maxAssociations, NetOptions options) throws IOException {
        spool = new SpoolStorage(spoolDir);
        server = new DicomServer(options, AcceptPolicy.storage(options.aeTitle(), callers), spool, maxAssociations);
        port = server.start(InetAddress.getLoopbackAddress(), 0);
    }

    static NetFixture start(Path spoolDir) throws IOException {
        return new NetFixture(spoolDir, Set.of(), 8, NetOptions.of("VEIL"));
    }

    RemoteAe remote() {
        return new RemoteAe("VEIL", "127.0.0.1", port);
    }

    List<Path> spooled() throws IOException {
        try (Stream<Path> s = Files.list(spool.folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
        }
    }

    List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(spool.folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /**
     * Corpus files that are Part 10 with a group length, up to two per transfer syntax, each SOP instance once (the
     * network moves them as they are).
     */
    static synchronized List<PartTenFile> onePerSyntax() {
        if (selection == null) {
            selection = select();
        }
        return selection;
    }

    private static List<PartTenFile> selection;

    private static List<PartTenFile> select() {
        java.util.Map<String, Integer> perSyntax = new java.util.HashMap<>();
        Set<String> instances = new java.util.HashSet<>();
        List<PartTenFile> out = new java.util.ArrayList<>();
        for (CorpusFile f : Corpus.files(f -> !f.malformed())) {
            if (perSyntax.getOrDefault(f.transferSyntaxUid(), 0) >= 2) {
                continue;
            }
            PartTenFile p;
            try {
                p = PartTenFile.of(f.path());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (p.dataSetOffset() > 0 && !p.sopClass().equals("1.2.840.10008.1.3.10") && dcmtkReads(f.path())
                    && perSyntax.getOrDefault(p.transferSyntax(), 0) < 2 && instances.add(p.sopInstance())) {
                perSyntax.merge(p.transferSyntax(), 1, Integer::sum);
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** dcmtk's peers parse what they receive; files dcmdump cannot read would fail there, not in Veil. */
    private static boolean dcmtkReads(Path file) {
        if (!org.veil.testkit.Tool.available("dcmdump")) {
            return true;
        }
        return org.veil.testkit.Tool.run(Duration.ofSeconds(30), "dcmdump", "-q", "+E", file.toString()).ok();
    }

    static int freePort() throws IOException {
        return org.veil.testkit.DcmQrScp.freePort();
    }

    static Duration seconds(int n) {
        return Duration.ofSeconds(n);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
