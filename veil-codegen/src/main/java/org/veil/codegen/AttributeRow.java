package org.veil.codegen;

import java.util.List;

/**
 * One validated row of {@code attributes.json} (PS3.6 Section 6).
 *
 * @param pattern the tag, possibly repeating
 * @param keyword the keyword, {@code ""} where PS3.6 gives none
 * @param name    the attribute name, {@code ""} where PS3.6 gives none
 * @param vrs     the VR names in source order; empty for {@code See Note 2} and for an empty VR
 * @param vrText  the VR column as written, e.g. {@code US or SS}
 * @param vm      the VM as written
 * @param retired whether the row is retired
 */
record AttributeRow(TagPattern pattern, String keyword, String name, List<String> vrs, String vrText, String vm,
        boolean retired) {
}
