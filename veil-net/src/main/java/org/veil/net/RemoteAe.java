package org.veil.net;

/**
 * A peer written {@code AE@host:port}, as on Veil's command line (e.g. {@code ARCHIVE@10.0.0.5:104}).
 */
public record RemoteAe(String aeTitle, String host, int port) {
    public RemoteAe {
        AeTitle.check(aeTitle);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is 1..65535, got " + port);
        }
    }

    public static RemoteAe parse(String text) {
        int at = text.indexOf('@');
        int colon = text.lastIndexOf(':');
        if (at < 1 || colon < at + 2 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected AE@host:port, got '" + text + "'");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected AE@host:port with a numeric port, got '" + text + "'");
        }
        return new RemoteAe(text.substring(0, at), text.substring(at + 1, colon), port);
    }

    @Override
    public String toString() {
        return aeTitle + "@" + host + ":" + port;
    }
}
