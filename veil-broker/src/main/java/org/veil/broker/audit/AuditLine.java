package org.veil.broker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.Subkeys;

/**
 * The text of one record: {@code {"seq":..,"time":..,"user":..,"key":..,"action":..,"subject":..,"reason":..,
 * "outcome":..,"prev":..,"mac":".."}} in pure ASCII. The MAC covers the exact characters before
 * {@code ,"mac":"}, so verifying never depends on how a JSON library would write the record again.
 */
final class AuditLine {
    private static final String MAC_FIELD = ",\"mac\":\"";
    private static final int HEX_LENGTH = 64;
    private static final int SUFFIX = MAC_FIELD.length() + HEX_LENGTH + 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parsed line with the text its MAC covers. */
    record Parsed(AuditRecord record, String body) {
    }

    private AuditLine() {
    }

    static String body(long seq, Instant time, String user, String keyId, AuditEvent event, String prev) {
        return "{\"seq\":" + seq + ",\"time\":" + JsonText.quote(time.toString()) + ",\"user\":" + JsonText.quote(user)
                + ",\"key\":" + JsonText.quote(keyId) + ",\"action\":" + JsonText.quote(event.action())
                + ",\"subject\":" + JsonText.quote(event.subject()) + ",\"reason\":" + JsonText.quote(event.reason())
                + ",\"outcome\":" + JsonText.quote(event.outcome()) + ",\"prev\":" + JsonText.quote(prev);
    }

    static String line(String body, String mac) {
        return body + MAC_FIELD + mac + "\"}";
    }

    /** The MAC of the text's characters as bytes 0..255 (records are ASCII; other characters never map alike). */
    static String mac(Subkeys keys, String text) {
        return HexFormat.of().formatHex(keys.hmac(KeyPurpose.AUDIT, text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static Parsed parse(String line) throws MalformedRecord {
        int at = line.length() - SUFFIX;
        if (at < 1 || !line.startsWith(MAC_FIELD, at) || !line.endsWith("\"}")) {
            throw new MalformedRecord("not an audit record (no MAC at the end)");
        }
        if (!line.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new MalformedRecord("not an audit record (characters outside printable ASCII)");
        }
        String body = line.substring(0, at);
        String mac = line.substring(at + MAC_FIELD.length(), line.length() - 2);
        try {
            JsonNode node = JSON.readTree(body + "}");
            AuditEvent event = new AuditEvent(text(node, "action"), text(node, "subject"), text(node, "reason"),
                    text(node, "outcome"));
            JsonNode seq = node.get("seq");
            if (seq == null || !seq.isIntegralNumber()) {
                throw new MalformedRecord("not an audit record (no sequence number)");
            }
            AuditRecord record = new AuditRecord(seq.asLong(), Instant.parse(text(node, "time")), text(node, "user"),
                    text(node, "key"), event, text(node, "prev"), mac);
            return new Parsed(record, body);
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedRecord("not an audit record (not valid JSON, or a field or time stamp is malformed)");
        }
    }

    private static String text(JsonNode node, String field) throws MalformedRecord {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedRecord("not an audit record (no " + field + ")");
        }
        return value.asText();
    }
}
