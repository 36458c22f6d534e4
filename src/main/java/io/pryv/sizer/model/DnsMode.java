package io.pryv.sizer.model;

import java.util.List;

/** Who answers DNS for a Pryv.io v2 platform of several cores (SIZING-v2.md §1). */
public enum DnsMode implements Choice {
    EMBEDDED("Embedded DNS"),
    EXTERNAL("External DNS provider");

    private final String answer;

    DnsMode(String answer) {
        this.answer = answer;
    }

    @Override
    public String answer() { return answer; }

    public static List<String> answers() {
        return Choice.answers(values());
    }

    public static DnsMode ofAnswer(String answer) {
        return Choice.of(values(), answer);
    }
}
