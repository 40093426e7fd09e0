package org.veil.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Local users of the review, one line each in {@code users.tsv} (mode 600): name, role and a bcrypt hash (cost 12) of
 * the password. Passwords are never stored or logged.
 */
public final class WebUsers {
    private static final int COST = 12;
    /** A hash to compare against when the user is unknown, so a wrong name costs as much time as a wrong password. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "x".toCharArray());

    /** One user. */
    public record User(String name, Role role, String hash) {
    }

    private final Path file;

    public WebUsers(Path file) {
        this.file = file;
    }

    /** Adds or replaces a user. */
    public synchronized void put(String name, Role role, char[] password) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a user name has 1 to 64 letters, digits, dots, dashes or underscores");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        Map<String, User> users = read();
        users.put(name, new User(name, role, BCrypt.withDefaults().hashToString(COST, password)));
        write(users);
    }

    /** The user if the name and password match. */
    public Optional<User> check(String name, char[] password) throws IOException {
        User u = read().get(name);
        String hash = u == null ? DUMMY : u.hash();
        boolean ok = BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
        return ok && u != null ? Optional.of(u) : Optional.empty();
    }

    Map<String, User> read() throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return users;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                users.put(f[0], new User(f[0], Role.parse(f[1]), f[2]));
            }
        }
        return users;
    }

    private void write(Map<String, User> users) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder b = new StringBuilder();
        for (User u : users.values()) {
            b.append(u.name()).append('\t').append(u.role().label()).append('\t').append(u.hash()).append('\n');
        }
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
