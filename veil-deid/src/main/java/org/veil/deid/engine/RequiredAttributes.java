package org.veil.deid.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;

/**
 * Puts back attributes that the profile removed or emptied where the IOD requires them, so that de-identification
 * introduces no conformance error: a required (Type 1) attribute gets the dummy value of its VR, a Type 2 attribute
 * an empty value. Without the module tables of PS3.3, Veil knows the cases where Table E.1-1's action contradicts
 * the IOD and that occur in practice:
 *
 * <ul>
 *   <li>Presentation state IODs: Presentation Creation Date and Time (0070,0082/0083) are Type 1 (PS3.3 C.11.10)
 *       while the table says X.</li>
 *   <li>DICOMDIR directory records (PS3.3 F.5): the keys of PATIENT, STUDY, SERIES, IMAGE and PRESENTATION records
 *       (F.5.23: Presentation Creation Date and Time are Type 1 there too).</li>
 * </ul>
 *
 * <p>Values are never restored, only placeholders; every addition is recorded in the change report.
 */
final class RequiredAttributes {

    private record Required(int tag, boolean type1) {
    }

    private static final List<Required> PRESENTATION_STATE = List.of(
            new Required(Tags.PresentationCreationDate, true), new Required(Tags.PresentationCreationTime, true));

    private static final Map<String, List<Required>> RECORDS = Map.of(
            "PATIENT", List.of(new Required(Tags.PatientName, false), new Required(Tags.PatientID, true)),
            "STUDY", List.of(new Required(Tags.StudyDate, true), new Required(Tags.StudyTime, true),
                    new Required(Tags.StudyDescription, false), new Required(Tags.StudyID, true),
                    new Required(Tags.AccessionNumber, false)),
            "SERIES", List.of(new Required(Tags.Modality, true), new Required(Tags.SeriesNumber, true)),
            "IMAGE", List.of(new Required(Tags.InstanceNumber, true)),
            "PRESENTATION", List.of(new Required(Tags.InstanceNumber, true), new Required(Tags.ContentLabel, true),
                    new Required(Tags.ContentDescription, false), new Required(Tags.PresentationCreationDate, true),
                    new Required(Tags.PresentationCreationTime, true),
                    new Required(Tags.ContentCreatorName, false)));

    private RequiredAttributes() {
    }

    static void restore(Dataset ds, InstanceContext ctx) {
        if (ctx.iod != null && ctx.iod.contains("Presentation State")) {
            restore(ds, TagPath.ROOT, PRESENTATION_STATE, ctx);
        }
        DataElement records = ds.get(Tags.DirectoryRecordSequence);
        if (records != null && records.isSequence()) {
            Sequence seq = records.sequence();
            TagPath path = TagPath.ROOT.child(Tags.DirectoryRecordSequence);
            for (int i = 0; i < seq.size(); i++) {
                Dataset item = seq.get(i);
                String type = DatasetView.of(item).string(Tags.DirectoryRecordType);
                List<Required> required = type == null ? null : RECORDS.get(type.trim());
                if (required != null) {
                    restore(item, path.item(i), required, ctx);
                }
            }
        }
    }

    private static void restore(Dataset ds, TagPath path, List<Required> required, InstanceContext ctx) {
        for (Required r : required) {
            DataElement e = ds.get(r.tag());
            boolean missing = e == null;
            boolean empty = !missing && e.isEmpty();
            if (!missing && !(empty && r.type1())) {
                continue;
            }
            VR vr = StandardDictionary.vr(r.tag());
            if (r.type1()) {
                String dummy = DummyValues.text(vr);
                if (dummy.length() % 2 != 0) {
                    dummy = dummy + (vr == VR.UI ? "\0" : " ");
                }
                ds.put(DataElement.of(r.tag(), vr, dummy.getBytes(StandardCharsets.US_ASCII)));
                ctx.record(path.child(r.tag()), "D", "required by the IOD (Type 1)");
            } else {
                ds.put(DataElement.of(r.tag(), vr, new byte[0]));
                ctx.record(path.child(r.tag()), "Z", "required by the IOD (Type 2)");
            }
        }
    }
}
