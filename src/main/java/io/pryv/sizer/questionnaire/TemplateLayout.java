package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Questionnaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one description of the questionnaire: every input with its defined name, place, label, unit,
 * help text, kind, bounds and default. {@link TemplateWriter} lays the workbook out from it and
 * {@link QuestionnaireReader} checks and reads by it, so the layout is written down only here.
 */
public final class TemplateLayout {
    private TemplateLayout() {}

    /** Version of this layout, written in the template and checked by the reader. */
    public static final String TEMPLATE_VERSION = "1.1";
    /** The first layout, still read: it had no Extended support answer, and its blank operating system was Ubuntu 20.04. */
    public static final String LAYOUT_1_0 = "1.0";
    /** Layout versions the reader accepts, oldest first. */
    public static final List<String> READ_VERSIONS = List.of(LAYOUT_1_0, TEMPLATE_VERSION);
    /** Defined name of the locked cell that holds {@link #TEMPLATE_VERSION}. */
    public static final String VERSION_NAME = "TemplateVersion";
    static final Sheet VERSION_SHEET = Sheet.PROJECT;
    static final String VERSION_CELL = "C9";
    /** Fixed creation date of the file (document properties, zip entries): same version, same bytes. */
    public static final Instant TEMPLATE_CREATED = Instant.parse("2026-01-01T00:00:00Z");

    /** Operating systems the Pryv.io guide supports, as the drop-down offers them. */
    public static final List<String> SUPPORTED_OS = List.of("Ubuntu 16.04", "Ubuntu 18.04", "Ubuntu 20.04", "Ubuntu 22.04");

    /** Defined name of the zones block: zone name, location, users. */
    public static final String ZONES_NAME = "Zones";
    public static final Sheet ZONES_SHEET = Sheet.DEPLOYMENT;
    /** First data row of the zones block in A1 numbering; its header sits just above. */
    static final int ZONES_FIRST_ROW = 17;
    static final int ZONE_ROWS = 100;
    /** First column of the zones block (B): name, then location, then users. */
    static final int ZONES_FIRST_COLUMN = 1;
    /** The reader refuses a Zones name spanning more rows than this. */
    static final int MAX_ZONE_ROWS = 10_000;
    /** Most zones a questionnaire may list; the template has 100 rows, a larger Zones range may hold more. */
    static final int MAX_ZONES = 1_000;
    /** Most users of one zone, and of the whole platform: more than there are people. */
    public static final long MAX_USERS = 10_000_000_000L;
    /** Longest text of a name, location or "prepared by" cell. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** Longest version text, e.g. 20.10. */
    static final int MAX_VERSION_LENGTH = 20;
    /** The questionnaire date lies between these, as the template's validation says. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
    static final List<String> ZONE_HEADERS = List.of("Zone name", "Location", "Users");
    static final List<String> ZONE_HELP = List.of(
            "Compliance zone: an area whose users' data must stay inside it, often a country. "
                    + "Each name once; rows left blank are skipped.",
            "Where the zone's machines stand, e.g. a city or data centre. Optional.",
            "User accounts held in this zone: a whole number, at least 1, at most " + Numbers.format(MAX_USERS) + ".");
    /** What a problem calls a cell of the zones block, by column, with the zone's row in the block (1 for the first). */
    static final List<String> ZONE_CELL_LABELS = List.of("Name of zone %d", "Location of zone %d", "Users of zone %d");
    /** The unit of a field given in percent: such a cell is read as the percentage it shows (20 or 20%, both 20). */
    static final String PERCENT = "%";

    /** Value column of every input (C); label in B, unit in D, meaning in E. */
    static final int VALUE_COLUMN = 2;
    /** Row of the column headers on the input sheets (A1 numbering); inputs start below it. */
    static final int HEADER_ROW = 4;

    /** Sheets in workbook order, with their title and the line under it. */
    public enum Sheet {
        INSTRUCTIONS("Instructions", "Pryv.io sizing questionnaire", "How to fill in this workbook."),
        PROJECT("Project", "Project", "Who the platform is for and when these figures were given."),
        PRODUCTION("Data Production", "Data production",
                "What ONE user writes: peak requests and daily volumes, per user."),
        CONSUMPTION("Data Consumption", "Data consumption",
                "What ONE user reads back: peak requests and daily volumes, per user."),
        DEPLOYMENT("Deployment", "Deployment",
                "Margins, software versions and the compliance zones with their users.");

