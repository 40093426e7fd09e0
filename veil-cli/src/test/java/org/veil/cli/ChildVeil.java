package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code veil} in a separate JVM (a fresh process, as a user would), capturing everything it prints. */
final class ChildVeil {
    private ChildVeil() {
    }

    /** Writes a test key file holding {@code secret} as hex. */
    static Path keyFile(Path dir, byte[] secret) throws IOException {
        Path key = dir.resolve("key.hex");
        Files.writeString(key, HexFormat.of().formatHex(secret));
        return key;
    }

    /**
     * Runs {@code veil args...} to the end with the given environment additions; stdout and stderr go to
     * {@code log} (appended).
     *
     * @return the exit code
     */
    static int run(Path log, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runWith(List.of(), log, env, args);
    }

    /** As {@link #run}, with standard output and standard error kept apart, in {@code out} and {@code err}. */
    static int runApart(Path out, Path err, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(List.of(), args))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
        return finish(pb, Map.of(), args);
    }

    /** Starts {@code veil args...} without waiting; stdout and stderr go to {@code log} (appended). */
    static Process start(Path log, String... args) throws IOException {
        return start(log, Map.of(), args);
    }

    /** Starts {@code veil args...} without waiting (a server, e.g. the gateway), with environment additions. */
    static Process start(Path log, Map<String, String> env, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(List.of(), args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove(RunKey.TEST_KEY_FILE);
        pb.environment().remove("VEIL_KEYSTORE_PASSWORD");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** As {@link #run}, with JVM options such as {@code -Xmx256m}. */
    static int runWith(List<String> jvmOptions, Path log, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(jvmOptions, args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return finish(pb, env, args);
    }

    /** The command line of {@code veil args...} in a fresh JVM with the test class path. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Veil.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static int finish(ProcessBuilder pb, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        pb.environment().remove(RunKey.TEST_KEY_FILE);
        pb.environment().remove("VEIL_KEYSTORE_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "veil " + String.join(" ", args) + " timed out");
        return p.exitValue();
    }
}
