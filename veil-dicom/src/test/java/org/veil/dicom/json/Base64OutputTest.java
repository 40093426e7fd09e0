package org.veil.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64OutputTest {

    /** Any split of any byte string into chunks gives the JDK's encoding of the whole. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void write_randomChunks_equalsOneShotEncoding(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = new byte[random.nextInt(0, seed % 4 == 0 ? 40_000 : 20)];
        random.nextBytes(data);
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.beginRawString();
        Base64Output b64 = new Base64Output(json);
        for (int at = 0; at < data.length; ) {
            int n = random.nextInt(0, Math.min(7, data.length - at) + 1);
            b64.write(data, at, n);
            at += n;
        }
        b64.finish();
        json.endRawString();
        assertEquals("\"" + Base64.getEncoder().encodeToString(data) + "\"", out.toString(), "seed " + seed);
    }
}
