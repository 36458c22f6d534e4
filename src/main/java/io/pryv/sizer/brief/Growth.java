package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.Names;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Prices;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.ZoneHeadroom;
import io.pryv.sizer.model.ZoneYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The plan ahead (SIZING.md §7-§9): how far the bill of materials goes, what is added in which year and why, and,
 * with prices, what each year costs. It only lays out the plan the rules made.
 */
final class Growth extends Part {
    static final String GROWTH = "Growth and headroom", COSTS = "Costs";
    /** Zones whose headroom is listed one by one; more, and the list keeps the zones with the least room. */
    static final int ZONES_LISTED = 12;
    /** Zones of a year's purchases named one by one; more, and they are counted. */
    static final int ZONES_NAMED = 4;
    /** Zones shown year by year; more that change are left to the workbook's Plan sheet. */
    static final int ZONES_BY_YEAR = 30;

    private final List<PlanYear> plan;
    private final boolean cluster;

    Growth(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        super(doc, writer, look, sizing);
        this.plan = sizing.plan();
        this.cluster = !sizing.topology().singleNode();
    }

    @Override
    void add() throws DocumentException {
        growth();
        costs();
    }

    // ---- growth and headroom ----

    private void growth() throws DocumentException {
        List<ZoneHeadroom> yearOne = plan.get(0).headroom();
        boolean many = yearOne.size() > ZONES_LISTED;
        PdfPTable t = headroomTable(many ? leastRoom(yearOne) : yearOne);
        section(GROWTH, lines(3) + keep(t));
        text("What the bill of materials holds: each zone's users in year 1 against the most users "
                + (cluster ? "its cores serve before the next core is needed" : "the single node serves before a cluster is needed")
                + ", and the metric that sets that limit. Room to grow is the users it can still take, also as a share of "
                + "its users (rounded down).");
        if (many) text(manyZones(yearOne));
        table(t);

        PdfPTable years = planTable();
        subsection("The plan, year by year", true, lines(2) + keep(years));
        text(Numbers.countOf(plan.size(), "year") + ". Each year lists the users and the machines in service, what is bought "
                + "that year, and the data disk provisioned over every machine: it grows as data accumulates, up to the "
                + "size the bill of materials gives.");
        table(years);
        if (!q.grows()) {
            text(PlanYear.NO_GROWTH);
            return;
        }
        zonesByYear();
        purchases();
    }

    /** The zones with the least room first, a zone without a user limit last; questionnaire order otherwise. */
    private static List<ZoneHeadroom> leastRoom(List<ZoneHeadroom> zones) {
        return zones.stream().sorted(Comparator.comparing((ZoneHeadroom h) -> !h.hasLimit())
                .thenComparing(h -> h.hasLimit() ? h.roomPercent() : 0)).limit(ZONES_LISTED).toList();
    }

    /** What a long list of zones holds, in one sentence, before the zones with the least room. */
    private String manyZones(List<ZoneHeadroom> zones) {
        List<String> full = zones.stream().filter(ZoneHeadroom::full).map(ZoneHeadroom::zone).toList();
        String fullText = full.isEmpty() ? "none has reached its user limit"
                : Look.n(full.size()) + (full.size() == 1 ? " has" : " have") + " no room left ("
                        + Names.shortList(full, 5) + ")";
        return "Of the " + Look.n(zones.size()) + " zones, " + fullText + ". Below, the " + ZONES_LISTED
                + " zones with the least room; every zone's headroom stands on its card under " + Platform.CAPACITY + ".";
    }

    private PdfPTable headroomTable(List<ZoneHeadroom> zones) {
        PdfPTable t = Look.table(new float[] {24, 13, 9, 15, 17, 22}, 1);
        t.addCell(look.head("Zone"));
        t.addCell(look.head("Users, year 1", Element.ALIGN_RIGHT));
        t.addCell(look.head(coresHeading(), Element.ALIGN_RIGHT));
        t.addCell(look.head("User limit", Element.ALIGN_RIGHT));
        t.addCell(look.head("Limiting metric"));
        t.addCell(look.head("Room to grow", Element.ALIGN_RIGHT));
        for (ZoneHeadroom h : zones) {
            t.addCell(look.text(h.zone(), look.cellBold));
            t.addCell(look.number(Look.n(h.users())));
            t.addCell(look.number(Look.n(h.cores())));
            if (!h.hasLimit()) {
                t.addCell(look.number("none"));
                t.addCell(look.text("no load on any metric"));
                t.addCell(look.number("no limit from load"));
            } else {
                t.addCell(look.number(Look.n(h.userLimit())));
                t.addCell(look.text(h.limitMetric().label()));
                t.addCell(h.full() ? look.number("none: no room left", look.cellWarn)
                        : look.number(Look.n(h.room()) + " (" + Look.n(h.roomPercent()) + " %)"));
            }
        }
        return t;
    }

    private String coresHeading() {
        return cluster ? "Cores" : "Nodes";
    }

