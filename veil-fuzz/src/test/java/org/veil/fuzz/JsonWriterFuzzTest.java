package org.veil.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.json.FileMetaMode;
import org.veil.dicom.json.JsonModelWriter;
import org.veil.dicom.json.JsonOptions;

/**
 * The DICOM JSON writer ({@code veil dump --json}) on whatever the reader accepts: it writes one JSON object that a
 * JSON parser accepts, or refuses with an {@link IOException}, as {@code veil dump} expects.
 */
class JsonWriterFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonOptions OPTIONS = JsonOptions.builder().fileMeta(FileMetaMode.INCLUDE).build();

    @MethodSource("org.veil.fuzz.Seeds#dicom")
    @FuzzTest
    void writeJson(byte[] data) throws IOException {
        DicomFile f;
        try {
            f = FuzzInput.read(data);
        } catch (IOException refused) {
            return;
        }
        StringWriter out = new StringWriter();
        try {
            new JsonModelWriter(out, OPTIONS).write(f);
        } catch (IOException | UncheckedIOException refused) {
            return;
        }
        JsonNode root = JSON.readTree(out.toString());
        if (root == null || !root.isObject()) {
            throw new AssertionError("the JSON writer wrote no JSON object");
        }
    }
}