        public final String sheetName;
        final String title;
        final String subtitle;

        Sheet(String sheetName, String title, String subtitle) {
            this.sheetName = sheetName;
            this.title = title;
            this.subtitle = subtitle;
        }
    }

    /** What a cell holds, which decides its format, its validation and how it is read. */
    public enum Kind { TEXT, DATE, NUMBER, WHOLE_NUMBER, YES_NO, OS, VERSION_TEXT }

    /** Lower bound of a number. */
    public enum Constraint {
        NONE(""), AT_LEAST_ZERO("≥ 0"), ABOVE_ZERO("> 0"), AT_LEAST_ONE("≥ 1");

        final String text;

        Constraint(String text) {
            this.text = text;
        }
    }

    /**
     * Every input cell. {@code defaultValue} is what the blank template holds and what a blank cell
     * means; null means blank. A required field has no default: blank is an error.
     */
    public enum Field {
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
                "Data points a typical read returns. Above 10,000, reads should be split into pages.",
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

        EXPECT_RAPID_GROWTH("ExpectRapidGrowth", Sheet.DEPLOYMENT, "C5", "Rapid growth expected", "Yes / No",
                "Yes if the number of users should climb fast: even a small platform then starts as a cluster, "
                        + "so cores can be added later.",
                Kind.YES_NO, Constraint.NONE, null, "No", false),
        SAFETY_MARGIN_PERCENT("SafetyMarginPercent", Sheet.DEPLOYMENT, "C6", "Safety margin", PERCENT,
                "Extra capacity added to every load because real users differ from the typical one. "
                        + "20 and 20% both mean 20 % more.",
                Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "20", false),
        REGISTER_FOLLOWERS("RegisterFollowers", Sheet.DEPLOYMENT, "C7", "Register followers", "machines",
                "Register follower machines. Leave blank to let the tool choose: "
                        + "one when the platform has several cores, none otherwise.",
                Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ZERO, "50", null, false),
        STORAGE_THROUGHPUT_MBPS("StorageThroughputMBps", Sheet.DEPLOYMENT, "C8", "Storage write speed", "MB/s",
                "Write speed of the disk storage under one core. A core takes attachment uploads "
                        + "up to half of it. At least 1.",
                Kind.NUMBER, Constraint.AT_LEAST_ONE, "1000000", "200", false),
        DISK_HEADROOM_PERCENT("DiskHeadroomPercent", Sheet.DEPLOYMENT, "C9", "Disk headroom", PERCENT,
                "Free space kept on each data disk on top of the data. 25 and 25% both mean 25 %: "
                        + "disks a quarter larger.",
                Kind.NUMBER, Constraint.AT_LEAST_ZERO, "1000", "25", false),
        OPERATING_SYSTEM("OperatingSystem", Sheet.DEPLOYMENT, "C10", "Operating system", "list",
                "Linux release planned on every machine: Ubuntu 16.04, 18.04, 20.04 or 22.04. The outputs check "
                        + "that it is still supported on the questionnaire date.",
                Kind.OS, Constraint.NONE, null, "Ubuntu 22.04", false),
        EXTENDED_SUPPORT("ExtendedSupport", Sheet.DEPLOYMENT, "C11", "Extended support", "Yes / No",
                "Yes if extended security maintenance (Ubuntu Pro) will be bought for the operating system: "
                        + "a release past its standard support then counts as supported until that maintenance ends.",
                Kind.YES_NO, Constraint.NONE, null, "No", false),
        DOCKER_VERSION("DockerVersion", Sheet.DEPLOYMENT, "C12", "Docker version", "version",
                "Planned Docker version, typed as text such as 20.10. Pryv.io needs 19 or later. Optional.",
                Kind.VERSION_TEXT, Constraint.NONE, null, null, false, "20.10"),
        DOCKER_COMPOSE_VERSION("DockerComposeVersion", Sheet.DEPLOYMENT, "C13", "Docker Compose version", "version",
                "Planned docker-compose version, typed as text such as 1.29. Pryv.io needs 1.21 or later. Optional.",
                Kind.VERSION_TEXT, Constraint.NONE, null, null, false, "1.29");

