package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.ZoneCapacity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What to buy and why: the drawing, the bill of materials, capacity, storage growth, the plan ahead ({@link Growth}),
 * what to order ({@link Orders}) and the firewall.
 */
final class Platform extends Part {
    static final String TOPOLOGY = "Topology", BOM = "Bill of materials", CAPACITY = "Capacity per zone",
            STORAGE = "Data disk growth", FIREWALL = "Firewall matrix";
    /** Above this many machines the per-machine list is left to the workbook. */
    static final long LIST_MACHINES_UP_TO = 200;

    Platform(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        super(doc, writer, look, sizing);
    }

    @Override
    void add() throws DocumentException {
        topology();
        billOfMaterials();
        capacity();
        storage();
        new Growth(doc, writer, look, sizing).add();
        new Orders(doc, writer, look, sizing).add();
        firewall();
    }

    private void topology() throws DocumentException {
        TopologyDrawing drawing = new TopologyDrawing(look, sizing, width());
        List<Image> rows = drawing.render(writer);
        StringBuilder legend = new StringBuilder("Each box is a machine: host name, role, vCPU and RAM, data disk. "
                + "Frames are compliance zones, with their location and users.");
        if (sizing.registerFollowers() > 0) {
            legend.append(" Arrows: the register leader replicates to its followers over a private link")
                    .append(drawing.replicationPort.isEmpty() ? "" : ", " + drawing.replicationPort).append('.');
        }
        if (drawing.peerLink != null) {
            String role = drawing.peerLink.to();
            legend.append(" Lines: every ").append(role).append(" reaches every other ").append(role).append(" on ")
                    .append(drawing.peerLink.port()).append(" (").append(drawing.peerLink.purpose()).append(").");
        }
        if (drawing.oneCoreLink != null) {
            legend.append(" A short line joins each core to its ").append(drawing.oneCoreLink.to()).append(", on ")
                    .append(drawing.oneCoreLink.port()).append(" (").append(drawing.oneCoreLink.purpose()).append(").");
        }
        if (drawing.collapsed) legend.append(" A stacked box marked \"N ×\" stands for N identical cores of its zone.");
        if (drawing.zonesLeftOut > 0) {
            legend.append(" The drawing shows the first ").append(TopologyDrawing.MAX_ZONES).append(" zones; ")
                    .append(Look.n(drawing.zonesLeftOut)).append(" more are listed under ").append(CAPACITY).append('.');
        }
        // One borderless row per row of zones: a row moves whole to the next page. The legend shares
        // the last row's cell, so it never stands alone at the top of a page.
        PdfPTable t = new PdfPTable(1);
        t.setTotalWidth(width());
        t.setLockedWidth(true);
        t.setSplitLate(true);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (int i = 0; i < rows.size(); i++) {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            c.addElement(rows.get(i));
            if (i == rows.size() - 1) {
                Paragraph p = new Paragraph(Look.SMALL * 1.35f, legend.toString(), look.smallGrey);
                p.setSpacingBefore(4);
                c.addElement(p);
            }
            t.addCell(c);
        }
        // A drawing that fits on one page is kept on one page; a longer one starts where its first row fits.
        float pageHeight = doc.top() - doc.bottom() - 60;
        boolean onePage = t.getTotalHeight() <= pageHeight;
        t.setKeepTogether(onePage);
        section(TOPOLOGY, onePage ? t.getTotalHeight() : t.getRowHeight(0));
        doc.add(t);
    }

