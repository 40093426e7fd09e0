package org.veil.broker.audit;

/**
 * A coded value of a DICOM Audit Message (PS3.15 A.5.1): written as the attributes {@code csd-code},
 * {@code codeSystemName} and {@code originalText}.
 *
 * @param code   the code, e.g. {@code 110110}
 * @param system the code system name, e.g. {@code DCM}
 * @param text   the code meaning
 */
public record CodedValue(String code, String system, String text) {
    static final CodedValue PATIENT_RECORD = dcm("110110", "Patient Record");
    static final CodedValue SECURITY_ALERT = dcm("110113", "Security Alert");
    static final CodedValue EXPORT = dcm("110106", "Export");
    static final CodedValue SECURITY_CONFIGURATION = dcm("110129", "Security Configuration");
    static final CodedValue USE_OF_RESTRICTED_FUNCTION = dcm("110137", "Use of Restricted Function");
    static final CodedValue APPLICATION = dcm("110150", "Application");
    static final CodedValue SOURCE_ROLE = dcm("110153", "Source Role ID");
    static final CodedValue DESTINATION_MEDIA = dcm("110154", "Destination Media");
    static final CodedValue STUDY_INSTANCE_UID = dcm("110180", "Study Instance UID");
    static final CodedValue PATIENT_NUMBER = new CodedValue("2", "RFC-3881", "Patient Number");
    static final CodedValue KEY_FINGERPRINT = new CodedValue("key-fingerprint", "VEIL", "Project key fingerprint");
    static final CodedValue MANIFEST_DIGEST = new CodedValue("manifest-sha256", "VEIL",
            "SHA-256 of the signed delivery manifest");

    static CodedValue dcm(String code, String text) {
        return new CodedValue(code, "DCM", text);
    }
}
