package io.pryv.sizer.workbook;

import io.pryv.sizer.csv.PurchaseCsv;
import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.ChecklistItem.Checklist;
import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.RoleSpec;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.StorageYear;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Prices;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.SystemRequirement;
import io.pryv.sizer.model.SystemRequirement.Met;
import io.pryv.sizer.model.Upgrade;
import io.pryv.sizer.model.ZoneCapacity;
import io.pryv.sizer.model.ZoneHeadroom;
import io.pryv.sizer.model.ZoneYear;
import io.pryv.sizer.workbook.SheetWriter.Amount;
import io.pryv.sizer.workbook.SheetWriter.Pct;
import io.pryv.sizer.workbook.SheetWriter.Merged;
import io.pryv.sizer.workbook.SheetWriter.Styled;
import io.pryv.sizer.xlsx.Styles;
import io.pryv.sizer.xlsx.Styles.Style;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The layout of each result sheet, one method per sheet, in the order they appear. */
final class ResultSheets {
    static final List<String> NAMES = List.of("Summary", "Bill of Materials", "Purchase", "Plan by Year", "Capacity", "Storage", "Firewall",
            "System Requirements", "Checklists", "Assumptions", "Decision Log");
    static final String NONE = "—";
    /** The purchase CSV's columns the Purchase sheet shows: item to specification; its cost is a number in the currency. */
    private static final int PURCHASE_COLUMNS = 5;
    /** The headroom's columns, on the Capacity sheet (year 1) and the Plan by Year sheet (every year): see {@link #headroom}. */
    private static final List<String> HEADROOM_HEADINGS = List.of("Next core for", "User limit", "Room to grow (users)", "Room (% of users)");

    private final XSSFWorkbook book;
    private final Styles styles;
    private final Sizing sizing;
    private final Questionnaire q;
    private final Map<XSSFSheet, String> rows = new HashMap<>();

    ResultSheets(XSSFWorkbook book, Styles styles, Sizing sizing) {
        this.book = book;
        this.styles = styles;
        this.sizing = sizing;
        this.q = sizing.questionnaire();
    }

    void writeAll() {
        summary();
        billOfMaterials();
        purchase();
        plan();
        capacity();
        storage();
        firewall();
        systemRequirements();
        checklists();
        assumptions();
        decisionLog();
    }

    /** The XML of each sheet's rows, to be written with the workbook (see {@link SheetWriter}). */
    Map<XSSFSheet, String> rows() {
        return rows;
    }

    private SheetWriter sheet(String name) {
        return new SheetWriter(book.createSheet(name), styles, rows);
    }

