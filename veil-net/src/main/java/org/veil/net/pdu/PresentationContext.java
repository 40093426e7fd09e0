package org.veil.net.pdu;

import java.util.List;

/**
 * A presentation context proposed in an A-ASSOCIATE-RQ (PS3.8 9.3.2.2): an odd id from 1 to 255, one abstract
 * syntax (a SOP class) and the transfer syntaxes the requestor can use for it, preferred first.
 */
public record PresentationContext(int id, String abstractSyntax, List<String> transferSyntaxes) {
    public PresentationContext {
        if (id < 1 || id > 255 || (id & 1) == 0) {
            throw new IllegalArgumentException("a presentation context id is odd, 1..255; got " + id);
        }
        transferSyntaxes = List.copyOf(transferSyntaxes);
    }
}
