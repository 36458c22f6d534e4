package io.pryv.sizer.model;

import java.util.List;

/**
 * A rule profile: the Pryv.io platform version a questionnaire is sized for. Each has its own folder of rules
 * ({@code rules/v1/}, {@code rules/v2/}) beside the rules they share ({@code rules/shared/}), and names the
 * load metrics its core count weighs, so that the rule choosing a zone's cores knows when all are in.
 */
public enum Profile implements Choice {
    V1("v1", "Pryv.io v1",
            List.of(Metric.WRITE_RPS, Metric.READ_RPS, Metric.ATTACHMENT_READ_RPS, Metric.ATTACHMENT_WRITE_MBPS, Metric.DATA_DISK)),
    V2("v2", "Pryv.io v2",
            List.of(Metric.WRITE_RPS, Metric.READ_RPS, Metric.ATTACHMENT_READ_RPS, Metric.ATTACHMENT_WRITE_MBPS,
                    Metric.PREVIEW_RPS, Metric.USERS, Metric.DATA_DISK));

    private final String answer;
    private final String label;
    private final List<Metric> metrics;

    Profile(String answer, String label, List<Metric> metrics) {
        this.answer = answer;
        this.label = label;
        this.metrics = metrics;
    }

    /** As the questionnaire's drop-down offers it, and the name of the profile's rules folder: "v1". */
    @Override
    public String answer() { return answer; }

    /** As the outputs name it: "Pryv.io v1". */
    public String label() { return label; }

    /** Its rules and their version, as every output names them: "Pryv.io v1 rules 47c40b944f08". */
    public String rules(String version) { return label + " rules " + version; }

    /** The metrics that can set a zone's cores, in tie order. */
    public List<Metric> metrics() { return metrics; }

    /** The profile of a blank answer, and of every questionnaire laid out before profiles existed. */
    public static Profile byDefault() {
        return ofAnswer(Question.PLATFORM_VERSION.defaultValue);
    }

    public static List<String> answers() {
        return Choice.answers(values());
    }

    public static Profile ofAnswer(String answer) {
        return Choice.of(values(), answer);
    }
}