    private void summary() {
        SheetWriter w = sheet("Summary").cap(0, 27).cap(1, 34).cap(2, 53);   // fits a portrait page
        w.title("Pryv.io platform sizing", q.customerName() + " – " + q.projectName());

        w.section("Project");
        for (Question question : Question.values()) {
            if (!question.isProject()) continue;
            Object answer = question.kind == Question.Kind.DATE ? q.date(question) : q.text(question);
            w.field(question.label, "".equals(answer) ? NONE : answer, null);
        }
        w.field("Template version", q.templateVersion(), null);
        w.field("Pryv.io version", q.profile().label(), null);
        w.field("Rules version", sizing.rulesVersion(), "of the " + q.profile().label() + " rules");

        w.section("Platform topology");
        // People read the label, as the brief gives it; tools read the key in the named cell below it.
        w.field("Topology", sizing.topology().label(), sentence(sizing.topologyReason()));
        name("Result_Topology", w.field("Topology key", sizing.topology().name(), "the topology for tools: defined name Result_Topology"));

        w.section("Headline figures");
        boolean cluster = !sizing.topology().singleNode();
        Role directory = sizing.directoryRole();
        name("Result_VmCount", w.field("Machines", sizing.vmCount(),
                sizing.vmCount() == 1 ? "machine to procure" : "machines to procure"));
        name("Result_CoreCount", w.field("Cores", sizing.coreCount(),
                cluster ? "cores" : "the single node"));
        name("Result_TotalVcpu", w.field("Total vCPU", sizing.totalVcpu(), "over every machine"));
        name("Result_TotalRamGb", w.field("Total RAM (GB)", sizing.totalRamGb(), "over every machine"));
        name("Result_TotalDataDiskGb", w.field("Total data disk (GB)", sizing.totalDataDiskGb(),
                !cluster ? "data disk of the single node" : directory == null ? "data disks of every machine"
                        : "data disks of every machine, the " + directory.label() + "'s included"));
        w.field("Total services disk (GB)", sizing.totalServicesDiskGb(),
                "system and Pryv.io services disks, in addition to the data disks");

        w.section("Plan and costs");
        int years = q.planYears();
        name("Result_PlanYears", w.field("Plan length (years)", years,
                q.grows() ? "the users of each year beside the zones: see the Plan by Year sheet" : PlanYear.NO_GROWTH));
        PlanYear last = sizing.lastPlanYear();
        name("Result_PlanVmCount", w.field("Machines in year " + years, last.machines(), "in service in the plan's last year"));
        name("Result_PlanCoreCount", w.field("Cores in year " + years, last.cores(),
                cluster ? "cores in service in the plan's last year" : "the single node"));
        Costs costs = sizing.costs();
        String currency = costs == null ? "" : " (" + costs.currency() + ")";
        name("Result_Currency", w.field("Currency", costs == null ? null : costs.currency(),
                costs == null ? Costs.NO_PRICES : "of every amount in this workbook"));
        name("Result_Year1Cost", w.field("Cost of year 1" + currency, costs == null ? null : new Amount(costs.year1()),
                costs == null ? null : "12 × the monthly cost of the machines in service in year 1"));
        name("Result_PlanCost", w.field("Cost of the plan" + currency, costs == null ? null : new Amount(costs.plan()),
                costs == null ? null : "every year of the plan added up"));
        if (costs != null) {
            List<Question> blank = costs.prices().blank();
            w.field("Prices left blank", blank.isEmpty() ? NONE : String.join(", ", blank.stream().map(p -> p.label).toList()),
                    blank.isEmpty() ? "every price given" : "counted as 0");
        }

        w.section("Machines by role");
        w.header("Role", "Machines", "What it does");
        // Named as the brief and the bill of materials name them: "register leader", "register follower".
        Map<String, Long> count = new LinkedHashMap<>();
        Map<String, Role> role = new HashMap<>();
        for (MachineGroup g : sizing.machineGroups()) {
            count.merge(g.label(), g.count(), Long::sum);
            role.put(g.label(), g.role());
        }
        count.forEach((label, n) -> w.row(label, n, role.get(label).purpose()));

        w.section("Findings");
        w.header("Severity", "Code", "Finding");
        for (Finding f : sizing.findings()) {
            Object severity = f.severity() == Finding.Severity.WARNING ? new Styled("warning", Style.ALERT) : "note";
            w.row(severity, f.code(), f.text());
        }
        if (sizing.findings().isEmpty()) w.row(NONE, NONE, "Nothing to report.");
        w.finish();
    }

    private void name(String name, String reference) {
        XSSFName n = book.createName();
        n.setNameName(name);
        n.setRefersToFormula(reference);
    }

