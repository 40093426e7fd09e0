package org.veil.net;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a C-STORE SCP puts what it receives. For each instance the server calls {@link #open}, copies the data set
 * into {@link Instance#out()} as it arrives, then {@link Instance#commit()} (whose status is the answer: success
 * only once the instance is durable) or, when the transfer broke, {@link Instance#discard()}.
 */
public interface StorageHandler {

    /** What arrives with one C-STORE request (no value of the data set). */
    record StoreRequest(String callingAe, String calledAe, String sopClassUid, String sopInstanceUid,
                        String transferSyntax) {
    }

    /** One instance being received. */
    interface Instance {
        OutputStream out();

        /** Makes the instance durable and returns the DIMSE status to answer. */
        int commit() throws IOException;

        /** Removes what was written of a transfer that did not complete. */
        void discard();
    }

    Instance open(StoreRequest request) throws IOException;
}
