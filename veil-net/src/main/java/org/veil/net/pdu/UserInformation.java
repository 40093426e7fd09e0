package org.veil.net.pdu;

import java.util.List;

/**
 * The User Information item (PS3.8 9.3.2.3, PS3.7 Annex D.3.3): maximum length of the P-DATA-TF PDUs the sender can
 * receive (0 = no limit), the implementation class UID and version name, and SCP/SCU role selections. Sub-items Veil
 * does not use (asynchronous operations, extended negotiation, user identity) are read past and not answered.
 */
public record UserInformation(long maxPduLength, String implementationClassUid, String implementationVersionName,
                              List<RoleSelection> roles) {
    public UserInformation {
        roles = List.copyOf(roles);
    }
}