    /**
     * The three tables share their columns: name, then vCPU, RAM, services and data disk in the same
     * columns, text after them, so one set of widths suits all three.
     */
    private void billOfMaterials() {
        Costs costs = sizing.costs();
        // With prices, each line's monthly cost comes before the zones, the last column, which can be long.
        int cost = MachineType.HEADINGS.size() - 1;
        List<Object> headings = new ArrayList<>(MachineType.HEADINGS);
        if (costs != null) headings.add(cost, monthlyCostHeading(costs));
        int zones = headings.size() - 1;
        SheetWriter w = sheet("Bill of Materials").cap(0, 30).cap(6, 30).cap(zones, 45);
        w.title("Bill of materials", "Sizes are per machine; totals multiply them by the quantity. "
                + "Services disk: system and Pryv.io services. Data disk: user data, headroom included, at the size it "
                + "must reach (the most users of any plan year, the full retention)." + (costs == null ? ""
                : " Monthly cost: the line's machines in year 1, each data disk at the size provisioned in year 1."));

        w.section("Machine types");
        w.header(headings.toArray());
        w.freezeFirstColumn();
        PlanYear year1 = sizing.plan().get(0);
        BigDecimal monthly = BigDecimal.ZERO;
        for (MachineType t : sizing.machineTypes()) {
            List<Object> line = new ArrayList<>(List.of(t.label(), t.vcpu(), t.ramGb(), t.servicesDiskGb(), t.dataDiskGb(), t.quantity(),
                    t.totalVcpu(), t.totalRamGb(), t.totalServicesDiskGb(), t.totalDataDiskGb(), t.zonesText()));
            if (costs != null) {
                BigDecimal lineCost = monthlyInYear1(t, year1, costs.prices());
                monthly = monthly.add(lineCost);
                line.add(cost, new Amount(lineCost));
            }
            w.row(line.toArray());
        }
        List<Object> total = new ArrayList<>(Arrays.asList("Total", null, null, null, null, sizing.vmCount(),
                sizing.totalVcpu(), sizing.totalRamGb(), sizing.totalServicesDiskGb(), sizing.totalDataDiskGb(), null));
        if (costs != null) total.add(cost, new Amount(monthly));
        w.total(total.toArray());

        // Upgrades before the machine list, which can run to tens of thousands of lines.
        w.section("Upgrades applied");
        w.header("Zone", "Minimum vCPU", "Minimum RAM (GB)", new Merged("Situation", 4));
        for (Upgrade u : sizing.upgrades()) {
            w.row(u.zone(), u.minVcpu(), u.minRamGb(), new Merged(u.role().label() + " – " + u.situation(), 4));
        }
        if (sizing.upgrades().isEmpty()) {
            w.row(NONE, null, null, new Merged("None: every machine is at its role's minimum.", 4));
        }

        w.section("Machines");
        int header = w.nextRow();
        w.header(Machine.HEADINGS.toArray());
        w.repeatOnEveryPage(header);
        for (Machine m : sizing.machines()) {
            w.row(m.hostName(), m.vcpu(), m.ramGb(), m.servicesDiskGb(), m.dataDiskGb(), m.label(), m.zone());
        }
        w.finish();
    }

    /** The heading of a line's monthly cost in year 1, on the bill of materials and the purchase sheet. */
    private static String monthlyCostHeading(Costs costs) {
        return Costs.monthlyYear1(costs.currency());
    }

    /**
     * Everything to order or arrange (rules/purchase.drl), in the purchase CSV's order and columns, placed after the
     * bill of materials for purchasing. The platform's lines (domain, certificate, licence, e-mail relay) have no zone: blank, as in the CSV.
     */
    private void purchase() {
        Costs costs = sizing.costs();
        List<Object> headings = new ArrayList<>(PurchaseCsv.HEADINGS.subList(0, PURCHASE_COLUMNS));
        if (costs != null) headings.add(monthlyCostHeading(costs));
        SheetWriter w = sheet("Purchase").cap(0, 30).cap(1, 24).cap(4, 72);   // most specifications on one line
        w.title("Purchase", "Everything to order or arrange before the platform runs, machines first. Zone: blank for "
                + "what serves the whole platform." + (costs == null ? "" : " Monthly cost: the line in year 1, as on the "
                + "bill of materials; blank where the prices do not cover the line, and the total adds up the others."));
        int header = w.nextRow();
        w.header(headings.toArray());
        w.freeze(0);
        w.repeatOnEveryPage(header);
        for (PurchaseLine l : sizing.purchase()) {
            List<Object> line = new ArrayList<>(List.of(l.item(), l.zone(), l.quantity(), l.unit(), l.specification()));
            BigDecimal cost = l.monthlyCost();   // null where the prices do not cover the line
            if (costs != null) line.add(cost == null ? null : new Amount(cost));
            w.row(line.toArray());
        }
        w.filter(header, headings.size());   // over the lines, not the total under them
        if (costs != null) w.total("Total", null, null, null, null, new Amount(PurchaseLine.monthlyTotal(sizing.purchase())));
        else w.noteBelow(Costs.NO_PRICES);
        w.finish();
    }

