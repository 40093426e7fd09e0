package org.veil.net.pdu;

import java.util.List;

/** An A-ASSOCIATE-AC (PS3.8 9.3.3): the answer to every proposed presentation context and the acceptor's user info. */
public record AssociateAccept(String calledAe, String callingAe, String applicationContext,
                              List<PresentationResult> results, UserInformation user) {
    public AssociateAccept {
        results = List.copyOf(results);
    }

    /** The result for the context with this id, or null. */
    public PresentationResult result(int id) {
        for (PresentationResult r : results) {
            if (r.id() == id) {
                return r;
            }
        }
        return null;
    }
}
