package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Sizing;

/** Page one: who and what the brief is for, then the summary a manager reads first. */
final class Overview extends Part {
    static final String TITLE = "Procurement brief", SUMMARY = "Summary", MACHINES_BY_ROLE = "Machines by role";
    /** Machine types listed one by one in the summary; more, and the cores are summed up in one line. */
    static final int SUMMARY_TYPES = 8;
    /** The buyer's box on page one: its line titles, and the label of the data disk tile. */
    static final String BUY_NOW = "Buy now", NEXT_PURCHASE = "Next purchase", COST = "Cost", DATA_DISK = "Data disk",
            DATA_DISK_TILE = "data disk, full size";

    Overview(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        super(doc, writer, look, sizing);
    }

    @Override
    void add() throws DocumentException {
        titleBlock();
        summary();
    }

    private void titleBlock() throws DocumentException {
        Paragraph kicker = new Paragraph(12, "PRYV.IO PLATFORM", new Font(look.bold, 8.5f, Font.NORMAL, Look.GREY));
        doc.add(kicker);
        Chunk title = new Chunk(TITLE, look.title);
        title.setGenericTag(PageFrame.LEVEL1 + TITLE);
        Paragraph p = new Paragraph(new Phrase(title));
        p.setLeading(Look.TITLE * 1.25f);
        doc.add(p);
        Paragraph sub = new Paragraph(18, q.customerName() + " — " + q.projectName(), look.subtitle);
        sub.setSpacingAfter(10);
        doc.add(sub);

        PdfPTable t = new PdfPTable(new float[] {16, 34, 18, 32});
        t.setWidthPercentage(100);
        t.setSpacingAfter(10);
        t.setTableEvent(Look.RULES);
        pair(t, "Customer", q.customerName(), "Questionnaire date", q.questionnaireDate().toString());
        pair(t, "Project", q.projectName(), "Template version", orNone(q.templateVersion(), "not stated"));
        pair(t, "Prepared by", orNone(q.preparedBy(), "not stated"), "Rules", q.profile().rules(sizing.rulesVersion()));
        doc.add(t);

        text("This brief lists the machines to procure for the Pryv.io platform, how they are connected and what "
                + "to check before going live. Its figures are those of the workbook made from the same questionnaire "
                + "and rules; the assumptions and the decision log at the end say where each one comes from.", look.bodyGrey);
        List<Integer> missing = Brief.unprintable(q);
        if (!missing.isEmpty()) {   // named by code point: the characters themselves would not show either
            text("Some names hold characters this brief's font cannot show (" + missing.stream()
                    .map(c -> String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(", "))
                    + "): they are left out here. The workbook shows every name as typed.", look.cellWarn);
        }
    }

    private void pair(PdfPTable t, String k1, String v1, String k2, String v2) {
        t.addCell(key(k1));
        t.addCell(value(v1));
        t.addCell(key(k2));
        t.addCell(value(v2));
    }

    private PdfPCell key(String s) {
        return look.text(s, new Font(look.regular, Look.TABLE, Font.NORMAL, Look.GREY));
    }

    private PdfPCell value(String s) {
        return look.text(s, look.cellBold);
    }

