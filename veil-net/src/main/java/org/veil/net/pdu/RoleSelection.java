package org.veil.net.pdu;

/**
 * SCP/SCU Role Selection sub-item (PS3.7 D.3.3.4): for one SOP class, whether the requestor (in a request) or the
 * acceptor's agreement (in an accept) is for the SCU role and the SCP role.
 */
public record RoleSelection(String sopClass, boolean scu, boolean scp) {
}
