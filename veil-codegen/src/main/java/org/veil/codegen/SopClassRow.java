package org.veil.codegen;

/**
 * One row of {@code sops.json}.
 *
 * @param uid  the SOP Class UID
 * @param name the SOP Class name
 * @param iod  the name of its Composite IOD (CIOD), e.g. {@code CT Image}
 */
record SopClassRow(String uid, String name, String iod) {
}