    private void summary() throws DocumentException {
        section(SUMMARY, 120);
        buyersBox();
        String why = sizing.topologyReason();
        lead("Topology: ", sizing.topology().label() + (why.isEmpty() ? "." : ". " + capitalised(why) + "."));
        Role directory = sizing.directoryRole();
        lead("Users: ", Look.n(q.platformUsers()) + " in " + Numbers.countOf(sizing.zones().size(), "zone")
                + (directory == null ? "" : "; " + directory.label() + " followers: " + sizing.registerFollowers()) + ".");
        lead("Plan: ", plan());

        // Headline figures, as tiles.
        PdfPTable tiles = new PdfPTable(6);
        tiles.setWidthPercentage(100);
        tiles.setSpacingBefore(6);
        tiles.setSpacingAfter(10);
        tile(tiles, Look.n(sizing.vmCount()), "machines");
        tile(tiles, Look.n(sizing.coreCount()), sizing.coreCount() == 1 ? "core" : "cores");
        tile(tiles, Look.n(sizing.totalVcpu()), "vCPU in total");
        tile(tiles, Look.n(sizing.totalRamGb()) + " GB", "RAM in total");
        tile(tiles, Look.n(sizing.totalServicesDiskGb()) + " GB", "services disk");
        tile(tiles, Look.n(sizing.totalDataDiskGb()) + " GB", DATA_DISK_TILE);
        doc.add(tiles);

        subsection(MACHINES_BY_ROLE, false, 40);
        PdfPTable t = new PdfPTable(new float[] {10, 90});
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        List<MachineType> types = sizing.machineTypes();
        // A platform of many zones has many core sizes: past a handful, the machines holding user data are
        // summed up by role and their sizes left to the bill of materials.
        boolean many = types.size() > SUMMARY_TYPES;
        for (MachineType m : types) {
            if (many && m.role().holdsUserData()) continue;
            // Several zones: say where each line stands, as sizes differ from zone to zone.
            String where = sizing.zones().size() > 1 ? " in " + m.zonesText() : "";
            roleLine(t, Look.n(m.quantity()), m.label() + where + ": " + (m.quantity() == 1 ? "" : "each with ")
                    + m.vcpu() + " vCPU, " + Look.n(m.ramGb()) + " GB RAM, " + m.servicesDiskGb() + " GB services disk and "
                    + (m.dataDiskGb() == 0 ? "no data disk" : Look.n(m.dataDiskGb()) + " GB data disk"));
        }
        if (many) {
            Map<Role, List<MachineType>> byRole = types.stream().filter(m -> m.role().holdsUserData())
                    .collect(Collectors.groupingBy(MachineType::role, LinkedHashMap::new, Collectors.toList()));
            byRole.forEach((role, lines) -> roleLine(t, Look.n(lines.stream().mapToLong(MachineType::quantity).sum()),
                    role.label() + ", in " + lines.size() + " sizes: see " + Platform.BOM));
        }
        doc.add(t);
        // Page one is the buyer's: what follows starts on a page of its own.
        doc.newPage();
    }

    /**
     * What a buyer reads first, in a box: what to buy now, when the next purchase falls due, what it costs, and what
     * the data disk figure is for.
     */
    private void buyersBox() throws DocumentException {
        PdfPTable box = new PdfPTable(new float[] {18, 82});
        box.setWidthPercentage(100);
        box.setSpacingBefore(2);
        box.setSpacingAfter(8);
        boxLine(box, BUY_NOW, buyNow());
        boxLine(box, NEXT_PURCHASE, nextPurchase());
        Costs costs = sizing.costs();
        boxLine(box, COST, costs == null ? Costs.NO_PRICES : cost(costs));
        boxLine(box, DATA_DISK, dataDisk());
        doc.add(box);
    }

    /** "5 machines (1 static-web, 1 register leader, 1 register follower, 2 cores), 11 vCPU, … in total". */
    private String buyNow() {
        Map<String, Long> byLabel = sizing.machineTypes().stream()
                .collect(Collectors.groupingBy(MachineType::label, LinkedHashMap::new, Collectors.summingLong(MachineType::quantity)));
        return Numbers.countOf(sizing.vmCount(), "machine") + " (" + byLabel.entrySet().stream()
                .map(e -> Numbers.countOf(e.getValue(), e.getKey())).collect(Collectors.joining(", ")) + "), "
                + Look.n(sizing.totalVcpu()) + " vCPU, " + Look.n(sizing.totalRamGb()) + " GB RAM, "
                + Look.n(sizing.totalServicesDiskGb()) + " GB services disk and " + Look.n(sizing.totalDataDiskGb())
                + " GB data disk in total; each machine under " + MACHINES_BY_ROLE + " below, every order line under "
                + Orders.TITLE + ".";
    }

    /** The first later year of the plan that buys machines, and what it buys. */
    private String nextPurchase() {
        for (PlanYear y : sizing.plan().subList(1, sizing.plan().size())) {
            if (!y.added().isEmpty()) return "Year " + y.year() + ": " + Growth.bought(y.added()) + " (why, and any later "
                    + "purchase: " + Growth.GROWTH + ").";
        }
        return "None within the " + Numbers.countOf(sizing.plan().size(), "year") + " of the plan: the machines bought now "
                + "serve every year of it.";
    }

