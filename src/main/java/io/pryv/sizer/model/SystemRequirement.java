package io.pryv.sizer.model;

/** What the guide requires of a piece of system software, what the customer plans, and whether it fits. */
public record SystemRequirement(String item, String required, String planned, Met met) {

    /** Whether the plan meets the requirement; unknown when the questionnaire does not state it. */
    public enum Met {
        YES("yes"), NO("no"), UNKNOWN("unknown");

        private final String label;

        Met(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Met of(boolean met) {
            return met ? YES : NO;
        }
    }
}
