package org.veil.broker.linkage;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps the server that H2 starts for a shared store file ({@code AUTO_SERVER}) on the loopback interface. H2 opens
 * that server to other hosts and binds it to every interface unless the JVM-wide {@code h2.bindAddress} names one;
 * H2 reads that property once, when its settings class loads. Veil sets it to 127.0.0.1 before the first H2 store
 * opens, and refuses to share a file when it was already set to something else (by the embedding program, or by an
 * H2 use that came first): the linkage store never listens on the network.
 */
final class LoopbackServer {
    private static final String PROPERTY = "h2.bindAddress";

    private LoopbackServer() {
    }

    /**
     * Makes sure H2 binds its servers to loopback.
     *
     * @throws LinkageException when H2 is already set to bind elsewhere
     */
    static synchronized void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "127.0.0.1");
        }
        String bound = org.h2.engine.SysProperties.BIND_ADDRESS;
        if (!isLoopback(bound)) {
            throw new LinkageException("the linkage store file cannot be shared between runs here: H2 is set to "
                    + "serve it on " + (bound == null ? "every network interface" : bound) + " instead of the "
                    + "loopback interface (remove -Dh2.bindAddress, or use PostgreSQL with --linkage)");
        }
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