    /** Year 1, then each later year, then the whole plan. */
    private String cost(Costs costs) {
        List<PlanYear> plan = sizing.plan();
        String later = plan.subList(1, plan.size()).stream()
                .map(y -> Numbers.amount(y.cost()) + " in year " + y.year()).collect(Collectors.joining(", "));
        return Numbers.amount(costs.year1()) + " " + costs.currency() + " in year 1" + (later.isEmpty() ? "" : ", then " + later)
                + "; " + Numbers.amount(costs.plan()) + " " + costs.currency() + " over the "
                + Numbers.countOf(plan.size(), "year") + " of the plan (see " + Growth.COSTS + ").";
    }

    /**
     * What the data disk total is for (SIZING.md §2, §4, §8): the disks at the size they must reach, each holding the
     * data kept of the most users its machine serves in any plan year, with the free space; the registers' besides.
     */
    private String dataDisk() {
        Role directory = sizing.directoryRole();
        return Look.n(sizing.totalDataDiskGb()) + " GB over every machine" + (directory == null ? "" : ", " + directory.label() + "s included")
                + ": the size each disk must reach. A disk of a machine holding user data has room for "
                + Numbers.countOf(q.retentionYears(), "year") + " of data (the retention) of the most users that machine serves "
                + "in any year of the plan, plus " + Numbers.format(q.diskHeadroomPercent()) + " % free space"
                + (directory == null ? "" : "; a " + directory.label() + "'s holds the directory of which core holds each user")
                + ". The disks may start smaller and grow with the data (see " + Growth.GROWTH + ").";
    }

    private void boxLine(PdfPTable t, String key, String text) {
        PdfPCell k = look.text(key, look.cellBold), v = look.text(text);
        for (PdfPCell c : List.of(k, v)) {
            c.setBackgroundColor(Look.PAPER_TINT);
            c.setLeading(0, 1.25f);
            c.setPaddingTop(3);
            c.setPaddingBottom(5);
            c.setBorder(Rectangle.BOTTOM);   // white rules part the lines of the tinted box
            c.setBorderColor(java.awt.Color.WHITE);
            c.setBorderWidth(1.5f);
        }
        t.addCell(k);
        t.addCell(v);
    }

    /** The plan's length and how far it goes: "4 years: 17,000 users on 2 cores in year 1, 77,000 users on 5 cores in year 4". */
    private String plan() {
        PlanYear first = sizing.plan().get(0), last = sizing.lastPlanYear();
        String length = Numbers.countOf(sizing.plan().size(), "year");
        if (!q.grows()) return length + ", with the users of year 1 throughout (no growth figures given).";
        return length + ": " + usersOn(first) + " in year 1, " + usersOn(last) + " in year " + last.year()
                + " (see " + Growth.GROWTH + ").";
    }

    private static String usersOn(PlanYear y) {
        return Numbers.countOf(y.users(), "user") + " on " + (y.topology().singleNode() ? "the single node" : Numbers.countOf(y.cores(), "core"));
    }

    private void roleLine(PdfPTable t, String quantity, String what) {
        // No rules: this table has no RULES event.
        t.addCell(look.number(quantity + " ×", look.cellBold));
        t.addCell(look.text(what));
    }

    private void tile(PdfPTable t, String value, String label) {
        // Long figures are set smaller so that they stay on one line of their tile.
        float size = value.length() <= 8 ? 14 : value.length() <= 11 ? 11.5f : 9.5f;
        Paragraph p = new Paragraph(18, value, new Font(look.bold, size, Font.NORMAL, Look.ACCENT));
        p.setAlignment(Element.ALIGN_CENTER);
        Paragraph l = new Paragraph(10, label, look.smallGrey);
        l.setAlignment(Element.ALIGN_CENTER);
        PdfPCell c = new PdfPCell();
        c.addElement(p);
        c.addElement(l);
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(Look.RULE);
        c.setBorderWidth(0.5f);
        c.setBackgroundColor(Look.PAPER_TINT);
        c.setPaddingTop(2);
        c.setPaddingBottom(8);
        t.addCell(c);
    }
}
