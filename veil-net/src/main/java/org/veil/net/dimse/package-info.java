/**
 * DIMSE (PS3.7): command sets of group 0000 in Implicit VR Little Endian, their fields, and status codes.
 *
 * <p>Must never log a command's data set (only command fields, which carry no PHI) and never accept a length it has
 * not checked.
 */
package org.veil.net.dimse;