    private void billOfMaterials() throws DocumentException {
        PdfPTable t = Look.table(new float[] {20, 7, 8, 9, 9, 9, 8, 9, 10, 11}, 1);
        // Totals of a very large platform are long numbers: a smaller figure keeps each on one line.
        int longest = Look.n(Math.max(sizing.totalDataDiskGb(), sizing.vmCount())).length();
        float size = longest <= 9 ? Look.TABLE : longest <= 11 ? 7.5f : 6.5f;
        Font num = new Font(look.regular, size, Font.NORMAL, Look.INK), numBold = new Font(look.bold, size, Font.NORMAL, Look.INK);
        // The workbook's columns, but for the zones, which stand under each machine's name.
        List<String> heads = MachineType.HEADINGS.subList(0, 10);
        t.addCell(look.head(heads.get(0)));
        for (String h : heads.subList(1, heads.size())) t.addCell(look.head(h, Element.ALIGN_RIGHT));
        boolean zones = sizing.zones().size() > 1;
        for (MachineType m : sizing.machineTypes()) {
            Phrase machine = new Phrase(m.label(), look.cellBold);
            // Sizes differ from zone to zone: each line says, below the machine, where it stands.
            if (zones) machine.add(new Chunk("\n" + m.zonesText(), look.smallGrey));
            PdfPCell cell = look.text(machine);
            if (zones) cell.setLeading(0, 1.3f);   // room between the name and its zones
            t.addCell(cell);
            t.addCell(look.number(Look.n(m.vcpu()), num));
            t.addCell(look.number(Look.n(m.ramGb()), num));
            t.addCell(look.number(Look.n(m.servicesDiskGb()), num));
            t.addCell(look.number(Look.n(m.dataDiskGb()), num));
            t.addCell(look.number(Look.n(m.quantity()), numBold));
            t.addCell(look.number(Look.n(m.totalVcpu()), num));
            t.addCell(look.number(Look.n(m.totalRamGb()), num));
            t.addCell(look.number(Look.n(m.totalServicesDiskGb()), num));
            t.addCell(look.number(Look.n(m.totalDataDiskGb()), num));
        }
        t.addCell(Look.total(look.text("Total", look.cellBold)));
        PdfPCell gap = Look.total(look.text(""));
        gap.setColspan(4);
        t.addCell(gap);
        t.addCell(Look.total(look.number(Look.n(sizing.vmCount()), numBold)));
        t.addCell(Look.total(look.number(Look.n(sizing.totalVcpu()), numBold)));
        t.addCell(Look.total(look.number(Look.n(sizing.totalRamGb()), numBold)));
        t.addCell(Look.total(look.number(Look.n(sizing.totalServicesDiskGb()), numBold)));
        t.addCell(Look.total(look.number(Look.n(sizing.totalDataDiskGb()), numBold)));
        section(BOM, lines(1) + keep(t));
        text(Numbers.countOf(sizing.vmCount(), "machine") + " of " + Numbers.countOf(sizing.machineTypes().size(), "type")
                + ". Sizes are per machine, and minima: a larger machine will do. Totals multiply them by the quantity.");
        table(t);

        if (sizing.vmCount() > LIST_MACHINES_UP_TO) {
            subsection("Machines and host names", false, lines(3));
            text("The platform has " + Look.n(sizing.vmCount()) + " machines, too many to list here: the bill of "
                    + "materials in the workbook made from the same questionnaire gives each one with its host name and zone.");
            return;
        }
        // A host name stays on one line: its column takes the room the Machine column and the figures can
        // spare (down to what their heads need), and past that the names are set smaller, never broken or cut.
        float[] widths = {27, 8, 9, 9, 10, 19, 18}, least = {27, 6.5f, 7, 9, 9.5f, 16, 18};
        float hostText = 0;
        for (Machine x : sizing.machines()) hostText = Math.max(hostText, look.bold.getWidthPoint(x.hostName(), Look.TABLE));
        float spare = 0;
        for (int i = 1; i < widths.length; i++) spare += widths[i] - least[i];
        float wider = Math.min(spare, Math.max(0, (hostText + 9) * 100 / width() - widths[0]));
        for (int i = 1; i < widths.length; i++) widths[i] -= (widths[i] - least[i]) * wider / spare;
        widths[0] += wider;
        float hostSize = Look.TABLE * Math.min(1, (widths[0] * width() / 100 - 9) / hostText);
        Font host = new Font(look.bold, hostSize, Font.NORMAL, Look.INK);
        PdfPTable m = Look.table(widths, 1);
        // The workbook's columns: the sizes right-aligned, the names and zone as text.
        for (int i = 0; i < Machine.HEADINGS.size(); i++) {
            m.addCell(i >= 1 && i <= 4 ? look.head(Machine.HEADINGS.get(i), Element.ALIGN_RIGHT) : look.head(Machine.HEADINGS.get(i)));
        }
        for (Machine x : sizing.machines()) {
            PdfPCell name = look.text(x.hostName(), host);
            // Set smaller, the name drops by what its font lost above the baseline, to stay in line with its row.
            name.setPaddingTop(name.getPaddingTop() + (Look.TABLE - hostSize) * look.bold.getFontDescriptor(BaseFont.ASCENT, 1));
            m.addCell(name);
            m.addCell(look.number(Look.n(x.vcpu())));
            m.addCell(look.number(Look.n(x.ramGb())));
            m.addCell(look.number(Look.n(x.servicesDiskGb())));
            m.addCell(look.number(Look.n(x.dataDiskGb())));
            m.addCell(look.text(x.label()));
            m.addCell(look.text(x.zone()));
        }
        subsection("Machines and host names", false, keep(m));
        table(m);
    }

