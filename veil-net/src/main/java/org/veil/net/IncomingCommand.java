package org.veil.net;

import org.veil.net.dimse.Command;

/** A command received on an association, with the presentation context it came on. */
public record IncomingCommand(int context, Command command) {
}
