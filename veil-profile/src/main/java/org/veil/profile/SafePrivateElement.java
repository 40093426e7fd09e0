package org.veil.profile;

import java.util.Objects;

/**
 * One row of PS3.15 Table E.3.10-1 "Safe Private Attributes": a private data element that vendors have described as
 * free of identifying information, identified by its private creator and its place in the creator's block. PS3.15
 * itself says the list is a sample without guarantee; retaining these is the Retain Safe Private Option.
 *
 * @param creator       the Private Creator value, e.g. {@code GEMS_ACQU_01}
 * @param group         the odd group, e.g. {@code 0x0019}
 * @param elementOffset the low byte of the element ({@code xx23} is {@code 0x23}), 0x00-0xFF
 * @param vr            the VR the table gives, {@code ""} where it gives none
 * @param vm            the VM the table gives
 * @param meaning       the table's description, {@code ""} where it gives none
 */
public record SafePrivateElement(String creator, int group, int elementOffset, String vr, String vm,
        String meaning) {

    public SafePrivateElement {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(meaning, "meaning");
        if ((group & 1) == 0 || group > 0xFFFF) {
            throw new IllegalArgumentException(String.format("safe private element of %s: group %04X is not odd",
                    creator, group));
        }
        if (elementOffset < 0 || elementOffset > 0xFF) {
            throw new IllegalArgumentException("safe private element of " + creator + ": offset " + elementOffset
                    + " outside 0x00-0xFF");
        }
    }

    /**
     * True when a private data element (gggg,bbxx) with its block's creator is this element: same group, same low
     * byte, a block 10-FF, and the same creator (compared exactly; callers trim the padding).
     */
    public boolean matches(int tag, String blockCreator) {
        int element = tag & 0xFFFF;
        return tag >>> 16 == group && (element & 0xFF) == elementOffset && element >= 0x1000
                && creator.equals(blockCreator);
    }
}
