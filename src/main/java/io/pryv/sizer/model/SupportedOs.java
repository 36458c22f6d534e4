package io.pryv.sizer.model;

import java.time.LocalDate;

/**
 * An operating system the guide supports, the end of its standard support, and the end of the
 * extended security maintenance a subscription (Ubuntu Pro) buys after it.
 */
public record SupportedOs(String name, LocalDate standardSupportEnd, LocalDate extendedSupportEnd) {
    /** Whether extended maintenance (Ubuntu Pro) outlasts standard support: not for Debian, whose extended end is its standard end. */
    public boolean hasExtendedSupport() {
        return extendedSupportEnd.isAfter(standardSupportEnd);
    }
}
