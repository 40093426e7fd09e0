package org.veil.cli;

import java.util.Arrays;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.keys.PasswordUse;

/**
 * A keystore password or token PIN asked for once per run: the first use reads it from its source (a prompt asks
 * then), later uses get a copy, so a run that opens the project key and then the delivery signing key
 * ({@code veil deid --seal}, {@code veil delivery seal}) prompts once. Callers overwrite the copies they get, as with
 * any source; the remembered secret lives in this run's memory only.
 */
final class RunSecret implements PasswordSource {
    private final PasswordSource source;
    private char[] secret;

    RunSecret(PasswordSource source) {
        this.source = source;
    }

    @Override
    public synchronized char[] password(PasswordUse use) {
        if (secret == null) {
            secret = source.password(use);
        }
        return Arrays.copyOf(secret, secret.length);
    }

    @Override
    public String description() {
        return source.description();
    }
}
