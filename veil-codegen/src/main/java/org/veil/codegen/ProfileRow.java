package org.veil.codegen;

import java.util.Map;

/**
 * One validated row of PS3.15 Table E.1-1 ({@code confidentiality_profile_attributes.json}).
 *
 * @param pattern      the tag; for the private attributes row, tag and mask 0x00010000 (any odd group)
 * @param name         the attribute name
 * @param inStdCompIod the "In Std. Comp. IOD" column
 * @param basic        the {@code ProfileAction} constant of the Basic Profile column, e.g. {@code X_Z}
 * @param options      {@code ProfileOption} constant to {@code ProfileAction} constant, in option order
 */
record ProfileRow(TagPattern pattern, String name, boolean inStdCompIod, String basic, Map<String, String> options) {
}
