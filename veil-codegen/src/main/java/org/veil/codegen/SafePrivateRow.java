package org.veil.codegen;

/**
 * One validated row of PS3.15 Table E.3.10-1.
 *
 * @param creator the private creator
 * @param group   the odd group
 * @param offset  the low byte of the element (the {@code xx} of {@code (gggg,xxee)} is the block)
 * @param vr      the VR, {@code ""} where the table gives none
 * @param vm      the VM
 * @param meaning the meaning, plain text, may be empty
 */
record SafePrivateRow(String creator, int group, int offset, String vr, String vm, String meaning) {
}
