package org.veil.net;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.net.dimse.Status;
import org.veil.net.pdu.PresentationContext;

/**
 * Pulls studies from a PACS (Study Root): C-FIND at study level by Patient ID, accession number, study date range
 * and modality, then C-MOVE of each study to a destination AE (Veil's gateway), with the PACS's own instance count
 * (Number of Study Related Instances, or counted series by series when the PACS does not fill it) to tell whether
 * every instance arrived.
 */
public final class StudyRetriever {
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String IMPLICIT_LE = "1.2.840.10008.1.2";

    /** One criterion of a query; null fields are not matched on. */
    public record Query(String patientId, String accessionNumber, String studyDateRange, String modality) {
    }

    /** A study the PACS reported, with the number of instances it says the study has (-1 when it did not say). */
    public record Study(String studyInstanceUid, int instances) {
    }

    /** A study moved (or not), against the count the PACS reported. */
    public record Outcome(Study study, DimseClient.MoveResult move) {
        /** Every instance arrived: success, nothing failed, and as many as the PACS counted (when it counted). */
        public boolean complete() {
            return move != null && move.status() == Status.SUCCESS && move.failed() == 0
                    && (study.instances() < 0 || move.completed() + move.warning() >= study.instances());
        }
    }

    private final Requestor requestor;
    private final RemoteAe pacs;

    public StudyRetriever(Requestor requestor, RemoteAe pacs) {
        this.requestor = requestor;
        this.pacs = pacs;
    }

    /** The studies matching any of {@code queries}, each once, in the order found. */
    public List<Study> find(List<Query> queries) throws IOException {
        List<Study> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Association a = requestor.open(pacs, contexts())) {
            DimseClient client = new DimseClient(a);
            for (Query q : queries) {
                List<Study> matched = new ArrayList<>();
                check(client.find(keys(q), match -> {
                    DatasetView v = DatasetView.of(match);
                    String uid = v.string(Tags.StudyInstanceUID);
                    if (uid != null && seen.add(uid)) {
                        matched.add(new Study(uid, (int) v.number(Tags.NumberOfStudyRelatedInstances, -1)));
                    }
                }));
                for (Study s : matched) {
                    found.add(s.instances() >= 0 ? s : new Study(s.studyInstanceUid(), count(client, s)));
                }
            }
            a.release();
        }
        return found;
    }

    /**
     * The instances of a study, counted level by level (series, then images) for a PACS that does not fill
     * Number of Study Related Instances.
     */
    private int count(DimseClient client, Study study) throws IOException {
        List<String> series = new ArrayList<>();
        Dataset seriesKeys = new Dataset();
        DatasetView k = DatasetView.of(seriesKeys);
        k.putString(Tags.QueryRetrieveLevel, VR.CS, "SERIES");
        k.putString(Tags.StudyInstanceUID, VR.UI, study.studyInstanceUid());
        k.putString(Tags.SeriesInstanceUID, VR.UI, "");
        check(client.find(seriesKeys, m -> series.add(DatasetView.of(m).string(Tags.SeriesInstanceUID))));
        int[] n = {0};
        for (String uid : series) {
            Dataset imageKeys = new Dataset();
            DatasetView i = DatasetView.of(imageKeys);
            i.putString(Tags.QueryRetrieveLevel, VR.CS, "IMAGE");
            i.putString(Tags.StudyInstanceUID, VR.UI, study.studyInstanceUid());
            i.putString(Tags.SeriesInstanceUID, VR.UI, uid == null ? "" : uid);
            i.putString(Tags.SOPInstanceUID, VR.UI, "");
            check(client.find(imageKeys, m -> n[0]++));
        }
        return n[0];
    }

    private void check(int status) throws AssociationException {
        if (Status.isFailure(status)) {
            throw new AssociationException(String.format("%s refused a query (status 0x%04X)", pacs.aeTitle(),
                    status));
        }
    }

    /** Moves each study to {@code destination}; a study whose move fails is reported, not fatal. */
    public List<Outcome> move(List<Study> studies, String destination) throws IOException {
        List<Outcome> out = new ArrayList<>();
        try (Association a = requestor.open(pacs, contexts())) {
            DimseClient client = new DimseClient(a);
            for (Study s : studies) {
                Dataset keys = new Dataset();
                DatasetView.of(keys).putString(Tags.QueryRetrieveLevel, VR.CS, "STUDY");
                DatasetView.of(keys).putString(Tags.StudyInstanceUID, VR.UI, s.studyInstanceUid());
                out.add(new Outcome(s, client.move(keys, destination)));
            }
            a.release();
        }
        return out;
    }

    private static List<PresentationContext> contexts() {
        return List.of(new PresentationContext(1, DimseClient.STUDY_ROOT_FIND, List.of(EXPLICIT_LE, IMPLICIT_LE)),
                new PresentationContext(3, DimseClient.STUDY_ROOT_MOVE, List.of(EXPLICIT_LE, IMPLICIT_LE)));
    }

    static Dataset keys(Query q) {
        Dataset keys = new Dataset();
        DatasetView k = DatasetView.of(keys);
        k.putString(Tags.QueryRetrieveLevel, VR.CS, "STUDY");
        k.putString(Tags.PatientID, VR.LO, q.patientId() == null ? "" : q.patientId());
        k.putString(Tags.AccessionNumber, VR.SH, q.accessionNumber() == null ? "" : q.accessionNumber());
        k.putString(Tags.StudyDate, VR.DA, q.studyDateRange() == null ? "" : q.studyDateRange());
        k.putString(Tags.ModalitiesInStudy, VR.CS, q.modality() == null ? "" : q.modality());
        k.putString(Tags.StudyInstanceUID, VR.UI, "");
        k.putString(Tags.NumberOfStudyRelatedInstances, VR.IS, "");
        return keys;
    }
}
