package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Sheet;
import io.pryv.sizer.model.Zone;

import org.apache.poi.ss.util.CellReference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The questionnaire's layout besides its questions (those are the {@link Question} catalogue): the
 * version cell, the zones block, the columns of the input sheets, the limits of zones and texts.
 * {@link TemplateWriter} lays the workbook out from both and {@link QuestionnaireReader} reads by both.
 */
public final class TemplateLayout {
    private TemplateLayout() {}

    /** Layout versions by their numbers: 1.2 before 1.10. */
    private static final Comparator<String> VERSION_ORDER = Comparator.comparing(
            v -> Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).toArray(), Arrays::compare);
    /** The first layout, still read: it had no Extended support answer, and its blank operating system was Ubuntu 20.04. */
    public static final String LAYOUT_1_0 = "1.0";
    /** Layout versions the reader accepts, oldest first: each layout that brought a question ({@link Question#since()}). */
    public static final List<String> READ_VERSIONS = Stream.concat(Stream.of(LAYOUT_1_0),
            Arrays.stream(Question.values()).map(Question::since)).distinct().sorted(VERSION_ORDER).toList();
    /** Version of this layout, written in the template and checked by the reader: the newest. */
    public static final String TEMPLATE_VERSION = READ_VERSIONS.get(READ_VERSIONS.size() - 1);
    /** Defined name of the locked cell that holds {@link #TEMPLATE_VERSION}. */
    public static final String VERSION_NAME = "TemplateVersion";
    static final Sheet VERSION_SHEET = Sheet.PROJECT;
    static final String VERSION_CELL = "C9";
    /** Fixed creation date of the file (document properties, zip entries): same version, same bytes. */
    public static final Instant TEMPLATE_CREATED = Instant.parse("2026-01-01T00:00:00Z");

    /** Defined name of the zones block: zone name, location, users. */
    public static final String ZONES_NAME = "Zones";
    public static final Sheet ZONES_SHEET = Sheet.DEPLOYMENT;
    /** First data row of the zones block in A1 numbering; its header sits just above. */
    public static final int ZONES_FIRST_ROW = Arrays.stream(Question.values()).filter(q -> q.sheet == ZONES_SHEET)
            .mapToInt(q -> new CellReference(q.cell).getRow() + 1).max().orElse(TemplateLayout.HEADER_ROW) + 4; // title, note, header between
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

    /** Defined name of the growth block beside the zones: the users of years 2 to {@link Zone#GROWTH_YEARS}, row by row. */
    public static final String GROWTH_NAME = "ZoneGrowth";
    /** The first layout with the growth block: the one that brought the plan. An older file has no growth. */
    static final String GROWTH_SINCE = Question.PLAN_YEARS.since();
    /** First column of the growth block (E), right after the zones' users. */
    static final int GROWTH_FIRST_COLUMN = ZONES_FIRST_COLUMN + ZONE_HEADERS.size();
    /** Columns of the growth block: one per year after the first. */
    static final int GROWTH_COLUMNS = Zone.GROWTH_YEARS - 1;
    /** Header of the growth column of year {@code k}, and what a problem calls its cell, with the zone's row. */
    static final String GROWTH_HEADER = "Users in year %d";
    static final String GROWTH_CELL_LABEL = "Users of zone %d in year %d";
    static final String GROWTH_HELP = "Users of this zone in year %d of the plan, if it grows: a whole number, at least 1, "
            + "at most " + Numbers.format(MAX_USERS) + ". Blank means as the year before.";

    /** Value column of every input (C); label in B, unit in D, meaning from E across the growth block's columns. */
    static final int VALUE_COLUMN = 2;
    /** Row of the column headers on the input sheets (A1 numbering); inputs start below it. */
    static final int HEADER_ROW = 4;

    /** Whether a questionnaire of layout {@code version} holds {@code q}; one that does not takes the default. */
    static boolean inLayout(Question q, String version) {
        return VERSION_ORDER.compare(version, q.since()) >= 0;
    }

    /** What a blank cell means in layout {@code version}: the 1.0 template offered Ubuntu 20.04 as the operating system. */
    static String defaultIn(Question q, String version) {
        return q == Question.OPERATING_SYSTEM && LAYOUT_1_0.equals(version) ? "Ubuntu 20.04" : q.defaultValue;
    }

    /** The cell of a question and what it holds, as problems and findings name it: {@code Deployment!C6 (Safety margin)}. */
    public static String place(Question q) {
        return InputProblem.place(q.sheet.sheetName, q.cell, q.label);
    }

    /** The Zones block in A1 form, without sheet, e.g. B17:D116. */
    public static String zonesArea() {
        return "B" + ZONES_FIRST_ROW + ":D" + (ZONES_FIRST_ROW + ZONE_ROWS - 1);
    }

    /** Whether a questionnaire of layout {@code version} has the growth block. */
    static boolean hasGrowth(String version) {
        return VERSION_ORDER.compare(version, GROWTH_SINCE) >= 0;
    }
}
