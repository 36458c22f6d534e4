package io.pryv.sizer;

import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.questionnaire.TemplateLayout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds questionnaires in code for tests: the template's defaults, then only what a test changes.
 * {@code Questionnaires.builder().zone("CH", "Zürich", 100_000).writeRps("0.02").build()}
 */
public final class Questionnaires {
    private Questionnaires() {}

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The layout versions the reader accepts, as its messages list them: "1.0 and 1.1". Tests about
     * something else use it, so that adding a question (and with it a layout version) leaves them be.
     */
    public static String versionsRead() {
        List<String> v = TemplateLayout.READ_VERSIONS;
        return String.join(", ", v.subList(0, v.size() - 1)) + " and " + v.get(v.size() - 1);
    }

    public static final class Builder {
        private final List<Zone> zones = new ArrayList<>();
        private final Map<Question, Object> answers = new EnumMap<>(Question.class);

        Builder() {
            for (Question q : Question.values()) set(q, q.defaultValue);
            // The required answers, and the operating system most tests were written for.
            set(Question.CUSTOMER_NAME, "Test Clinic");
            set(Question.PROJECT_NAME, "Patient portal");
            set(Question.QUESTIONNAIRE_DATE, "2024-03-01");
            set(Question.WRITE_RPS, "0");
            set(Question.READ_RPS, "0");
            set(Question.RETENTION_YEARS, "1");
            set(Question.OPERATING_SYSTEM, "Ubuntu 20.04");
        }

        /** Any answer as it would be typed in its cell; null leaves it blank. */
        public Builder set(Question q, String typed) {
            answers.put(q, typed == null ? null : switch (q.kind) {
                case NUMBER -> new BigDecimal(typed);
                case WHOLE_NUMBER -> Integer.valueOf(typed);
                case YES_NO -> "Yes".equals(typed);
                case DATE -> LocalDate.parse(typed);
                case TEXT, CHOICE, VERSION_TEXT, CURRENCY -> typed;
            });
            return this;
        }

        public Builder zone(String name, String location, long users) { zones.add(new Zone(name, location, users)); return this; }
        /** A zone with the users of year 1, then of years 2, 3, …; null leaves a year blank (as the year before). */
        public Builder zone(String name, String location, long users, Long... laterUsers) {
            zones.add(new Zone(name, location, users, java.util.Arrays.asList(laterUsers)));
            return this;
        }
        public Builder planYears(int v) { return set(Question.PLAN_YEARS, Integer.toString(v)); }
        public Builder currency(String v) { return set(Question.CURRENCY, v); }
        public Builder customer(String v) { return set(Question.CUSTOMER_NAME, v); }
        public Builder project(String v) { return set(Question.PROJECT_NAME, v); }
        public Builder preparedBy(String v) { return set(Question.PREPARED_BY, v); }
        public Builder date(LocalDate v) { return set(Question.QUESTIONNAIRE_DATE, v.toString()); }
        public Builder rapidGrowth(boolean v) { return set(Question.EXPECT_RAPID_GROWTH, v ? "Yes" : "No"); }
        public Builder margin(String v) { return set(Question.SAFETY_MARGIN_PERCENT, v); }
        public Builder followers(Integer v) { return set(Question.REGISTER_FOLLOWERS, v == null ? null : v.toString()); }
        public Builder throughput(String v) { return set(Question.STORAGE_THROUGHPUT_MBPS, v); }
        public Builder os(String v) { return set(Question.OPERATING_SYSTEM, v); }
        public Builder extendedSupport(boolean v) { return set(Question.EXTENDED_SUPPORT, v ? "Yes" : "No"); }
        public Builder docker(String v) { return set(Question.DOCKER_VERSION, v); }
        public Builder compose(String v) { return set(Question.DOCKER_COMPOSE_VERSION, v); }
        public Builder writeRps(String v) { return set(Question.WRITE_RPS, v); }
        public Builder attachmentWriteMBps(String v) { return set(Question.ATTACHMENT_WRITE_MBPS, v); }
        public Builder writePointsPerDay(String v) { return set(Question.WRITE_DATA_POINTS_PER_DAY, v); }
        public Builder writeMBPerDay(String v) { return set(Question.WRITE_MB_PER_DAY, v); }
        public Builder retentionYears(String v) { return set(Question.RETENTION_YEARS, v); }
        public Builder readRps(String v) { return set(Question.READ_RPS, v); }
        public Builder pointsPerRequest(String v) { return set(Question.POINTS_PER_REQUEST, v); }
        public Builder attachmentReadRps(String v) { return set(Question.ATTACHMENT_READ_RPS, v); }
        public Builder readPointsPerDay(String v) { return set(Question.READ_DATA_POINTS_PER_DAY, v); }
        public Builder readMBPerDay(String v) { return set(Question.READ_MB_PER_DAY, v); }
        public Builder bytesPerPoint(String v) { return set(Question.BYTES_PER_DATA_POINT, v); }
        public Builder headroom(String v) { return set(Question.DISK_HEADROOM_PERCENT, v); }

        public Questionnaire build() {
            List<Zone> z = zones.isEmpty() ? List.of(new Zone("Main", "Lausanne", 1000)) : zones;
            return new Questionnaire(TemplateLayout.TEMPLATE_VERSION, answers, z);
        }
    }
}
