package org.veil.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Signed-in sessions in memory: a random session id (the cookie) maps to the user and a CSRF token. */
public final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session. */
    public record Session(String user, Role role, String csrf, Instant lastSeen) {
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session; returns its id. */
    public String start(String user, Role role) {
        String id = token();
        byId.put(id, new Session(user, role, token(), clock.instant()));
        return id;
    }

    /** The live session for a cookie value (touching it), or empty. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.user(), s.role(), s.csrf(), now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
