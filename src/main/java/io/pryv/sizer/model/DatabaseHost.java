package io.pryv.sizer.model;

import java.util.List;

/** Where a Pryv.io v2 core keeps its database (SIZING-v2.md §1): on the core, or on a machine of its own. */
public enum DatabaseHost implements Choice {
    ON_EACH_CORE("On each core", null),
    POSTGRESQL("PostgreSQL on its own machine", "PostgreSQL"),
    MONGODB("MongoDB on its own machine", "MongoDB");

    private final String answer;
    private final String engine;

    DatabaseHost(String answer, String engine) {
        this.answer = answer;
        this.engine = engine;
    }

    @Override
    public String answer() { return answer; }

    /** The database engine of a separate host; null when the core keeps its database. */
    public String engine() { return engine; }

    /** The database runs on a machine of its own, one per core. */
    public boolean separate() { return engine != null; }

    public static List<String> answers() {
        return Choice.answers(values());
    }

    public static DatabaseHost ofAnswer(String answer) {
        return Choice.of(values(), answer);
    }
}
