package io.pryv.sizer.model;

import java.time.LocalDate;

/**
 * An operating system the guide supports, the end of its standard support, and the end of the
 * extended security maintenance a subscription (Ubuntu Pro) buys after it.
 */
public record SupportedOs(String name, LocalDate standardSupportEnd, LocalDate extendedSupportEnd) {}
