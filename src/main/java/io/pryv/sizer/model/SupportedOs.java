package io.pryv.sizer.model;

import java.time.LocalDate;

/** An operating system the guide supports, and the end of its standard support. */
public record SupportedOs(String name, LocalDate standardSupportEnd) {}
