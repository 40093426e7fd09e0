package org.veil.dicom.charset;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.veil.dicom.VR;
import org.veil.testkit.Ci;
import org.veil.testkit.Tool;

/**
 * pydicom 2.3 as the reference decoder: runs {@code pydicom_text_values.py} on DICOM files and reads back, for
 * every SH, LO, UC, ST, LT, UT and PN element (nested ones included), the effective (0008,0005) value, the raw
 * bytes and pydicom's decoded text. Skips the calling test where python3 with pydicom is missing (fails on CI).
 */
final class PydicomOracle {
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";

    /** One text element as pydicom reads it. {@code text} is pydicom's presentation, see {@link #present}. */
    record Value(String file, String path, VR vr, String characterSet, byte[] raw, String text) {
    }

    /** The result of a run: the values, and the files pydicom could not read (with its message). */
    record Run(List<Value> values, List<String> unreadable) {
    }

    private PydicomOracle() {
    }

    static Run read(List<Path> files) {
        String python = python();
        List<String> command = new ArrayList<>(List.of(python, script().toString()));
        files.forEach(f -> command.add(f.toString()));
        Tool.Result result = Tool.run(Duration.ofMinutes(5), command);
        if (!result.ok()) {
            throw new IllegalStateException("pydicom oracle failed: " + result.stderr());
        }
        HexFormat hex = HexFormat.of();
        List<Value> values = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String line : result.stdout().split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 3 && f[1].equals("ERROR")) {
                unreadable.add(f[0] + ": " + f[2]);
            } else if (f.length == 6) {
                values.add(new Value(f[0], f[1], VR.of(f[2]), new String(hex.parseHex(f[3]), StandardCharsets.US_ASCII),
                        hex.parseHex(f[4]), new String(hex.parseHex(f[5]), StandardCharsets.UTF_8)));
            } else if (!line.isEmpty()) {
                throw new IllegalStateException("unexpected oracle line: " + line);
            }
        }
        return new Run(List.copyOf(values), List.copyOf(unreadable));
    }

    /**
     * A decoded value the way pydicom presents it, for comparison: trailing spaces and NULs removed (per value for
     * SH, LO and UC), and for PN the trailing empty component groups dropped from each value.
     */
    static String present(String decoded, VR vr) {
        if (vr == VR.PN) {
            List<String> names = new ArrayList<>();
            for (String name : stripEnd(decoded).split("\\\\", -1)) {
                List<String> groups = new ArrayList<>(List.of(name.split("=", -1)));
                while (!groups.isEmpty() && groups.get(groups.size() - 1).isEmpty()) {
                    groups.remove(groups.size() - 1);
                }
                names.add(String.join("=", groups));
            }
            return String.join("\\", names);
        }
        if (vr.isMultiValuedString()) {
            List<String> values = new ArrayList<>();
            for (String value : decoded.split("\\\\", -1)) {
                values.add(stripEnd(value));
            }
            return String.join("\\", values);
        }
        return stripEnd(decoded);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    static String python() {
        String python = Files.isExecutable(Path.of(DEBIAN_PYTHON)) ? DEBIAN_PYTHON : "python3";
        if (python.equals("python3")) {
            Tool.require("python3");
        }
        Tool.Result probe = Tool.run(Duration.ofSeconds(30), python, "-c", "import pydicom; print(pydicom.__version__)");
        if (!probe.ok()) {
            String reason = "pydicom not importable by " + python + ": " + probe.stderr();
            if (Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            Assumptions.abort(reason);
        }
        return python;
    }

    private static Path script() {
        try {
            return Path.of(PydicomOracle.class.getResource("pydicom_text_values.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