    private PdfPTable planTable() {
        PdfPTable t = Look.table(new float[] {7, 13, 8, 11, 45, 16}, 1);
        t.addCell(look.head("Year"));
        t.addCell(look.head("Users", Element.ALIGN_RIGHT));
        t.addCell(look.head(coresHeading(), Element.ALIGN_RIGHT));
        t.addCell(look.head("Machines", Element.ALIGN_RIGHT));
        t.addCell(look.head("Bought that year"));
        t.addCell(look.head("Data disk GB", Element.ALIGN_RIGHT));
        for (PlanYear y : plan) {
            t.addCell(look.text(Integer.toString(y.year()), look.cellBold));
            t.addCell(look.number(Look.n(y.users())));
            t.addCell(look.number(Look.n(y.cores())));
            t.addCell(look.number(Look.n(y.machines())));
            t.addCell(y.year() == 1 ? look.text("the bill of materials: " + Numbers.countOf(y.machinesAdded(), "machine"))
                    : y.added().isEmpty() ? look.text("nothing", look.smallGrey) : look.text(bought(y.added())));
            t.addCell(look.number(Look.n(y.dataDiskGb())));
        }
        return t;
    }

    /** "2 cores in DE, 1 register follower in CH"; over many zones, each kind of machine counted with its zones. */
    static String bought(List<MachineGroup> added) {
        return bought(added, "in");
    }

