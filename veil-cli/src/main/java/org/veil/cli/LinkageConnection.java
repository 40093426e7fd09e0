package org.veil.cli;

import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.pseudo.ProjectKey;

/**
 * Opens the linkage store named by a JDBC URL (H2 by default, PostgreSQL for teams). Database credentials come from
 * {@code VEIL_LINKAGE_USER} and {@code VEIL_LINKAGE_PASSWORD}, never from the command line. An H2 file is encrypted
 * under a password derived from the project key, created with mode 600.
 */
final class LinkageConnection {
    private LinkageConnection() {
    }

    static LinkageStore open(String url, ProjectKey key) {
        return LinkageStore.openWithEnvironmentCredentials(url, key);
    }
}
