package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's answers, one per {@link Question}, and the compliance zones. Load and volume figures
 * are per user. An answer's type follows its question's kind: text (a version, the operating system,
 * "" when blank), a date, a number, a whole number (null when left automatic) or yes/no.
 * {@code templateVersion} is the layout the answers were read from.
 */
public record Questionnaire(String templateVersion, Map<Question, Object> answers, List<Zone> zones) {

    public Questionnaire {
        zones = List.copyOf(zones);
        if (zones.isEmpty()) throw new IllegalArgumentException("at least one zone");
        Map<Question, Object> all = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            Object a = answers.get(q);
            if (a == null && isText(q) && !q.required) a = "";
            // Blank is an answer only where the catalogue gives no default: "automatic", "no limit", "no price".
            if (a == null && (q.required || q.defaultValue != null)) throw new IllegalArgumentException("no answer to " + q);
            if (a != null && !type(q).isInstance(a)) {
                throw new IllegalArgumentException(q + " takes a " + type(q).getSimpleName() + ", not " + a);
            }
            all.put(q, a);
        }
        answers = Collections.unmodifiableMap(all);
    }

    private static boolean isText(Question q) {
        return type(q) == String.class;
    }

    private static Class<?> type(Question q) {
        return switch (q.kind) {
            case TEXT, CHOICE, VERSION_TEXT, CURRENCY -> String.class;
            case DATE -> LocalDate.class;
            case NUMBER -> BigDecimal.class;
            case WHOLE_NUMBER -> Integer.class;
            case YES_NO -> Boolean.class;
        };
    }

    public BigDecimal number(Question q) {
        return (BigDecimal) answers.get(q);
    }

    /** A whole number, null when left blank for the tool to choose. */
    public Integer whole(Question q) {
        return (Integer) answers.get(q);
    }

    public String text(Question q) {
        return (String) answers.get(q);
    }

    public boolean yes(Question q) {
        return (Boolean) answers.get(q);
    }

    public LocalDate date(Question q) {
        return (LocalDate) answers.get(q);
    }

    // The answers by name, as the rules and writers read them; a new question needs none: number(Question.X).
    public String customerName() { return text(Question.CUSTOMER_NAME); }
    public String projectName() { return text(Question.PROJECT_NAME); }
    public String preparedBy() { return text(Question.PREPARED_BY); }
    public LocalDate questionnaireDate() { return date(Question.QUESTIONNAIRE_DATE); }
    public boolean expectRapidGrowth() { return yes(Question.EXPECT_RAPID_GROWTH); }
    public BigDecimal safetyMarginPercent() { return number(Question.SAFETY_MARGIN_PERCENT); }
    public Integer registerFollowers() { return whole(Question.REGISTER_FOLLOWERS); }
    public BigDecimal storageThroughputMBps() { return number(Question.STORAGE_THROUGHPUT_MBPS); }
    public String operatingSystem() { return text(Question.OPERATING_SYSTEM); }
    public boolean extendedSupport() { return yes(Question.EXTENDED_SUPPORT); }
    public String dockerVersion() { return text(Question.DOCKER_VERSION); }
    public String dockerComposeVersion() { return text(Question.DOCKER_COMPOSE_VERSION); }
    public BigDecimal writeRps() { return number(Question.WRITE_RPS); }
    public BigDecimal attachmentWriteMBps() { return number(Question.ATTACHMENT_WRITE_MBPS); }
    public BigDecimal writeDataPointsPerDay() { return number(Question.WRITE_DATA_POINTS_PER_DAY); }
    public BigDecimal writeMBPerDay() { return number(Question.WRITE_MB_PER_DAY); }
    public BigDecimal retentionYears() { return number(Question.RETENTION_YEARS); }
    public BigDecimal readRps() { return number(Question.READ_RPS); }
    public BigDecimal pointsPerRequest() { return number(Question.POINTS_PER_REQUEST); }
    public BigDecimal attachmentReadRps() { return number(Question.ATTACHMENT_READ_RPS); }
    public BigDecimal readDataPointsPerDay() { return number(Question.READ_DATA_POINTS_PER_DAY); }
    public BigDecimal readMBPerDay() { return number(Question.READ_MB_PER_DAY); }
    public BigDecimal bytesPerDataPoint() { return number(Question.BYTES_PER_DATA_POINT); }
    public BigDecimal diskHeadroomPercent() { return number(Question.DISK_HEADROOM_PERCENT); }
    public BigDecimal previewRps() { return number(Question.PREVIEW_RPS); }
    public DatabaseHost databaseHost() { return DatabaseHost.ofAnswer(text(Question.DATABASE_HOST)); }
    public DnsMode dnsMode() { return DnsMode.ofAnswer(text(Question.DNS_MODE)); }

    /** The rule profile: the platform version sized, v1 when the questionnaire does not say (layouts before 1.4). */
    public Profile profile() { return Profile.ofAnswer(text(Question.PLATFORM_VERSION)); }

    /** P: the years the plan covers. */
    public int planYears() { return whole(Question.PLAN_YEARS); }

    /** Whether any zone has a growth figure. */
    public boolean grows() {
        return zones.stream().anyMatch(Zone::grows);
    }

    /** Whether any price is given: only then are there costs, a blank price among them counting as 0. */
    public boolean priced() {
        return Question.PRICES.stream().anyMatch(p -> number(p) != null);
    }

    /** A price as the costs use it: 0 when blank. */
    public BigDecimal price(Question price) {
        if (!Question.PRICES.contains(price)) throw new IllegalArgumentException(price + " is no price");
        return number(price) == null ? BigDecimal.ZERO : number(price);
    }

    /** The answer per user that loads a metric at peak. */
    public BigDecimal perUserPeak(Metric metric) {
        return number(Question.perUserPeak(metric));
    }

    /** Users over every zone. */
    public long platformUsers() {
        return zones.stream().mapToLong(Zone::users).sum();
    }
}