        public final String definedName;
        public final Sheet sheet;
        /** A1 address of the value cell on {@link #sheet}. */
        public final String cell;
        public final String label;
        public final String unit;
        public final String help;
        public final Kind kind;
        public final Constraint constraint;
        /** Largest value a number may take, so the sizing's arithmetic stays sane; null for other kinds. */
        public final BigDecimal max;
        public final String defaultValue;
        public final boolean required;
        /** A value such as the user might type, shown in "expected …" for a date or a version; null for other kinds. */
        public final String example;

        Field(String definedName, Sheet sheet, String cell, String label, String unit, String help,
              Kind kind, Constraint constraint, String max, String defaultValue, boolean required) {
            this(definedName, sheet, cell, label, unit, help, kind, constraint, max, defaultValue, required, null);
        }

        Field(String definedName, Sheet sheet, String cell, String label, String unit, String help,
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
        public static Field perUserPeak(Metric metric) {
            return switch (metric) {
                case WRITE_RPS -> WRITE_RPS;
                case READ_RPS -> READ_RPS;
                case ATTACHMENT_READ_RPS -> ATTACHMENT_READ_RPS;
                case ATTACHMENT_WRITE_MBPS -> ATTACHMENT_WRITE_MBPS;
            };
        }

        /** Given in percent: a percent-formatted cell (0.2 shown as 20%) is read as the 20 it shows. */
        public boolean inPercent() {
            return PERCENT.equals(unit);
        }

        /** What the cell must hold, as error messages and validation boxes say it. */
        public String expected() {
            return TemplateLayout.expected(kind, constraint, example);
        }

        /** The cell and what it holds, as problems name it: {@code Deployment!C6 (Safety margin)}. */
        public String place() {
            return InputProblem.place(sheet.sheetName, cell, label);
        }

        /** The answer of this percent field in {@code q}, as read (20 for 20 %). */
        public BigDecimal percentIn(Questionnaire q) {
            return switch (this) {
                case SAFETY_MARGIN_PERCENT -> q.safetyMarginPercent();
                case DISK_HEADROOM_PERCENT -> q.diskHeadroomPercent();
                default -> throw new IllegalArgumentException(this + " is not a field in percent");
            };
        }

        /** Whether a questionnaire of layout {@code version} holds this field; one that does not takes the default. */
        public boolean inLayout(String version) {
            return this != EXTENDED_SUPPORT || !LAYOUT_1_0.equals(version);
        }

        /** What a blank cell means in layout {@code version}: the 1.0 template offered Ubuntu 20.04 as the operating system. */
        public String defaultIn(String version) {
            return this == OPERATING_SYSTEM && LAYOUT_1_0.equals(version) ? "Ubuntu 20.04" : defaultValue;
        }

        /** The help text plus the largest value and what a blank cell means, for the sheet and the input prompt. */
        public String meaning() {
            String text = max == null ? help : help + " At most " + Numbers.format(max.longValueExact()) + ".";
            if (required) return text + " Required.";
            if (defaultValue != null) return text + " Blank means " + defaultValue + ".";
            return text;
        }
    }

    /** What a cell of this kind must hold; {@code example} (a date, a version) is null for the other kinds. */
    static String expected(Kind kind, Constraint constraint, String example) {
        String bound = constraint == Constraint.NONE ? "" : " " + constraint.text;
        return switch (kind) {
            case TEXT -> "a text";
            case DATE -> "a date such as " + example;
            case NUMBER -> "a number" + bound;
            case WHOLE_NUMBER -> "a whole number" + bound;
            case YES_NO -> "Yes or No";
            case OS -> "one of " + String.join(", ", SUPPORTED_OS);
            case VERSION_TEXT -> "a version such as " + example;
        };
    }

    /** The Zones block in A1 form, without sheet, e.g. B17:D116. */
    static String zonesArea() {
        return "B" + ZONES_FIRST_ROW + ":D" + (ZONES_FIRST_ROW + ZONE_ROWS - 1);
    }
}