    private void capacity() throws DocumentException {
        // A single node has one zone and runs the core role itself: its card and columns speak of the node.
        boolean cluster = !sizing.topology().singleNode();
        section(CAPACITY, 190); // the introduction and the first zone
        String margin = "the safety margin of " + Look.n(q.safetyMarginPercent()) + " % included, against what one core serves. ";
        text(cluster
                ? "Peak loads of each zone, " + margin + "A core takes a load up to and including its limit; users are "
                        + "spread evenly over the cores of their zone. Load per core (to 0.01) and utilisation, the load "
                        + "per core over the limit (to 0.1 %), are rounded up. ● marks the metric that sets the zone's "
                        + "number of cores."
                : "Peak loads of the zone, " + margin + "The single node runs the core role, so it takes a load up to "
                        + "and including a core's limit. Load on the node (to 0.01) and utilisation, that load over the "
                        + "limit (to 0.1 %), are rounded up. ● marks the metric that sets the number of cores the zone "
                        + "needs: one, which the single node provides.");
        Integer cap = q.whole(Question.MAX_DATA_DISK_PER_CORE_GB);
        if (cap != null) {
            text("Data disk: the zone's users against the users that one data disk of at most " + Look.n(cap)
                    + " GB holds over the retention; " + (cluster ? "per core, the users on the fullest core." : "on the node, all its users."));
        }
        for (ZoneCapacity z : sizing.zones()) {
            PdfPTable t = Look.table(new float[] {30, 15, 14, 12, 15, 14}, 0);
            t.setKeepTogether(true); // a zone block stays on one page, its column heads with it
            t.setSpacingAfter(8);
            Phrase name = new Phrase(z.zone().name(), new Font(look.bold, 9.5f, Font.NORMAL, Look.ACCENT));
            if (!z.zone().location().isEmpty()) name.add(new Chunk("  ·  " + z.zone().location(), look.cell));
            t.addCell(look.band(name, 6));
            // The zone's facts as one line under its name, so the block reads as a card.
            String cores = cluster
                    ? Numbers.countOf(z.cores().cores(), "core") + setBy(z.cores().bindingMetric()) + "  ·  "
                            + Numbers.countOf(z.cores().usersOnFullestCore(), "user") + " on the fullest core"
                    : Numbers.countOf(z.cores().cores(), "core") + " needed" + setBy(z.cores().bindingMetric());
            PdfPCell facts = look.text(Numbers.countOf(z.zone().users(), "user") + "  ·  " + cores + "  ·  data disk "
                    + Look.n(z.dataDisk().gb()) + (cluster ? " GB per core (" : " GB on the single node (")
                    + Look.n(z.dataDisk().dailyMbPerUser()) + " MB per user per day)  ·  daily read volume "
                    + Look.n(z.egress().mbPerDay()) + " MB", look.small);
            facts.setColspan(6);
            facts.setBackgroundColor(Look.PAPER_TINT);
            t.addCell(facts);
            // Headroom on the cores of year 1, the ones the bill of materials buys.
            PdfPCell headroom = look.text("Headroom: " + z.headroom().summary(), look.small);
            headroom.setColspan(6);
            headroom.setBackgroundColor(Look.PAPER_TINT);
            t.addCell(headroom);
            t.addCell(look.head("Metric"));
            for (String h : new String[] {"Zone load", "Limit per core", "Cores needed", cluster ? "Load per core" : "Load on the node",
                    "Utilisation"}) {
                t.addCell(look.head(h, Element.ALIGN_RIGHT));
            }
            for (Metric metric : z.shownMetrics()) {
                MetricLoad l = z.load(metric);
                boolean sets = metric == z.cores().bindingMetric();
                Font f = sets ? look.cellBold : look.cell;
                t.addCell(look.text((sets ? "● " : "") + metric.label() + ", " + metric.unit(), f));
                t.addCell(look.number(Look.n(l.load()), f));
                t.addCell(look.number(Look.n(l.limit()), f));
                t.addCell(look.number(Look.n(l.coresNeeded()), f));
                t.addCell(look.number(Look.n(z.perCoreLoad(metric)), f));
                t.addCell(look.number(Look.percent(z.utilisation(metric)), f));
            }
            doc.add(t);
        }
    }

