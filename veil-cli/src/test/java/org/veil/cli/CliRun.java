package org.veil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code veil} command line in this JVM and keeps what it printed, for tests. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Veil.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
