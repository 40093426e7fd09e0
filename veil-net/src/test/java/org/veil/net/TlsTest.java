package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.pdu.PresentationContext;
import org.veil.testkit.Tool;

/** Associations over mutual TLS: a trusted peer echoes; a plain TCP peer and an untrusted certificate get nowhere. */
class TlsTest {
    private static final char[] PASSWORD = "changeit-test".toCharArray();

    @TempDir
    Path dir;

    private Path keyPair(String name) {
        Path ks = dir.resolve(name + ".p12");
        Tool.Result r = Tool.run(Duration.ofSeconds(60), "keytool", "-genkeypair", "-alias", name, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", new String(PASSWORD));
        assertTrue(r.ok(), r.stderr());
        return ks;
    }

    private Path trustStoreOf(Path keyStore, String name) {
        Path cert = dir.resolve(name + ".cer");
        Path ts = dir.resolve(name + "-trust.p12");
        assertTrue(Tool.run(Duration.ofSeconds(60), "keytool", "-exportcert", "-alias", name, "-keystore",
                keyStore.toString(), "-storepass", new String(PASSWORD), "-file", cert.toString()).ok());
        assertTrue(Tool.run(Duration.ofSeconds(60), "keytool", "-importcert", "-noprompt", "-alias", name, "-file",
                cert.toString(), "-storetype", "PKCS12", "-keystore", ts.toString(), "-storepass",
                new String(PASSWORD)).ok());
        return ts;
    }

    @Test
    void mutualTls_echo_andRefusals() throws Exception {
        Tool.require("keytool");
        Path server = keyPair("gateway");
        Path client = keyPair("modality");
        Path stranger = keyPair("stranger");
        SSLContext serverCtx = Tls.context(server, PASSWORD, trustStoreOf(client, "modality"), PASSWORD);
        Path trustsGateway = trustStoreOf(server, "gateway");
        SSLContext clientCtx = Tls.context(client, PASSWORD, trustsGateway, PASSWORD);
        SSLContext strangerCtx = Tls.context(stranger, PASSWORD, trustsGateway, PASSWORD);
        NetOptions options = NetOptions.of("VEIL").withArtimTimeout(Duration.ofSeconds(3));
        try (DicomServer scp = new DicomServer(options, AcceptPolicy.storage("VEIL", Set.of()),
                new SpoolStorage(dir.resolve("spool")), 2, Tls.serverSockets(serverCtx))) {
            int port = scp.start(InetAddress.getLoopbackAddress(), 0);
            RemoteAe peer = new RemoteAe("VEIL", "127.0.0.1", port);
            List<PresentationContext> echo = List.of(new PresentationContext(1, AcceptPolicy.VERIFICATION,
                    List.of("1.2.840.10008.1.2")));
            try (Association a = new Requestor(NetOptions.of("MODALITY"), clientCtx.getSocketFactory())
                    .open(peer, echo)) {
                assertEquals(0, new DimseClient(a).echo());
                a.release();
            }
            NetOptions quick = NetOptions.of("PLAIN").withArtimTimeout(Duration.ofSeconds(3));
            assertThrows(AssociationException.class, () -> new Requestor(quick).open(peer, echo));
            assertThrows(java.io.IOException.class, () -> new Requestor(quick, strangerCtx.getSocketFactory())
                    .open(peer, echo));
        }
    }
}
