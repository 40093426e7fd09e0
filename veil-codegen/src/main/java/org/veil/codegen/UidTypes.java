package org.veil.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The UID types the generator knows, as PS3.6 Annex A writes them, and the enum constant each becomes. The types of
 * Table A-1 come from its UID Type column; {@code Context Group} is implied by Table A-3; the template types come
 * from the UID Type column of the Template UID table. An unknown type throws, so that a new one is looked at.
 */
final class UidTypes {
    static final String CONTEXT_GROUP = "Context Group";
    static final String SOP_CLASS = "SOP Class";
    static final String WELL_KNOWN_FRAME_OF_REFERENCE = "Well-known frame of reference";

    /** Source text to constant name, in the order the enum lists them. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("Transfer Syntax", "TRANSFER_SYNTAX");
        KNOWN.put(SOP_CLASS, "SOP_CLASS");
        KNOWN.put("Meta SOP Class", "META_SOP_CLASS");
        KNOWN.put("Service Class", "SERVICE_CLASS");
        KNOWN.put("Well-known SOP Instance", "WELL_KNOWN_SOP_INSTANCE");
        KNOWN.put("Well-known Printer SOP Instance", "WELL_KNOWN_PRINTER_SOP_INSTANCE");
        KNOWN.put("Well-known Print Queue SOP Instance", "WELL_KNOWN_PRINT_QUEUE_SOP_INSTANCE");
        KNOWN.put(WELL_KNOWN_FRAME_OF_REFERENCE, "WELL_KNOWN_FRAME_OF_REFERENCE");
        KNOWN.put("Synchronization Frame of Reference", "SYNCHRONIZATION_FRAME_OF_REFERENCE");
        KNOWN.put("Coding Scheme", "CODING_SCHEME");
        KNOWN.put("DICOM UIDs as a Coding Scheme", "DICOM_UIDS_AS_CODING_SCHEME");
        KNOWN.put("Application Context Name", "APPLICATION_CONTEXT_NAME");
        KNOWN.put("Application Hosting Model", "APPLICATION_HOSTING_MODEL");
        KNOWN.put("Mapping Resource", "MAPPING_RESOURCE");
        KNOWN.put("LDAP OID", "LDAP_OID");
        KNOWN.put(CONTEXT_GROUP, "CONTEXT_GROUP");
        KNOWN.put("Document TemplateID", "DOCUMENT_TEMPLATE_ID");
        KNOWN.put("Section TemplateID", "SECTION_TEMPLATE_ID");
        KNOWN.put("Entry TemplateID", "ENTRY_TEMPLATE_ID");
        KNOWN.put("Element Set TemplateID", "ELEMENT_SET_TEMPLATE_ID");
    }

    private UidTypes() {
    }

    /**
     * The type text, checked.
     *
     * @throws IllegalStateException naming the place for a type the generator does not know
     */
    static String check(String text, String where) {
        if (!KNOWN.containsKey(text)) {
            throw new IllegalStateException(where + ": unknown UID type '" + text + "'");
        }
        return text;
    }

    static String constant(String text) {
        String constant = KNOWN.get(text);
        if (constant == null) {
            throw new IllegalStateException("unknown UID type '" + text + "'");
        }
        return constant;
    }

    /** Every known type text, in enum order. */
    static Iterable<String> all() {
        return KNOWN.keySet();
    }
}