    /**
     * What a bill-of-materials line costs per month in year 1 (SIZING.md §9): its machines as they are in service
     * in year 1, each data disk at the size provisioned then (the line gives the size it must reach by the plan's end).
     */
    private static BigDecimal monthlyInYear1(MachineType t, PlanYear year1, Prices prices) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Long> zone : t.countByZone().entrySet()) {
            sum = sum.add(prices.monthly(year1.inService(t.label(), zone.getKey())).multiply(BigDecimal.valueOf(zone.getValue())));
        }
        return sum;
    }

    /**
     * The plan by year (SIZING.md §8, §9): a line per year for the platform, then a line per year and zone. The zones
     * make one long table rather than a block of columns per year: it keeps its width for 200 zones or 10 years, and
     * operations filter it with Excel's buttons by zone (how one zone grows) or by year (what year 3 needs).
     */
    private void plan() {
        Costs costs = sizing.costs();
        boolean cluster = !sizing.topology().singleNode();
        List<Object> headings = new ArrayList<>(List.of("Year", "Topology", "Users", "Machines", "Cores",
                "Machines added", "Data disk provisioned (GB)"));
        if (costs != null) headings.add("Cost of the year (" + costs.currency() + ")");
        headings.add("Added that year");
        SheetWriter w = sheet("Plan by Year").cap(1, 40).cap(headings.size() - 1, 45);
        w.title("Plan by year", "Year 1 is what the bill of materials buys; each later year adds what its users need, and "
                + "a machine bought stays. Data disk: provisioned that year, growing with the data up to the bill of materials' size. "
                + (costs == null ? Costs.NO_PRICES : "Cost: 12 × the monthly cost of every machine in service that year, its data disk "
                        + "at the size provisioned then."));

        w.section("Platform by year");
        w.header(headings.toArray());
        w.freezeFirstColumn();
        for (PlanYear y : sizing.plan()) {
            List<Object> line = new ArrayList<>(List.of(y.year(), y.topology().label(), y.users(), y.machines(), y.cores(),
                    y.machinesAdded(), y.dataDiskGb()));
            if (costs != null) line.add(new Amount(y.cost()));
            line.add(added(y));
            w.row(line.toArray());
        }
        if (costs != null) {
            Object[] total = new Object[headings.size()];
            total[0] = "Plan, " + Numbers.countOf(sizing.plan().size(), "year");
            total[headings.size() - 2] = new Amount(costs.plan());
            w.total(total);
        }

        w.section("Zones by year");
        int header = w.nextRow();
        List<Object> zoneHeadings = new ArrayList<>(List.of("Year", "Zone", "Users", cluster ? "Cores" : "Machines",
                cluster ? "Cores added" : "Machines added", cluster ? "Users on fullest core" : "Users on the node",
                cluster ? "Data disk per core (GB)" : "Data disk (GB)"));
        zoneHeadings.addAll(HEADROOM_HEADINGS);
        w.header(zoneHeadings.toArray());
        w.repeatOnEveryPage(header);
        for (PlanYear y : sizing.plan()) {
            Map<String, ZoneHeadroom> headroom = new HashMap<>();
            y.headroom().forEach(h -> headroom.put(h.zone(), h));
            for (ZoneYear z : y.zones()) {
                List<Object> line = new ArrayList<>(List.of(y.year(), z.zone(), z.users(), z.cores(), z.coresAdded(), z.fullestCore(),
                        z.dataDiskGb()));
                line.addAll(headroom(headroom.get(z.zone())));
                w.row(line.toArray());
            }
        }
        w.filter(header, zoneHeadings.size());
        w.finish();
    }

    /**
     * What a year adds, by role and zone, as the decision log says it: "2 cores in DE, 1 register follower in CH"; as
     * many as the bill of materials names zones, the rest summed up (the zones' table gives them all). Year 1 buys
     * the bill of materials.
     */
    private static String added(PlanYear y) {
        if (y.year() == 1) return "the bill of materials";
        List<MachineGroup> added = y.added();
        if (added.isEmpty()) return "nothing";
        int named = added.size() <= MachineType.ZONES_SHOWN + 1 ? added.size() : MachineType.ZONES_SHOWN;
        long rest = added.subList(named, added.size()).stream().mapToLong(MachineGroup::count).sum();
        return MachineGroup.describe(added.subList(0, named)) + (rest == 0 ? "" : " and " + Numbers.countOf(rest, "more machine"));
    }

    /**
     * A zone's headroom, in the columns of {@link #HEADROOM_HEADINGS}: numbers to compute with, words where there
     * are none. A full zone says so in red, so that it does not pass for a zone with a little room.
     */
    private static List<Object> headroom(ZoneHeadroom h) {
        if (!h.hasLimit()) return Arrays.asList("no load", "none from load", null, null);
        return List.of(h.limitMetric().label(), h.userLimit(),
                h.full() ? new Styled("no room left", Style.ALERT) : h.room(),
                h.full() ? new Styled(0L, Style.ALERT) : h.roomPercent());
    }

    private void capacity() {
        SheetWriter w = sheet("Capacity").cap(0, 30).cap(1, 30);
        // A single node runs the core role, so a core's limits apply to it; it has no "fullest core" of several.
        boolean cluster = !sizing.topology().singleNode();
        String perCore = cluster ? "load per core" : "load on the node";
        w.title("Capacity per zone", "Loads are peaks with the " + plain(q.safetyMarginPercent()) + "% safety margin. "
                + (cluster ? "" : "The single node runs the core role: the limits of one core apply to it. ")
                + "Utilisation: " + perCore + " over the limit of one core, rounded up to 0.1%; "
                + perCore + " rounded up to 0.01." + dataDiskNote());
        w.header("Zone", "Location", "Users", "Cores", "Cores set by", cluster ? "Users on fullest core" : "Users on the node",
                "Daily MB per user", cluster ? "Core data disk (GB)" : "Data disk (GB)", "Daily read volume (MB)");
        w.freezeFirstColumn();
        long users = 0, cores = 0;
        BigDecimal egress = BigDecimal.ZERO;
        for (ZoneCapacity z : sizing.zones()) {
            w.row(z.zone().name(), z.zone().location(), z.zone().users(), z.cores().cores(), bindingMetric(z),
                    z.cores().usersOnFullestCore(), z.dataDisk().dailyMbPerUser(), z.dataDisk().gb(), z.egress().mbPerDay());
            users += z.zone().users();
            cores += z.cores().cores();
            egress = egress.add(z.egress().mbPerDay());
        }
        w.total("Platform", null, users, cores, null, null, null, null, egress);

        // Year 1: the cores the bill of materials buys. Numbers to compute with, and the same in words as in the brief.
        w.section("Headroom on these cores");
        List<Object> headings = new ArrayList<>(List.of("Zone"));
        headings.addAll(HEADROOM_HEADINGS);
        headings.add(new Merged("Headroom", 4));
        w.header(headings.toArray());
        for (ZoneCapacity z : sizing.zones()) {
            List<Object> line = new ArrayList<>(List.of(z.zone().name()));
            line.addAll(headroom(z.headroom()));
            line.add(new Merged(z.headroom().summary(), 4));
            w.row(line.toArray());
        }

        // One line per zone and metric: narrow enough to read on screen and on paper.
        w.section("Load against the limit of one core");
        int header = w.nextRow();
        w.header("Zone", "Metric", "Unit", "Zone load", "Limit per core", "Cores needed", capitalised(perCore), "Utilisation");
        w.repeatOnEveryPage(header);   // the last table's: the pages it is repeated on hold only its lines
        for (ZoneCapacity z : sizing.zones()) {
            for (Metric m : z.shownMetrics()) {
                MetricLoad l = z.load(m);
                w.row(z.zone().name(), capitalised(m.label()), m.unit(), l.load(), l.limit(), l.coresNeeded(),
                        z.perCoreLoad(m), new Pct(z.utilisation(m)));
            }
        }
        w.finish();
    }

    /** How to read the data-disk line, which the capacity table has only under a data-disk cap. */
    private String dataDiskNote() {
        Integer cap = q.whole(Question.MAX_DATA_DISK_PER_CORE_GB);
        return cap == null ? "" : " Data disk: the zone's users against the users one core's disk holds under the "
                + plain(BigDecimal.valueOf(cap)) + " GB cap; per core, the users on the fullest core.";
    }

    /** The metric that set the zone's cores; none when the zone has no load at all. */
    private static String bindingMetric(ZoneCapacity z) {
        Metric m = z.cores().bindingMetric();
        return m == null ? "no load (minimum of one core)" : m.label();
    }

    private void storage() {
        SheetWriter w = sheet("Storage").cap(0, 30).acrossPages(2);   // many years: zone and cores on each page
        // A single node is the platform's one core: the cluster's wording of zones and cores would not fit it.
        boolean cluster = !sizing.topology().singleNode();
        w.title("Data disk by year of retention", cluster
                ? "In GB, headroom included. A zone's line: the data disk one of its cores needs after that many years. "
                        + "Platform line: every core added up."
                : "In GB, headroom included: the data disk the single node needs after that many years.");
        Set<BigDecimal> years = new LinkedHashSet<>();
        sizing.storage().forEach(y -> years.add(y.year().stripTrailingZeros()));
        List<Object> headers = new ArrayList<>(List.of("Zone", cluster ? "Cores" : "Machines"));
        years.forEach(y -> headers.add("After " + Numbers.countOf(y, "year")));
        w.sameWidth(2, 1 + years.size());
        int first = w.nextRow();
        w.header(headers.toArray());
        w.freeze(1);
        w.repeatOnEveryPage(first);
        Map<String, Map<BigDecimal, Long>> perCore = new HashMap<>();
        for (StorageYear y : sizing.storage()) {
            perCore.computeIfAbsent(y.zone(), z -> new HashMap<>()).put(y.year().stripTrailingZeros(), y.gbPerCore());
        }
        for (ZoneCapacity z : sizing.zones()) {
            List<Object> row = new ArrayList<>(List.of(z.zone().name(), z.cores().cores()));
            Map<BigDecimal, Long> zone = perCore.getOrDefault(z.zone().name(), Map.of());
            years.forEach(year -> row.add(zone.get(year)));
            w.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of(cluster ? "Platform, all cores (GB)" : "Platform (GB)", sizing.coreCount()));
        Map<BigDecimal, Long> byYear = new HashMap<>();
        sizing.coreDataDiskByYear().forEach((year, gb) -> byYear.merge(year.stripTrailingZeros(), gb, Long::sum));
        years.forEach(y -> total.add(byYear.get(y)));
        w.total(total.toArray());
        w.finish();
    }

    private void firewall() {
        SheetWriter w = sheet("Firewall").cap(4, 70);
        w.title("Firewall: inbound and outbound openings", "Everything not listed here stays closed, in both directions. "
                + "Source: the Pryv.io guide, Pryv's configuration, or product (this tool's choice, to review).");
        int first = w.nextRow();
        w.header("Direction", "From", "To", "Port", "Purpose", "Source");
        w.freeze(0);
        w.repeatOnEveryPage(first);
        for (FirewallRule r : sizing.firewall()) {
            w.row(r.direction().label(), r.from(), r.to(), r.port(), r.purpose(), r.source().label());
        }
        w.finish();
    }

    /** Text in the first columns of every table, numbers and dates after them, so the widths suit all three. */
    private void systemRequirements() {
        SheetWriter w = sheet("System Requirements").cap(0, 30).cap(1, 45).cap(2, 30);
        w.title("System requirements", "What the Pryv.io guide requires, what the questionnaire plans, "
                + "and the minimum machine of each role.");
        w.section("System software");
        w.header("Item", "Required", "Planned", "Met");
        w.freezeFirstColumn();
        for (SystemRequirement r : sizing.systemRequirements()) {
            w.row(r.item(), r.required(), r.planned().isEmpty() ? NONE : r.planned(),
                    r.met() == Met.NO ? new Styled(Met.NO.label(), Style.ALERT) : r.met().label());
        }
        w.section("Minimum machine per role");
        w.header("Role", "Inbound ports", "vCPU", "RAM (GB)", "Services disk (GB)");
        for (RoleSpec s : sizing.roleSpecs()) {
            w.row(s.role().label(), String.join(", ", s.inboundPorts()), s.vcpu(), s.ramGb(), s.servicesDiskGb());
        }
        w.section("Supported operating systems");
        w.header("Operating system", "On the questionnaire date", "Standard support ends", "Ubuntu Pro ends");
        for (OsSupport s : sizing.osSupport()) {
            w.row(s.name(), s.status() == OsSupport.Status.ENDED ? new Styled(s.label(), Style.ALERT) : s.label(),
                    s.os().standardSupportEnd(), s.os().extendedSupportEnd());
        }
        w.finish();
    }

    private void checklists() {
        SheetWriter w = sheet("Checklists").cap(0, 24).cap(1, 90);
        w.title("Operations checklists", "Tick each item once it is in place: choose Yes or No in the Done column "
                + "and note who did it and when (the only editable columns).");
        int first = w.nextRow();
        w.header("Scope", ChecklistItem.TO_DO, "Done", ChecklistItem.DONE_BY);
        w.freeze(0);
        w.repeatOnEveryPage(first);
        int firstTick = w.nextRow();
        for (Checklist list : Checklist.values()) {
            List<ChecklistItem> items = sizing.checklists().stream().filter(i -> i.checklist() == list).toList();
            if (items.isEmpty()) continue;
            Styled group = new Styled(list.title(), Style.GROUP);
            w.row(group, new Styled(null, Style.GROUP), new Styled(null, Style.GROUP), new Styled(null, Style.GROUP));
            for (ChecklistItem i : items) w.row(i.scope(), i.text(), new Styled(null, Style.TICK), new Styled(null, Style.TICK));
        }
        if (w.nextRow() > firstTick) {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(w.sheet());
            DataValidation yesNo = helper.createValidation(helper.createExplicitListConstraint(new String[] {"Yes", "No"}),
                    new CellRangeAddressList(firstTick, w.nextRow() - 1, 2, 2));
            yesNo.setShowErrorBox(true);
            yesNo.setSuppressDropDownArrow(true);   // in XSSF, true shows the arrow
            w.sheet().addValidationData(yesNo);
        }
        w.finish();
    }

    private void assumptions() {
        SheetWriter w = sheet("Assumptions").cap(0, 45).cap(4, 80);   // keys are identifiers: wide enough not to break
        w.title("Assumptions", "Every number the sizing relies on besides the loads: the rules' constants, "
                + "then the questionnaire settings that act as assumptions.");
        int first = w.nextRow();
        w.header("Key", "Value", "Unit", "Source", "Meaning");
        w.freeze(1);
        w.repeatOnEveryPage(first);
        for (Constant c : sizing.constants()) {
            Object value = !c.isName() ? c.value()
                    : new Styled(c.value(), c.value().stripTrailingZeros().scale() <= 0 ? Style.NAME_INTEGER : Style.NAME_DECIMAL);
            w.row(c.key(), value, c.unit(), c.source(), c.meaning());
        }
        for (Question question : Question.values()) {
            if (question.assumption() != null) {
                w.row(question.definedName, q.number(question), question.unit, "questionnaire", question.assumption());
            }
        }
        w.finish();
    }

    private void decisionLog() {
        SheetWriter w = sheet("Decision Log").cap(1, 55).cap(2, 24).cap(3, 90);
        w.title("Decision log", "Every rule that set a figure or raised a finding, in order, with the figures it used.");
        int first = w.nextRow();
        w.header("#", "Rule", "Zone", "Reason");
        w.freeze(0);
        w.repeatOnEveryPage(first);
        int i = 0;
        for (Decision d : sizing.decisions()) {
            w.row(++i, d.rule(), d.zone().isEmpty() ? "platform" : d.zone(), d.reason());
        }
        w.finish();
    }

    /** A number as a person writes it: 20, 2.5 (no trailing zeros, no exponent). */
    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** "one zone" → "One zone." */
    private static String sentence(String s) {
        if (s.isEmpty()) return s;
        return capitalised(s) + (s.endsWith(".") ? "" : ".");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
