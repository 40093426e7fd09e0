package org.veil.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void string_controlsQuotesAndLoneSurrogates_areEscaped() throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.string("a\"b\\c\n\r\t\b\f\u0000\u001F\uD800x\uDC00 \uD83D\uDE00\u2028");
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\\ud800x\\udc00 \uD83D\uDE00\u2028\"", out.toString());
    }

    @Test
    void nesting_membersAndValues_getCommasAndColons() throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("a");
        json.beginArray();
        json.number("1");
        json.nullValue();
        json.beginObject();
        json.endObject();
        json.beginArray();
        json.endArray();
        json.endArray();
        json.name("b");
        json.string("x");
        json.endObject();
        assertEquals("{\"a\":[1,null,{},[]],\"b\":\"x\"}", out.toString());
    }

    @Test
    void nesting_deeperThanInitialStack_grows() throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        for (int i = 0; i < 1000; i++) {
            json.beginArray();
            json.number("0");
        }
        for (int i = 0; i < 1000; i++) {
            json.endArray();
        }
        assertEquals("[0,".repeat(1000).substring(0, 3 * 1000 - 1) + "]".repeat(1000), out.toString());
    }

    @Test
    void close_withoutOpen_throws() {
        JsonWriter json = new JsonWriter(new StringWriter());
        assertThrows(IllegalStateException.class, json::endObject);
    }
}
