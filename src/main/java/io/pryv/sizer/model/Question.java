package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question catalogue: every answer of the questionnaire with its defined name, place, label, unit,
 * help text, kind, bounds and default. The template writer lays the workbook out from it, the reader
 * reads by it, and the brief and the result workbook list the answers from it. A help text that cites
 * a rule constant names it in braces, {MIN_DOCKER_VERSION}, and {@link #help(Map)} fills in its value.
 */
public enum Question {
    CUSTOMER_NAME("CustomerName", Sheet.PROJECT, "C5", "Customer name", "text",
            "Organisation that will run the Pryv.io platform.",
            Kind.TEXT, Constraint.NONE, null, null, true),
    PROJECT_NAME("ProjectName", Sheet.PROJECT, "C6", "Project name", "text",
            "Short name of the project or service the platform serves.",
            Kind.TEXT, Constraint.NONE, null, null, true),
    PREPARED_BY("PreparedBy", Sheet.PROJECT, "C7", "Prepared by", "text",
            "Who gathered these figures: name, role or e-mail. Optional.",
            Kind.TEXT, Constraint.NONE, null, null, false),
    QUESTIONNAIRE_DATE("QuestionnaireDate", Sheet.PROJECT, "C8", "Questionnaire date", "date",
            "Day the figures were given, e.g. 2024-03-01. Operating-system support is checked against it.",
            Kind.DATE, Constraint.NONE, null, null, true, "2024-03-01"),

    PLATFORM_VERSION("PlatformVersion", Sheet.PLATFORM, "C5", "Pryv.io version", "list",
            "v1: register, cores and static-web, for platforms that run v1 today. v2: one binary on every core, "
                    + "what new platforms get since 2026. The answers below are read by v2 only.",
            Kind.CHOICE, Constraint.NONE, null, "v1", false),
    DATABASE_HOST("DatabaseHost", Sheet.PLATFORM, "C6", "Database of v2", "list",
            "Where each v2 core keeps its database: on the core itself, or on a machine of its own beside it "
                    + "running PostgreSQL or MongoDB.",
            Kind.CHOICE, Constraint.NONE, null, "On each core", false),
    DNS_MODE("DnsMode", Sheet.PLATFORM, "C7", "DNS of v2", "list",
            "Who answers DNS for the platform's domain when v2 runs on several cores: the cores themselves "
                    + "(embedded DNS) or a DNS provider of yours.",
            Kind.CHOICE, Constraint.NONE, null, "Embedded DNS", false),

    WRITE_RPS("WriteRps", Sheet.PRODUCTION, "C5", "Write requests per second", "req/s per user",
            "Write requests (new or changed data) per second at the platform's peak, divided by its users: "
                    + "ONE user's share. Decimals welcome: 0.01 is one request every 100 seconds.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", null, true),
    ATTACHMENT_WRITE_MBPS("AttachmentWriteMBps", Sheet.PRODUCTION, "C6", "Attachment writes", "MB/s per user",
            "Megabytes of attached files (pictures, documents) uploaded per second at the platform's peak, divided "
                    + "by its users: not the speed of one upload. One 3 MB photo every 10 minutes: 3 / 600 = 0.005. "
                    + "0 if nothing is uploaded.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "0", false),
    WRITE_DATA_POINTS_PER_DAY("WriteDataPointsPerDay", Sheet.PRODUCTION, "C7", "Data points written per day",
            "points/day per user",
            "Data points (events) ONE user adds on a usual day. With the bytes per point it gives disk use.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "100000000", "0", false),
    WRITE_MB_PER_DAY("WriteMBPerDay", Sheet.PRODUCTION, "C8", "Data written per day", "MB/day per user",
            "Megabytes ONE user adds on a usual day. Disks are sized on the larger of this "
                    + "and points per day × bytes per point.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", "0", false),
    RETENTION_YEARS("RetentionYears", Sheet.PRODUCTION, "C9", "Retention", "years",
            "Years data is kept before deletion. Above 0; decimals allowed.",
            Kind.NUMBER, Constraint.ABOVE_ZERO, "100", null, true),
    BYTES_PER_DATA_POINT("BytesPerDataPoint", Sheet.PRODUCTION, "C10", "Bytes per data point", "bytes",
            "Stored size of one data point. Keep 250 unless you have measured your own data. Above 0.",
            Kind.NUMBER, Constraint.ABOVE_ZERO, "10000", "250", false),

    READ_RPS("ReadRps", Sheet.CONSUMPTION, "C5", "Read requests per second", "req/s per user",
            "Read requests per second at the platform's peak, divided by its users: ONE user's share. "
                    + "A user whose app reads 6 times a minute at peak: 6 / 60 = 0.1.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", null, true),
    POINTS_PER_REQUEST("PointsPerRequest", Sheet.CONSUMPTION, "C6", "Points per read request", "points",
            "Data points a typical read returns. Above {PAGING_POINTS_PER_REQUEST}, reads should be split into pages.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "100000000", "0", false),
    ATTACHMENT_READ_RPS("AttachmentReadRps", Sheet.CONSUMPTION, "C7", "Attachment reads", "req/s per user",
            "Attached files downloaded per second at the platform's peak, divided by its users: ONE user's share. "
                    + "One file every 5 minutes: 1 / 300 ≈ 0.0033. 0 if no file is read.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "0", false),
    READ_DATA_POINTS_PER_DAY("ReadDataPointsPerDay", Sheet.CONSUMPTION, "C8", "Data points read per day",
            "points/day per user",
            "Data points ONE user reads back on a usual day. With the bytes per point it gives the outgoing "
                    + "network traffic (see Data read per day).",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "100000000", "0", false),
    READ_MB_PER_DAY("ReadMBPerDay", Sheet.CONSUMPTION, "C9", "Data read per day", "MB/day per user",
            "Megabytes ONE user downloads on a usual day. Outgoing network traffic is sized on the larger "
                    + "of this and points read per day × bytes per point.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", "0", false),
    PREVIEW_RPS("PreviewRps", Sheet.CONSUMPTION, "C10", "Image previews", "req/s per user",
            "Image previews (thumbnails of attached pictures) asked per second at the platform's peak, divided by its "
                    + "users: ONE user's share. Read by Pryv.io v2 only. 0 if no preview is shown.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "0", false),

    EXPECT_RAPID_GROWTH("ExpectRapidGrowth", Sheet.DEPLOYMENT, "C5", "Rapid growth expected", "Yes / No",
            "Yes if the number of users should climb fast: even a small platform then starts as a cluster, "
                    + "so cores can be added later.",
            Kind.YES_NO, Constraint.NONE, null, "No", false),
    SAFETY_MARGIN_PERCENT("SafetyMarginPercent", Sheet.DEPLOYMENT, "C6", "Safety margin", Question.PERCENT,
            "Extra capacity added to every load because real users differ from the typical one. "
                    + "20 and 20% both mean 20 % more.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "20", false),
    REGISTER_FOLLOWERS("RegisterFollowers", Sheet.DEPLOYMENT, "C7", "Register followers of v1", "machines",
            "Register follower machines. Leave blank to let the tool choose: "
                    + "{AUTO_FOLLOWERS_WITH_SEVERAL_CORES} when the platform has several cores, none otherwise.",
            Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ZERO, "50", null, false),
    STORAGE_THROUGHPUT_MBPS("StorageThroughputMBps", Sheet.DEPLOYMENT, "C8", "Storage write speed", "MB/s",
            "Write speed of the disk storage under one core. A core takes attachment uploads "
                    + "up to {ATTACHMENT_WRITE_SHARE_OF_STORAGE%} of it. At least 1.",
            Kind.NUMBER, Constraint.AT_LEAST_ONE, "1000000", "200", false),
    DISK_HEADROOM_PERCENT("DiskHeadroomPercent", Sheet.DEPLOYMENT, "C9", "Disk headroom", Question.PERCENT,
            "Free space kept on each data disk on top of the data. 25 and 25% both mean 25 %: "
                    + "disks a quarter larger.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "25", false),
    OPERATING_SYSTEM("OperatingSystem", Sheet.DEPLOYMENT, "C10", "Operating system", "list",
            "Linux release planned on every machine. Pryv.io v1 runs on Ubuntu 16.04 to 22.04, v2 on Ubuntu 20.04 "
                    + "to 24.04 and Debian 11 and 12. The outputs check that it is still supported on the questionnaire date.",
            Kind.CHOICE, Constraint.NONE, null, "Ubuntu 22.04", false),
    EXTENDED_SUPPORT("ExtendedSupport", Sheet.DEPLOYMENT, "C11", "Extended support", "Yes / No",
            "Yes if extended security maintenance (Ubuntu Pro) will be bought for the operating system: "
                    + "a release past its standard support then counts as supported until that maintenance ends.",
            Kind.YES_NO, Constraint.NONE, null, "No", false),
    DOCKER_VERSION("DockerVersion", Sheet.DEPLOYMENT, "C12", "Docker version", "version",
            "Planned Docker version, typed as text such as 20.10. Pryv.io v1 needs {MIN_DOCKER_VERSION} or later, "
                    + "v2 {V2_MIN_DOCKER_VERSION} or later. Optional.",
            Kind.VERSION_TEXT, Constraint.NONE, null, null, false, "20.10"),
    DOCKER_COMPOSE_VERSION("DockerComposeVersion", Sheet.DEPLOYMENT, "C13", "Docker Compose version", "version",
            "Planned docker-compose version, typed as text such as 1.29. Pryv.io v1 needs {MIN_DOCKER_COMPOSE_VERSION} "
                    + "or later; v2 runs without it, but one it uses must be {V2_MIN_DOCKER_COMPOSE_VERSION} or later. Optional.",
            Kind.VERSION_TEXT, Constraint.NONE, null, null, false, "1.29"),
    MAX_DATA_DISK_PER_CORE_GB("MaxDataDiskPerCoreGb", Sheet.DEPLOYMENT, "C14", "Largest data disk per core", "GB",
            "Largest data disk of a machine holding user data (a core or the single node; not the register), "
                    + "such as the largest volume the platform provides. Zones get the cores it takes. Blank means no limit.",
            Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ONE, "1000000", null, false),
    BACKUP_COPIES("BackupCopies", Sheet.DEPLOYMENT, "C15", "Full backup copies kept", "copies",
            "Full copies of the data kept as backups, each restorable on its own. Each zone keeps its own, "
                    + "as large as its data disks together. At least 1.",
            Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ONE, "100", "2", false),

    PLAN_YEARS("PlanYears", Sheet.PLAN, "C5", "Plan length", "years",
            "Years the plan and its costs cover, from 1 to 10. The users of years 2 to 5 go beside the zones "
                    + "(Deployment sheet); later years keep the users of year 5.",
            Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ONE, "10", "5", false),
    CURRENCY("Currency", Sheet.PLAN, "C6", "Currency", "ISO code",
            "Currency of the prices below: three capital letters such as CHF, EUR or USD. Required as soon as a price is given.",
            Kind.CURRENCY, Constraint.NONE, null, null, false, "CHF"),
    PRICE_MACHINE_MONTH("PriceMachineMonth", Sheet.PLAN, "C7", "Price per machine", "per month",
            "Fixed monthly price of one virtual machine (licence, management), whatever its size. "
                    + "Leave every price blank for a plan without costs; a blank price among given ones counts as 0.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", null, false),
    PRICE_VCPU_MONTH("PriceVcpuMonth", Sheet.PLAN, "C8", "Price per vCPU", "per month",
            "Monthly price of one virtual CPU.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", null, false),
    PRICE_RAM_GB_MONTH("PriceRamGbMonth", Sheet.PLAN, "C9", "Price per GB of RAM", "per month",
            "Monthly price of one gigabyte of memory.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", null, false),
    PRICE_SERVICES_DISK_GB_MONTH("PriceServicesDiskGbMonth", Sheet.PLAN, "C10", "Price per GB of services disk", "per month",
            "Monthly price of one gigabyte of the system and services disk every machine has.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", null, false),
    PRICE_DATA_DISK_GB_MONTH("PriceDataDiskGbMonth", Sheet.PLAN, "C11", "Price per GB of data disk", "per month",
            "Monthly price of one gigabyte of data disk. Data disks are paid at the size provisioned each year, "
                    + "which grows as data accumulates.",
            Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000000", null, false);

    /** The five prices of SIZING.md §9, in the order a machine's monthly cost adds them up. */
    public static final List<Question> PRICES = List.of(PRICE_MACHINE_MONTH, PRICE_VCPU_MONTH, PRICE_RAM_GB_MONTH,
            PRICE_SERVICES_DISK_GB_MONTH, PRICE_DATA_DISK_GB_MONTH);

    /** The unit of a question given in percent: such a cell is read as the percentage it shows (20 or 20%, both 20). */
    public static final String PERCENT = "%";
    /** Operating systems a Pryv.io guide supports, v1's or v2's, as the drop-down offers them; each profile's rules say which it runs on. */
    public static final List<String> SUPPORTED_OS = List.of("Ubuntu 16.04", "Ubuntu 18.04", "Ubuntu 20.04", "Ubuntu 22.04",
            "Ubuntu 24.04", "Debian 11", "Debian 12");
    /** A rule constant cited in a help text: {KEY} for its value, {KEY%} for a ratio as a percentage. */
    private static final Pattern CITED_CONSTANT = Pattern.compile("\\{([A-Z0-9_]+)(%?)}");

    /** Sheets of the questionnaire in workbook order, with their title and the line under it. */
    public enum Sheet {
        INSTRUCTIONS("Instructions", "Pryv.io sizing questionnaire", "How to fill in this workbook."),
        PROJECT("Project", "Project", "Who the platform is for and when these figures were given."),
        PLATFORM("Platform", "Platform",
                "Which Pryv.io version to size, and the options of v2."),
        PRODUCTION("Data Production", "Data production",
                "What ONE user writes: peak requests and daily volumes, per user."),
        CONSUMPTION("Data Consumption", "Data consumption",
                "What ONE user reads back: peak requests and daily volumes, per user."),
        DEPLOYMENT("Deployment", "Deployment",
                "Margins, software versions and the compliance zones with their users."),
        PLAN("Plan", "Plan and prices",
                "How many years to plan for and, optionally, prices to cost the plan.");

        public final String sheetName;
        public final String title;
        public final String subtitle;

        Sheet(String sheetName, String title, String subtitle) {
            this.sheetName = sheetName;
            this.title = title;
            this.subtitle = subtitle;
        }
    }

    /** What a cell holds, which decides its format, its validation, how it is read and the type of its answer. */
    public enum Kind { TEXT, DATE, NUMBER, WHOLE_NUMBER, YES_NO, CHOICE, VERSION_TEXT, CURRENCY }

    /** What a {@link Kind#CHOICE} question's drop-down offers; empty for the other kinds. */
    public List<String> choices() {
        return switch (this) {
            case PLATFORM_VERSION -> Profile.answers();
            case DATABASE_HOST -> DatabaseHost.answers();
            case DNS_MODE -> DnsMode.answers();
            case OPERATING_SYSTEM -> SUPPORTED_OS;
            default -> List.of();
        };
    }

    /** Lower bound of a number. */
    public enum Constraint {
        NONE(""), AT_LEAST_ZERO("≥ 0"), ABOVE_ZERO("> 0"), AT_LEAST_ONE("≥ 1");

        public final String text;

        Constraint(String text) {
            this.text = text;
        }
    }

    public final String definedName;
    public final Sheet sheet;
    /** A1 address of the value cell on {@link #sheet}. */
    public final String cell;
    public final String label;
    public final String unit;
    /** The help text as written here, rule constants still in braces: see {@link #help(Map)}. */
    public final String help;
    public final Kind kind;
    public final Constraint constraint;
    /** Largest value a number may take, so the sizing's arithmetic stays sane; null for other kinds. */
    public final BigDecimal max;
    /** What the blank template holds and what a blank cell means; null means blank. A required question has none. */
    public final String defaultValue;
    public final boolean required;
    /** A value such as the user might type, shown in "expected …" for a date or a version; null for other kinds. */
    public final String example;

    Question(String definedName, Sheet sheet, String cell, String label, String unit, String help,
             Kind kind, Constraint constraint, String max, String defaultValue, boolean required) {
        this(definedName, sheet, cell, label, unit, help, kind, constraint, max, defaultValue, required, null);
    }

    Question(String definedName, Sheet sheet, String cell, String label, String unit, String help,
             Kind kind, Constraint constraint, String max, String defaultValue, boolean required, String example) {
        this.definedName = definedName;
        this.sheet = sheet;
        this.cell = cell;
        this.label = label;
        this.unit = unit;
        this.help = help;
        this.kind = kind;
        this.constraint = constraint;
        this.max = max == null ? null : new BigDecimal(max);
        this.defaultValue = defaultValue;
        this.required = required;
        this.example = example;
    }

    /** The answer that gives a metric's peak per user: the findings name its cell. */
    public static Question perUserPeak(Metric metric) {
        return switch (metric) {
            case WRITE_RPS -> WRITE_RPS;
            case READ_RPS -> READ_RPS;
            case ATTACHMENT_READ_RPS -> ATTACHMENT_READ_RPS;
            case ATTACHMENT_WRITE_MBPS -> ATTACHMENT_WRITE_MBPS;
            case PREVIEW_RPS -> PREVIEW_RPS;
            case USERS, DATA_DISK -> throw new IllegalArgumentException(metric + " is bounded by a count or a cap, not by a per-user peak");
        };
    }

    /** Whether the rules of {@code profile} read this answer: the outputs of its sizings list only those. */
    public boolean readBy(Profile profile) {
        return switch (this) {
            case PREVIEW_RPS, DATABASE_HOST, DNS_MODE -> profile == Profile.V2;
            case REGISTER_FOLLOWERS -> profile == Profile.V1;
            default -> true;
        };
    }

    /** Given in percent: a percent-formatted cell (0.2 shown as 20%) is read as the 20 it shows. */
    public boolean inPercent() {
        return PERCENT.equals(unit);
    }

    /** The answer of this percent question in {@code q}, as read (20 for 20 %). */
    public BigDecimal percentIn(Questionnaire q) {
        if (!inPercent()) throw new IllegalArgumentException(this + " is not a question in percent");
        return q.number(this);
    }

    /** On the Project sheet: who and when, shown at the head of the outputs rather than among the answers. */
    public boolean isProject() {
        return sheet == Sheet.PROJECT;
    }

    /**
     * What the result workbook's Assumptions sheet says of this answer, for the settings that act as
     * assumptions of the sizing (margins, storage speed, size of a point); null for the other answers.
     */
    public String assumption() {
        return switch (this) {
            case SAFETY_MARGIN_PERCENT -> "Margin for differences between users, added to every load";
            case STORAGE_THROUGHPUT_MBPS -> "Write speed of a core's data storage; sets its attachment write limit";
            case BYTES_PER_DATA_POINT -> "Stored size of one data point";
            case DISK_HEADROOM_PERCENT -> "Headroom added on top of the data on every data disk: data × (1 + headroom)";
            default -> null;
        };
    }

    /**
     * The layout version of the template that first asked this question: a questionnaire of an older
     * layout lacks its cell and takes its default. The newest of these is the template's version.
     */
    public String since() {
        return switch (this) {
            case EXTENDED_SUPPORT -> "1.1";
            case MAX_DATA_DISK_PER_CORE_GB -> "1.2";
            case PLAN_YEARS, CURRENCY, BACKUP_COPIES, PRICE_MACHINE_MONTH, PRICE_VCPU_MONTH, PRICE_RAM_GB_MONTH,
                 PRICE_SERVICES_DISK_GB_MONTH, PRICE_DATA_DISK_GB_MONTH -> "1.3";
            case PLATFORM_VERSION, DATABASE_HOST, DNS_MODE, PREVIEW_RPS -> "1.4";
            default -> "1.0";
        };
    }

    /** What the cell must hold, as error messages and validation boxes say it. */
    public String expected() {
        return kind == Kind.CHOICE ? "one of " + String.join(", ", choices()) : expected(kind, constraint, example);
    }

    /** What a cell of this kind must hold; {@code example} (a date, a version) is null for the other kinds. */
    public static String expected(Kind kind, Constraint constraint, String example) {
        String bound = constraint == Constraint.NONE ? "" : " " + constraint.text;
        return switch (kind) {
            case TEXT -> "a text";
            case DATE -> "a date such as " + example;
            case NUMBER -> "a number" + bound;
            case WHOLE_NUMBER -> "a whole number" + bound;
            case YES_NO -> "Yes or No";
            case CHOICE -> throw new IllegalArgumentException("a choice's options are its question's: see expected()");
            case VERSION_TEXT -> "a version such as " + example;
            case CURRENCY -> "three capital letters such as " + example;
        };
    }

    /** The help text with the rule constants it cites filled in from {@code constants} (key → value). */
    public String help(Map<String, BigDecimal> constants) {
        Matcher m = CITED_CONSTANT.matcher(help);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal value = constants.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("the help of " + definedName + " cites "
                    + m.group(1) + ", which the rules do not define");
            // A version is cited as written (Docker 20.10, not 20.1); a figure grouped like every other number.
            String shown = !m.group(2).isEmpty() ? Numbers.format(value.movePointRight(2)) + " %"
                    : m.group(1).endsWith("_VERSION") ? value.toPlainString() : Numbers.format(value);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return m.appendTail(out).toString();
    }

    /** The help text plus the largest value and what a blank cell means, for the sheet and the input prompt. */
    public String meaning(Map<String, BigDecimal> constants) {
        String text = help(constants);
        if (max != null) text += " At most " + Numbers.format(max.longValueExact()) + ".";
        if (required) return text + " Required.";
        if (defaultValue != null) return text + " Blank means " + defaultValue + ".";
        return text;
    }

    /**
     * The answer in {@code q} as the outputs print it beside the label: a number with its unit, a count
     * for a unit that is a plural noun (1 year, 3 machines), "automatic" for a blank whole number,
     * "not stated" for a blank text.
     */
    public String answerIn(Questionnaire q) {
        return switch (kind) {
            case NUMBER -> q.number(this) == null ? "not given" : amount(q.number(this));
            case WHOLE_NUMBER -> q.whole(this) == null ? (this == MAX_DATA_DISK_PER_CORE_GB ? "no limit" : "automatic")
                    : amount(BigDecimal.valueOf(q.whole(this)));
            case YES_NO -> q.yes(this) ? "Yes" : "No";
            case DATE -> q.date(this).toString();
            case TEXT, CHOICE, VERSION_TEXT, CURRENCY -> q.text(this).isBlank() ? "not stated" : q.text(this);
        };
    }

    private String amount(BigDecimal n) {
        if (unit.matches("[a-z]+s")) return Numbers.countOf(n, unit.substring(0, unit.length() - 1));
        return Numbers.format(n) + " " + unit;
    }
}