    /** No metric sets the count when every load is zero: the zone then has its one-core minimum. */
    private static String setBy(Metric m) {
        return m == null ? ", the minimum" : ", set by " + m.label();
    }

    private void storage() throws DocumentException {
        Map<BigDecimal, Long> byYear = sizing.coreDataDiskByYear();
        // Data disks are rounded up and the retention is above 0: they are all 0 GB only when nothing is written.
        if (byYear.values().stream().allMatch(gb -> gb == 0)) {
            // A row of empty bars on a made-up scale says nothing: one sentence does, and points to the storage
            // warning that says why (rules of another folder may lack it).
            String warning = sizing.findings().stream()
                    .filter(f -> f.topic() == Finding.Topic.STORAGE && f.severity() == Finding.Severity.WARNING)
                    .map(Finding::code).findFirst().orElse("");
            section(STORAGE, lines(2));
            text("No data is written per day, so the data disk of " + (sizing.topology().singleNode() ? "the single node" : "every core")
                    + " stays at 0 GB and there is no growth to chart"
                    + (warning.isEmpty() ? "." : ": see the " + warning + " warning under " + Operations.FINDINGS + "."));
            return;
        }
        BarChart chart = new BarChart(look, byYear.keySet().stream().map(BarChart::year).toList(),
                byYear.values().stream().map(BigDecimal::valueOf).toList(), "GB", Look::n);
        section(STORAGE, BarChart.HEIGHT + 30);
        Role directory = sizing.directoryRole();
        text("Data disk of " + (sizing.topology().singleNode() ? "the single node" : "all cores together")
                + " once it holds each year of retention, plus " + Look.n(q.diskHeadroomPercent())
                + " % headroom. Order the final size or plan the extensions"
                + (directory == null ? "." : "; the " + directory.label() + "s' data disks are not included."));
        Image img = chart.render(writer, width());
        img.setAlignment(Image.MIDDLE);
        img.setSpacingBefore(4);
        img.setSpacingAfter(8);
        doc.add(img);
        if (!chart.labelsFit(width())) {
            // Too many years for labels on the bars: the figures follow, four years to a line. They run
            // along the lines, so that a table that breaks across pages still reads in order on each.
            int pairs = 4;
            PdfPTable t = Look.table(new float[] {10, 15, 10, 15, 10, 15, 10, 15}, 1);
            for (int i = 0; i < pairs; i++) {
                t.addCell(look.head("Year"));
                t.addCell(look.head("Data disk GB", Element.ALIGN_RIGHT));
            }
            for (Map.Entry<BigDecimal, Long> year : byYear.entrySet()) {
                t.addCell(look.text(Look.n(year.getKey())));
                t.addCell(look.number(Look.n(year.getValue())));
            }
            for (int i = byYear.size() % pairs; i > 0 && i < pairs; i++) {
                t.addCell(look.text(""));
                t.addCell(look.text(""));
            }
            table(t);
        }
    }

    private void firewall() throws DocumentException {
        PdfPTable t = Look.table(new float[] {20, 18, 11, 40, 11}, 1);
        t.addCell(look.head("From"));
        t.addCell(look.head("To"));
        t.addCell(look.head("Port"));
        t.addCell(look.head("Purpose"));
        t.addCell(look.head("Source"));
        FirewallRule.Direction direction = null;
        for (FirewallRule r : sizing.firewall()) {
            if (r.direction() != direction) {
                direction = r.direction();
                t.addCell(look.band(switch (direction) {
                    case INBOUND -> "Inbound: who may reach the machines";
                    case OUTBOUND -> "Outbound: what the machines may reach";
                    case CLOSED -> "Keep closed: ports the software opens that nothing outside the machine may reach";
                }, 5));
            }
            t.addCell(look.text(r.from()));
            t.addCell(look.text(r.to(), look.cellBold));
            t.addCell(look.text(r.port(), look.cellBold));
            t.addCell(look.text(r.purpose()));
            t.addCell(look.text(r.source().label()));
        }
        section(FIREWALL, lines(2) + keep(t));
        text("Every opening, in both directions; everything else stays closed. Source: the Pryv.io guide, "
                + "Pryv's configuration, or product (this tool's choice, to review).");
        table(t);
    }
}