    /** As {@link #bought(List)}, each zone after {@code where} ("added in"): zone names are the customer's own text. */
    static String bought(List<MachineGroup> added, String where) {
        Map<String, List<MachineGroup>> byKind = added.stream()
                .collect(Collectors.groupingBy(MachineGroup::label, LinkedHashMap::new, Collectors.toList()));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, groups) -> parts.add(groups.size() <= ZONES_NAMED ? MachineGroup.describe(groups, where)
                : Numbers.countOf(groups.stream().mapToLong(MachineGroup::count).sum(), kind) + " " + where + " "
                        + Numbers.countOf(groups.size(), "zone")));
        return String.join(", ", parts);
    }

    /** Each zone whose users or cores change, year by year: purchasing sees where the growth is. */
    private void zonesByYear() throws DocumentException {
        int zones = plan.get(0).zones().size();
        if (zones == 1) return; // the plan's own lines are the zone's
        List<Integer> changing = IntStream.range(0, zones).filter(this::changes).boxed().toList();
        if (changing.isEmpty()) return;
        if (changing.size() > ZONES_BY_YEAR) {
            subsection("Zones year by year", false, lines(2));
            text(Look.n(changing.size()) + " of the " + Look.n(zones) + " zones change over the plan, too many to show here: "
                    + "the Plan by Year sheet of the workbook made from the same questionnaire gives each one year by year.");
            return;
        }
        float[] widths = new float[plan.size() + 1];
        widths[0] = 20;
        for (int i = 1; i < widths.length; i++) widths[i] = 80f / plan.size();
        // Ten years of columns leave less room for each figure.
        Font users = new Font(look.regular, plan.size() > 6 ? Look.SMALL : Look.TABLE, Font.NORMAL, Look.INK);
        Font smallBold = new Font(look.bold, Look.SMALL, Font.NORMAL, Look.INK);
        PdfPTable t = Look.table(widths, 1);
        t.addCell(look.head("Zone"));
        for (PlanYear y : plan) t.addCell(look.head("Year " + y.year(), Element.ALIGN_RIGHT));
        for (int z : changing) {
            t.addCell(look.text(plan.get(0).zones().get(z).zone(), look.cellBold));
            for (PlanYear y : plan) {
                ZoneYear zy = y.zones().get(z);
                Phrase p = new Phrase(Look.n(zy.users()), users);
                p.add(new Chunk("\n" + (cluster ? Numbers.countOf(zy.cores(), "core") : "single node"),
                        zy.coresAdded() > 0 && y.year() > 1 ? smallBold : look.smallGrey));
                PdfPCell c = look.number("");
                c.setPhrase(p);
                t.addCell(c);
            }
        }
        subsection("Zones year by year", false, lines(1) + keep(t));
        text("Users of each zone that changes over the plan, and the cores in service; a year that adds cores shows them in bold.");
        table(t);
    }

    private boolean changes(int zone) {
        ZoneYear first = plan.get(0).zones().get(zone);
        return plan.stream().map(y -> y.zones().get(zone)).anyMatch(z -> z.users() != first.users() || z.cores() != first.cores());
    }

    /** When the next machines are needed and why, year by year, then how far the last year's machines go. */
    private void purchases() throws DocumentException {
        List<String> years = new ArrayList<>();
        for (PlanYear y : plan.subList(1, plan.size())) {
            if (!y.added().isEmpty()) years.add("Year " + y.year() + ": " + purchase(y) + ".");
        }
        subsection("When to buy more", false, lines(years.size() + 2));
        if (years.isEmpty()) {
            text("The machines of the bill of materials serve every year of the plan: nothing is added over the "
                    + Numbers.countOf(plan.size(), "year") + ".");
        }
        for (String s : years) text(s);
        PlanYear last = sizing.lastPlanYear();
        ZoneHeadroom tightest = leastRoom(last.headroom()).get(0);
        if (tightest.hasLimit()) {
            text("In year " + last.year() + ", the last of the plan, " + (last.headroom().size() == 1 ? tightest.zone()
                    : "the zone with the least room is " + tightest.zone()) + ": " + tightest.summary() + ".");
        }
    }

    /**
     * What year {@code y} buys and why: "2 cores added in DE, as 52,000 users need 3 cores (read requests)"; a
     * follower added with the platform's second core says so.
     */
    private String purchase(PlanYear y) {
        List<ZoneYear> growing = y.zones().stream().filter(z -> z.coresAdded() > 0).toList();
        List<String> parts = new ArrayList<>();
        if (growing.size() <= ZONES_NAMED) {
            for (ZoneYear z : growing) {
                parts.add(Numbers.countOf(z.coresAdded(), "core") + " added in " + z.zone() + ", as "
                        + Numbers.countOf(z.users(), "user") + " need " + Numbers.countOf(z.coresNeeded(), "core")
                        + (z.bindingMetric() == null ? "" : " (" + z.bindingMetric().label() + ")"));
            }
        } else {
            Map<Metric, Long> byMetric = growing.stream().filter(z -> z.bindingMetric() != null)
                    .collect(Collectors.groupingBy(ZoneYear::bindingMetric, () -> new java.util.EnumMap<>(Metric.class), Collectors.counting()));
            parts.add(Numbers.countOf(growing.stream().mapToLong(ZoneYear::coresAdded).sum(), "core") + " added in "
                    + Numbers.countOf(growing.size(), "zone") + ", as their users outgrow their cores ("
                    + byMetric.entrySet().stream().map(e -> e.getKey().label() + " in " + Numbers.countOf(e.getValue(), "zone"))
                            .collect(Collectors.joining(", ")) + ")");
        }
        List<MachineGroup> followers = y.added().stream().filter(g -> g.tier() == Tier.FOLLOWER).toList();
        if (!followers.isEmpty()) {
            parts.add(bought(followers, "added in") + ", as the platform now has more than one core");
        }
        return String.join("; ", parts);
    }

    // ---- costs ----

    private void costs() throws DocumentException {
        Costs costs = sizing.costs();
        if (costs == null) {
            section(COSTS, lines(2));
            text(Costs.NO_PRICES);
            return;
        }
        String currency = costs.currency();
        PdfPTable t = Look.table(new float[] {34, 18, 24, 24}, 1);
        t.addCell(look.head("Year"));
        t.addCell(look.head("Machines", Element.ALIGN_RIGHT));
        t.addCell(look.head("Per month, " + currency, Element.ALIGN_RIGHT));
        t.addCell(look.head("Per year, " + currency, Element.ALIGN_RIGHT));
        for (PlanYear y : plan) {
            t.addCell(look.text(Integer.toString(y.year()), look.cellBold));
            t.addCell(look.number(Look.n(y.machines())));
            // A year pays twelve equal months: the month is exactly a twelfth.
            t.addCell(look.number(Numbers.amount(y.cost().divide(BigDecimal.valueOf(12)))));
            t.addCell(look.number(Numbers.amount(y.cost())));
        }
        PdfPCell whole = Look.total(look.text("The plan, " + Numbers.countOf(plan.size(), "year"), look.cellBold));
        whole.setColspan(3);
        t.addCell(whole);
        t.addCell(Look.total(look.number(Numbers.amount(costs.plan()), look.cellBold)));

        BarChart chart = new BarChart(look, plan.stream().map(y -> BarChart.year(BigDecimal.valueOf(y.year()))).toList(),
                plan.stream().map(PlanYear::cost).toList(), currency, Numbers::amount);
        section(COSTS, lines(4) + keep(t));
        text("What renting the machines costs, in " + currency + ": every machine in service is paid for each month, as the "
                + "bill of materials specifies it, its data disk at the size provisioned that year. Amounts are rounded "
                + "half up to cents; the plan's total adds the exact years.");
        text(prices(costs.prices()));
        table(t);
        subsection("Cost by year", false, BarChart.HEIGHT + 12);
        Image img = chart.render(writer, width());
        img.setAlignment(Image.MIDDLE);
        img.setSpacingBefore(4);
        img.setSpacingAfter(8);
        doc.add(img);
    }

    /** The prices used, per month, and those left blank, which count as 0. */
    private String prices(Prices p) {
        List<String> given = Question.PRICES.stream().filter(price -> !p.blank().contains(price))
                .map(price -> named(price) + " " + Look.n(q.price(price)) + " " + p.currency()).toList();
        String blank = p.blank().isEmpty() ? ""
                : " Left blank, so counted as 0: " + priceNames(p.blank()) + ".";
        return "Prices given, per month: " + String.join(", ", given) + "." + blank;
    }

    private static String priceNames(List<Question> prices) {
        return prices.stream().map(Growth::named).collect(Collectors.joining(", "));
    }

    /** A price's label inside a sentence: "price per GB of RAM". */
    private static String named(Question price) {
        return Character.toLowerCase(price.label.charAt(0)) + price.label.substring(1);
    }
}
