package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.keys.TokenPin;
import org.veil.testkit.Tool;

/**
 * {@code veil} in a child JVM on a pseudo-terminal (util-linux {@code script}), so that it has a console: every time
 * it prints the prompt, the answer is typed (after the prompt, with echo off, as a person would). Counts the prompts.
 */
final class ConsoleVeil {
    /** The exit code, how often the prompt was printed, and everything printed on the terminal. */
    record Result(int exit, int prompts, String terminal) {
    }

    private ConsoleVeil() {
    }

    /** Runs {@code veil args...} with no secret in the environment, answering {@code prompt} with {@code answer}. */
    static Result run(String prompt, String answer, String... args) throws IOException, InterruptedException {
        Tool.require("script");
        String command = ChildVeil.command(List.of(), args).stream().map(ConsoleVeil::quoted)
                .collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true);
        pb.environment().remove(RunKey.TEST_KEY_FILE);
        pb.environment().remove(PasswordSource.ENVIRONMENT_VARIABLE);
        pb.environment().remove(TokenPin.ENVIRONMENT_VARIABLE);
        Process p = pb.start();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int prompts = answer(p.getInputStream(), p.getOutputStream(), seen, prompt, answer);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "veil on a terminal timed out");
        return new Result(p.exitValue(), prompts, seen.toString(StandardCharsets.UTF_8));
    }

    /** Reads the terminal to its end, typing the answer after each new prompt; returns the number of prompts. */
    private static int answer(InputStream terminal, OutputStream keyboard, ByteArrayOutputStream seen, String prompt,
                              String answer) throws IOException {
        int prompts = 0;
        byte[] buffer = new byte[8192];
        for (int n = terminal.read(buffer); n >= 0; n = terminal.read(buffer)) {
            seen.write(buffer, 0, n);
            String text = seen.toString(StandardCharsets.UTF_8);
            int count = (text.length() - text.replace(prompt, "").length()) / prompt.length();
            for (; prompts < count; prompts++) {
                keyboard.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            }
        }
        return prompts;
    }

    private static String quoted(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
