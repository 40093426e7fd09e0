package org.veil.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for DICOM associations (PS3.15 Annex B, the TLS secure transport connection profiles): TLS 1.2 or 1.3, this
 * end's key and certificate from a PKCS#12 keystore, the peers it trusts from a trust store, and on the acceptor's
 * side a client certificate required (mutual authentication, as the BCP 195 profile expects of DICOM nodes).
 */
public final class Tls {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private Tls() {
    }

    /** An SSL context from a PKCS#12 key store and a PKCS#12 trust store (passwords never from a command line). */
    public static SSLContext context(Path keyStore, char[] keyPassword, Path trustStore, char[] trustPassword)
            throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore, keyPassword), keyPassword);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore, trustPassword));
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS from " + keyStore + " and " + trustStore + ": "
                    + e.getMessage(), e);
        }
    }

    /** Server sockets that speak TLS 1.2/1.3 only and require the peer's certificate. */
    public static SSLServerSocketFactoryWrapper serverSockets(SSLContext ctx) {
        return new SSLServerSocketFactoryWrapper(ctx.getServerSocketFactory());
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    /** Configures every server socket it creates for mutual TLS 1.2/1.3. */
    public static final class SSLServerSocketFactoryWrapper extends javax.net.ServerSocketFactory {
        private final SSLServerSocketFactory inner;

        SSLServerSocketFactoryWrapper(SSLServerSocketFactory inner) {
            this.inner = inner;
        }

        private java.net.ServerSocket configure(java.net.ServerSocket s) {
            SSLServerSocket ssl = (SSLServerSocket) s;
            SSLParameters p = ssl.getSSLParameters();
            p.setProtocols(PROTOCOLS);
            p.setNeedClientAuth(true);
            ssl.setSSLParameters(p);
            return ssl;
        }

        @Override
        public java.net.ServerSocket createServerSocket() throws IOException {
            return configure(inner.createServerSocket());
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) throws IOException {
            return configure(inner.createServerSocket(port));
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
            return configure(inner.createServerSocket(port, backlog));
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress bind)
                throws IOException {
            return configure(inner.createServerSocket(port, backlog, bind));
        }
    }
}
