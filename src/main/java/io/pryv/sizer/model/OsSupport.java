package io.pryv.sizer.model;

import java.time.LocalDate;

/**
 * Where one supported release stands on the questionnaire date, given whether extended maintenance is
 * planned: decided once, by the rules, and read by the requirement, the findings and the outputs.
 */
public record OsSupport(SupportedOs os, boolean extendedPlanned, Status status) {

    public enum Status {
        /** On or before the end of standard support. */
        STANDARD,
        /** Past standard support, inside the extended maintenance that is planned. */
        EXTENDED,
        /** Past the last support the plan has. */
        ENDED
    }

    public String name() {
        return os.name();
    }

    /** The last day the plan keeps the release supported: the end of extended maintenance when it is planned. */
    public LocalDate supportedUntil() {
        return extendedPlanned ? os.extendedSupportEnd() : os.standardSupportEnd();
    }

    /** What the outputs say of the release on the questionnaire date. */
    public String label() {
        return switch (status) {
            case STANDARD -> "in standard support";
            case EXTENDED -> "in extended maintenance (Ubuntu Pro)";
            case ENDED -> extendedPlanned && os.hasExtendedSupport() ? "past extended maintenance" : "past standard support";
        };
    }
}
