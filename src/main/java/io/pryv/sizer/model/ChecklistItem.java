package io.pryv.sizer.model;

/** One box to tick in a checklist; {@code scope} names the role it concerns, or "all machines". */
public record ChecklistItem(Checklist checklist, String scope, String text) {
    public enum Checklist {
        HARDENING("System hardening"), BACKUPS("Backups"), MONITORING("Node monitoring");

        private final String title;

        Checklist(String title) { this.title = title; }

        public String title() { return title; }
    }
}
