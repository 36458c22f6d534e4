package io.pryv.sizer.model;

/** One box to tick in a checklist; {@code role} is the role it concerns, or null for every machine. */
public record ChecklistItem(Checklist checklist, Role role, String text) {
    /** The column where whoever ticks a box writes their name and the date, in every output. */
    public static final String DONE_BY = "Done by, date";
    /** The heading of the items' column, in every output. */
    public static final String TO_DO = "To do";

    public enum Checklist {
        HARDENING("System hardening"), BACKUPS("Backups"), MONITORING("Node monitoring");

        private final String title;

        Checklist(String title) { this.title = title; }

        public String title() { return title; }
    }

    /** A box for every machine, whatever its role. */
    public static ChecklistItem everyMachine(Checklist checklist, String text) {
        return new ChecklistItem(checklist, null, text);
    }

    /** The machines the item concerns, as a table column gives them: "all machines", "core". */
    public String scope() {
        return role == null ? "all machines" : role.label();
    }

    /** The same, as a heading over the items: "On every machine", "For the core role". */
    public String scopeTitle() {
        return role == null ? "On every machine" : "For the " + role.label() + " role";
    }
}
