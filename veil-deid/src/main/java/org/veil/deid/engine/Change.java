package org.veil.deid.engine;

import org.veil.dicom.TagPath;

/**
 * One thing the engine did to one element: where, which action, and the rule that decided it. Never holds a value.
 *
 * @param path   the element's tag path
 * @param action the action code (X, Z, D, K, C, U, or a longer name such as {@code shift-date}, {@code pseudonym})
 * @param rule   what decided it, e.g. {@code E.1-1 Patient's Name}, {@code option retain-uids}, {@code recipe 12:5}
 */
public record Change(TagPath path, String action, String rule) {
}
