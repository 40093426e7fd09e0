package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.List;
import org.veil.deid.pseudo.DateShift;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/** Per-instance state of one de-identification: the patient, its date shift, the IOD and what was done. */
final class InstanceContext {
    final RunServices run;
    final String sopClassUid;
    final String iod;
    final PatientKey patient;
    final DateShift shift;
    final TextCleaner.InstanceTextCleaner text;
    /** The original Study Date, the reference for Safe Harbor birth dates (null when absent). */
    final String studyDate;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /**
     * The private creator last looked up: its data set, tag, position and element, and its decoded value. Valid while
     * that position of that data set still holds that element object (the walk edits only at and after the element
     * it visits, which comes after its creator, so the creator keeps its position).
     */
    private Dataset creatorHolder;
    private int creatorTag;
    private int creatorIndex = -1;
    private DataElement creatorElement;
    private String creatorValue;

    InstanceContext(RunServices run, String sopClassUid, String iod, PatientKey patient, DateShift shift,
                    TextCleaner.InstanceTextCleaner text, String studyDate) {
        this.run = run;
        this.sopClassUid = sopClassUid;
        this.iod = iod;
        this.patient = patient;
        this.shift = shift;
        this.text = text;
        this.studyDate = studyDate;
    }

    void record(TagPath path, String action, String rule) {
        changes.add(new Change(path, action, rule));
    }

    /** A warning for the summary: names the tag path and the problem, never a value. */
    void warn(TagPath path, String what) {
        warnings.add(path + ": " + what);
    }

    /**
     * The value of the private creator element {@code creatorTag} of {@code ds} (null when absent or empty), decoded
     * once for all the elements of its block, which come one after the other.
     */
    String privateCreator(Dataset ds, int creatorTag) {
        if (ds == creatorHolder && creatorTag == this.creatorTag && creatorIndex < ds.size()
                && ds.elementAt(creatorIndex) == creatorElement) {
            return creatorValue;
        }
        int i = ds.indexOf(creatorTag);
        if (i < 0) {
            return null;
        }
        DataElement e = ds.elementAt(i);
        if (e != creatorElement || ds != creatorHolder) {
            creatorValue = DatasetView.of(ds).string(creatorTag);
            creatorElement = e;
            creatorHolder = ds;
        }
        this.creatorTag = creatorTag;
        creatorIndex = i;
        return creatorValue;
    }

    List<Change> changes() {
        return changes;
    }

    List<String> warnings() {
        return warnings;
    }
}
