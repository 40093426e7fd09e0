package org.veil.broker.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.veil.broker.PrivateFile;
import org.veil.dicom.io.FailureText;

/**
 * Appends DICOM Audit Messages (PS3.15 A.5.1) to a file beside the keystore, {@code <keystore>.audit-messages.xml}
 * (mode 600): one {@code <AuditMessage>} element per line, each line a complete XML document in UTF-8 without an
 * XML declaration, so that a reader splits on line ends and parses each line (or wraps the file in one root
 * element). This file is a copy for tools that read DICOM audit trails; the MAC-chained log stays the record that
 * detects tampering.
 */
public final class AuditMessageWriter {
    /** The file name suffix after the keystore's (or token configuration's) name. */
    public static final String SUFFIX = ".audit-messages.xml";
    private static final String LOG_SUFFIX = ".audit.jsonl";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Path file;

    public AuditMessageWriter(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The messages beside a keystore or PKCS#11 configuration file. */
    public static AuditMessageWriter besideKeystore(Path keystore) {
        Path k = keystore.toAbsolutePath();
        return new AuditMessageWriter(k.resolveSibling(k.getFileName() + SUFFIX));
    }

    /** The messages beside a MAC-chained log: {@code <keystore>.audit.jsonl} gives {@code <keystore>}{@value SUFFIX}. */
    public static AuditMessageWriter besideLog(Path log) {
        String name = log.toAbsolutePath().getFileName().toString();
        String base = name.endsWith(LOG_SUFFIX) ? name.substring(0, name.length() - LOG_SUFFIX.length()) : name;
        return new AuditMessageWriter(log.toAbsolutePath().resolveSibling(base + SUFFIX));
    }

    public Path file() {
        return file;
    }

    /**
     * Appends the message as one line and forces it to disk.
     *
     * @throws AuditException when the file cannot be written
     */
    public void write(AuditMessage message) {
        byte[] line = (xml(message) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            try {
                PrivateFile.createNew(file);
            } catch (FileAlreadyExistsException e) {
                // appended below
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                FileLock lock = channel.lock();
                try {
                    ByteBuffer buffer = ByteBuffer.wrap(line);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new AuditException("audit messages " + file + ": cannot append (" + FailureText.of(e) + ")");
        }
    }

    /** The message as one line of XML. */
    public static String xml(AuditMessage m) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(text);
            w.writeStartElement("AuditMessage");
            w.writeStartElement("EventIdentification");
            attribute(w, "EventActionCode", m.action());
            attribute(w, "EventDateTime", m.time().toString());
            attribute(w, "EventOutcomeIndicator", Integer.toString(m.outcome()));
            coded(w, "EventID", m.eventId());
            if (m.eventType() != null) {
                coded(w, "EventTypeCode", m.eventType());
            }
            w.writeEndElement();
            for (AuditMessage.Participant p : m.actors()) {
                participant(w, p);
            }
            w.writeStartElement("AuditSourceIdentification");
            attribute(w, "AuditEnterpriseSiteID", m.siteId());
            attribute(w, "AuditSourceID", m.sourceId());
            coded(w, "AuditSourceTypeCode", new CodedValue("4", "RFC-3881", "Application Server Process"));
            w.writeEndElement();
            for (AuditMessage.ParticipantObject o : m.objects()) {
                object(w, o);
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new AuditException("cannot write an audit message: " + e.getMessage());
        }
        return text.toString();
    }

    private static void participant(XMLStreamWriter w, AuditMessage.Participant p) throws XMLStreamException {
        if (p.role() == null) {
            w.writeEmptyElement("ActiveParticipant");
        } else {
            w.writeStartElement("ActiveParticipant");
        }
        attribute(w, "UserID", p.userId());
        attribute(w, "UserIsRequestor", Boolean.toString(p.requestor()));
        if (p.role() != null) {
            coded(w, "RoleIDCode", p.role());
            w.writeEndElement();
        }
    }

    private static void object(XMLStreamWriter w, AuditMessage.ParticipantObject o) throws XMLStreamException {
        w.writeStartElement("ParticipantObjectIdentification");
        attribute(w, "ParticipantObjectID", o.id());
        attribute(w, "ParticipantObjectTypeCode", Integer.toString(o.type()));
        attribute(w, "ParticipantObjectTypeCodeRole", Integer.toString(o.role()));
        coded(w, "ParticipantObjectIDTypeCode", o.idType());
        if (o.name() != null) {
            w.writeStartElement("ParticipantObjectName");
            w.writeCharacters(oneLine(o.name()));
            w.writeEndElement();
        }
        for (Map.Entry<String, String> d : o.details().entrySet()) {
            w.writeEmptyElement("ParticipantObjectDetail");
            attribute(w, "type", d.getKey());
            attribute(w, "value", Base64.getEncoder().encodeToString(d.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        w.writeEndElement();
    }

    private static void coded(XMLStreamWriter w, String element, CodedValue v) throws XMLStreamException {
        w.writeEmptyElement(element);
        attribute(w, "csd-code", v.code());
        attribute(w, "codeSystemName", v.system());
        attribute(w, "originalText", v.text());
    }

    private static void attribute(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeAttribute(name, oneLine(value));
    }

    /** Control characters (line ends included) become spaces: one message per line. */
    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }
}
