package org.veil.spark;

import java.io.Serializable;

/**
 * One line of the job's manifest (written as Parquet): what became of one input. No PHI: the input is named by its
 * keyed id, the reason by its value-free group, the patient and study by their pseudonyms.
 */
public final class ManifestRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String inputId = "";
    private long order;
    private String output = "";
    private String status = "";
    private String reason = "";
    private String patientPseudonym = "";
    private String studyUid = "";

    public ManifestRow() {
    }

    ManifestRow(String inputId, long order, String output, String status, String reason, String patientPseudonym,
            String studyUid) {
        this.inputId = inputId;
        this.order = order;
        this.output = nz(output);
        this.status = status;
        this.reason = nz(reason);
        this.patientPseudonym = nz(patientPseudonym);
        this.studyUid = nz(studyUid);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The record kept in the work folder so that a resubmitted job need not process the input again. */
    String toRecord() {
        return String.join("\t", status, output, reason.replace('\t', ' ').replace('\n', ' '), patientPseudonym,
                studyUid);
    }

    static ManifestRow fromRecord(String inputId, long order, String record) {
        String[] f = record.split("\t", -1);
        if (f.length != 5) {
            return null;
        }
        return new ManifestRow(inputId, order, f[1], f[0], f[2], f[3], f[4]);
    }

    public String getInputId() {
        return inputId;
    }

    public void setInputId(String v) {
        inputId = v;
    }

    public long getOrder() {
        return order;
    }

    public void setOrder(long v) {
        order = v;
    }

    public String getOutput() {
        return output;
    }

    public void setOutput(String v) {
        output = v;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        status = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    public String getPatientPseudonym() {
        return patientPseudonym;
    }

    public void setPatientPseudonym(String v) {
        patientPseudonym = v;
    }

    public String getStudyUid() {
        return studyUid;
    }

    public void setStudyUid(String v) {
        studyUid = v;
    }
}
