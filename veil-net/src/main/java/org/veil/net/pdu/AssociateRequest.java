package org.veil.net.pdu;

import java.util.List;

/** An A-ASSOCIATE-RQ (PS3.8 9.3.2): who calls whom, the application context, the proposals and user information. */
public record AssociateRequest(String calledAe, String callingAe, String applicationContext,
                               List<PresentationContext> contexts, UserInformation user) {
    /** The DICOM Application Context Name (PS3.7 Annex A.2.1). */
    public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";

    public AssociateRequest {
        contexts = List.copyOf(contexts);
    }

    /** The proposed context with this id, or null. */
    public PresentationContext context(int id) {
        for (PresentationContext pc : contexts) {
            if (pc.id() == id) {
                return pc;
            }
        }
        return null;
    }
}
