package org.veil.deid.engine;

import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;

/**
 * Responsible Person (0010,2297) and Responsible Organization (0010,2299) for a patient that is an animal. Table
 * E.1-1 removes both (X), but PS3.3 C.7.1.1 makes them Type 2C when the patient is an animal (one of them required):
 * removing them turns a conforming veterinary instance into a non-conforming one. So when the input is an animal
 * (Patient Species Description (0010,2201) or Patient Species Code Sequence (0010,2202) present) and held one of them,
 * it comes back empty (Type 2: present without a value). Values are never restored.
 */
final class ResponsibleParty {
    private static final ResponsibleParty NONE = new ResponsibleParty(false, false);

    private final boolean person;
    private final boolean organization;

    private ResponsibleParty(boolean person, boolean organization) {
        this.person = person;
        this.organization = organization;
    }

    /** What the input has, read before de-identification. */
    static ResponsibleParty before(Dataset ds) {
        boolean animal = ds.contains(Tags.PatientSpeciesDescription) || ds.contains(Tags.PatientSpeciesCodeSequence);
        if (!animal) {
            return NONE;
        }
        return new ResponsibleParty(ds.contains(Tags.ResponsiblePerson), ds.contains(Tags.ResponsibleOrganization));
    }

    /** Puts back, empty, those the profile removed. */
    void restore(Dataset ds, InstanceContext ctx) {
        restore(ds, ctx, person, Tags.ResponsiblePerson, VR.PN);
        restore(ds, ctx, organization, Tags.ResponsibleOrganization, VR.LO);
    }

    private static void restore(Dataset ds, InstanceContext ctx, boolean had, int tag, VR vr) {
        if (had && !ds.contains(tag)) {
            ds.put(DataElement.of(tag, vr, new byte[0]));
            ctx.record(TagPath.ROOT.child(tag), "Z", "required for an animal patient (Type 2C, PS3.3 C.7.1.1)");
        }
    }
}
