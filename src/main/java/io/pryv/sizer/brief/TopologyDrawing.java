package io.pryv.sizer.brief;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.ZoneCapacity;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The topology as vector graphics: one box per machine, zones as framed groups, the register replication (leader to
 * followers, on its private port) as arrows, and the links that join machines of one role to each other (v2's cores
 * in one Raft cluster) as lines from a shared bus. Zones are packed into rows; each row is a
 * form XObject (an image in the page flow, but vector), so rows go on to the next page instead of shrinking. Many
 * identical cores of a zone collapse into one "N ×" box so that 20 000 machines stay a drawing.
 */
final class TopologyDrawing {
    static final float BOX_W = 94, BOX_H = 40, GAP = 8, PAD = 8, HEAD = 25, ZONE_GAP = 8;
    static final float LANE = 18, GUTTER = 15, BOTTOM = 6;
    /** What a box grows by for each extra line of a host name broken in two. */
    static final float LINE = 7;
    static final int COLS = 4;
    /** Identical cores of a zone are drawn one by one up to this many... */
    static final int DRAW_CORES_UP_TO = 16;
    /** ...and only while the platform has at most this many machines (then any run of cores collapses). */
    static final long DRAW_EACH_MACHINE_UP_TO = 64;
    /** Zones drawn at most; the capacity table lists them all. */
    static final int MAX_ZONES = 100;

    private final Look look;
    private final Sizing sizing;
    private final float width;
    /** The replication link's port as the arrows are labelled ("tcp/6379"), as the firewall rules open it. */
    final String replicationPort;
    /** The opening that joins machines of one role to each other (v2's cores, Raft), as the firewall lists it; null without. */
    final FirewallRule peerLink;
    /** The opening from a core to the machine that serves it alone (v2's database host); null without. */
    final FirewallRule oneCoreLink;

    TopologyDrawing(Look look, Sizing sizing, float width) {
        this.look = look;
        this.sizing = sizing;
        this.width = width;
        this.replicationPort = sizing.replicationPort();
        this.peerLink = sizing.peerLink();
        this.oneCoreLink = sizing.oneCoreLink();
    }

    /** {@code peer}: the machine is joined to the others of its role by {@link #peerLink}. */
    private record Box(String title, String kind, String size, String disk, Role role, Tier tier, long count, boolean peer) {
        boolean linked() { return tier.replicated() || peer; }

        boolean follower() { return tier == Tier.FOLLOWER; }
    }

    private static final class Cell {
        final String name, caption;
        final List<Box> boxes;
        final int cols, rows;
        final float w, h, boxH;
        float x; // left edge inside the row, set when the row is laid out

        Cell(String name, String caption, List<Box> boxes, float boxH) {
            this.name = name;
            this.caption = caption;
            this.boxes = boxes;
            this.boxH = boxH;
            cols = Math.max(1, Math.min(boxes.size(), COLS));
            rows = (boxes.size() + cols - 1) / cols;
            w = 2 * PAD + cols * BOX_W + (cols - 1) * GAP;
            h = HEAD + rows * boxH + (rows - 1) * GAP + PAD;
        }

        float boxX(int i) { return x + PAD + (i % cols) * (BOX_W + GAP); }

        /** Top of box i, measured down from the top of the cell. */
        float boxTopDown(int i) { return HEAD + (i / cols) * (boxH + GAP); }
    }

    /** True when some zone's cores are drawn as one box: the legend then explains "N ×". */
    boolean collapsed;
    int zonesLeftOut;

    /** The drawing, one vector image per row of zones, top to bottom; each is exactly {@code width} wide. */
    List<Image> render(PdfWriter writer) throws BadElementException {
        List<Cell> cells = cells();
        boolean links = cells.stream().anyMatch(c -> c.boxes.stream().anyMatch(b -> b.follower() || b.peer()));
        float lane = links ? LANE : 0;
        float avail = width - lane;

        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        float used = 0;
        for (Cell c : cells) {
            if (!row.isEmpty() && used + ZONE_GAP + c.w > avail) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : ZONE_GAP) + c.w;
            row.add(c);
        }
        rows.add(row);

        // The last row with a follower: the trunk that joins the rows' link buses stops there.
        int lastLinkedRow = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(c -> c.boxes.stream().anyMatch(b -> b.follower() || b.peer()))) lastLinkedRow = r;
        }

        List<Image> images = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cs = rows.get(r);
            float rowW = cs.stream().map(c -> c.w).reduce(0f, Float::sum) + ZONE_GAP * (cs.size() - 1);
            float x = lane + (rows.size() == 1 ? (avail - rowW) / 2 : 0);
            for (Cell c : cs) {
                c.x = x;
                x += c.w + ZONE_GAP;
            }
            float rowH = cs.stream().map(c -> c.h).max(Float::compare).orElse(0f);
            boolean trunk = links && lastLinkedRow > 0 && r <= lastLinkedRow;
            PdfTemplate t = writer.getDirectContent().createTemplate(width, (links ? GUTTER : 2) + rowH + BOTTOM);
            drawRow(t, cs, rowH, links, trunk, r == 0, r == lastLinkedRow);
            images.add(Image.getInstance(t));
        }
        return images;
    }

    private void drawRow(PdfTemplate t, List<Cell> cells, float rowH, boolean links, boolean trunk,
                         boolean firstRow, boolean lastLinkedRow) {
        float top = t.getHeight() - (links ? GUTTER : 2);
        float busY = t.getHeight() - GUTTER + 5;
        float trunkX = LANE / 2;

        for (Cell c : cells) drawZone(t, c, top, rowH);

        if (!links) return;
        List<Float> drops = new ArrayList<>();
        t.saveState();
        t.setColorStroke(Look.ACCENT);
        t.setColorFill(Look.ACCENT);
        t.setLineWidth(0.9f);
        for (Cell c : cells) {
            for (int i = 0; i < c.boxes.size(); i++) {
                Box b = c.boxes.get(i);
                if (!b.linked()) continue;
                float dx = dropX(c, i);
                float boxTop = top - c.boxTopDown(i);
                drops.add(dx);
                t.moveTo(dx, busY);
                t.lineTo(dx, boxTop + (b.follower() ? 4 : 0));
                t.stroke();
                if (b.follower()) arrowDown(t, dx, boxTop);
                else t.circle(dx, busY, 1.6f);
                t.fill();
                // Peers reach each other both ways: a dot where the line meets the box too.
                if (b.peer()) {
                    t.circle(dx, boxTop, 1.6f);
                    t.fill();
                }
            }
        }
        if (!drops.isEmpty()) {
            float from = trunk ? trunkX : drops.stream().min(Float::compare).orElse(trunkX);
            float to = drops.stream().max(Float::compare).orElse(trunkX);
            t.moveTo(from, busY);
            t.lineTo(to, busY);
            t.stroke();
        }
        if (trunk) {
            t.moveTo(trunkX, firstRow ? busY : t.getHeight());
            t.lineTo(trunkX, lastLinkedRow ? busY : 0);
            t.stroke();
        }
        t.restoreState();

        // Port label beside each follower's arrow, and each peer's line, above the bus.
        for (Cell c : cells) {
            for (int i = 0; i < c.boxes.size(); i++) {
                Box b = c.boxes.get(i);
                if (b.follower()) text(t, look.regular, 6, Look.ACCENT, replicationPort, dropX(c, i) + 3, busY + 2.5f);
                else if (b.peer()) text(t, look.regular, 6, Look.ACCENT, peerLink.port(), dropX(c, i) + 3, busY + 2.5f);
            }
        }
    }

    private static float dropX(Cell c, int i) {
        return c.boxX(i) + 10;
    }

    private void drawZone(PdfTemplate t, Cell c, float top, float rowH) {
        t.saveState();
        t.setColorFill(Look.PAPER_TINT);
        t.setColorStroke(Look.RULE);
        t.setLineWidth(0.6f);
        t.roundRectangle(c.x, top - rowH, c.w, rowH, 3);
        t.fillStroke();
        t.restoreState();

        // The zone's name starts right of any link that drops through the header.
        float textX = c.x + PAD;
        for (int i = 0; i < Math.min(c.cols, c.boxes.size()); i++) {
            if (c.boxes.get(i).linked()) textX = dropX(c, i) + 5;
        }
        float textW = c.x + c.w - PAD - textX;
        fitted(t, look.bold, 8, Look.ACCENT, c.name, textX, top - 10, textW);
        fitted(t, look.regular, 6.5f, Look.GREY, c.caption, textX, top - 19, textW);

        for (int i = 0; i < c.boxes.size(); i++) drawBox(t, c.boxes.get(i), c.boxX(i), top - c.boxTopDown(i) - c.boxH, c.boxH);
        // A machine that serves one core stands right of it: a short line joins the two across the gap.
        for (int i = 1; i < c.boxes.size(); i++) {
            if (!c.boxes.get(i).role().ofOneCore() || !c.boxes.get(i - 1).role().core() || i % c.cols == 0) continue;
            float y = top - c.boxTopDown(i) - c.boxH / 2;
            t.saveState();
            t.setColorStroke(Look.ACCENT);
            t.setLineWidth(0.9f);
            t.moveTo(c.boxX(i - 1) + BOX_W, y);
            t.lineTo(c.boxX(i), y);
            t.stroke();
            t.restoreState();
        }
    }

    private void drawBox(PdfTemplate t, Box b, float x, float y, float boxH) {
        // Machines that hold users or their directory stand out; the others (the static front) are drawn in grey.
        Color stroke = b.role.holdsUserData() || b.role.directory() ? Look.ACCENT : Look.GREY;
        Color fill = b.linked() ? Look.ACCENT_TINT : Color.WHITE;
        t.saveState();
        t.setLineWidth(0.7f);
        t.setColorStroke(stroke);
        if (b.count > 1) {
            // A stack of cards: this box stands for several identical machines.
            for (int k = 2; k >= 1; k--) {
                t.setColorFill(Color.WHITE);
                t.roundRectangle(x + 2 * k, y + 2 * k, BOX_W - 4, boxH - 4, 2);
                t.fillStroke();
            }
        }
        t.setColorFill(fill);
        float w = textWidth(b) + 8, h = b.count > 1 ? boxH - 4 : boxH;
        t.roundRectangle(x, y, w, h, 2);
        t.fillStroke();
        t.restoreState();

        // The host name (or the range of a stack's host names) and the role print whole; sizes may be cut.
        float tx = x + 4, tw = w - 8, ty = y + h - 9;
        ty = drawWhole(t, whole(look.bold, b.title, 7, tw), Look.INK, tx, ty);
        ty = drawWhole(t, whole(look.regular, b.kind, 6.2f, tw), Look.GREY, tx, ty);
        fitted(t, look.regular, 6.2f, Look.INK, b.size, tx, ty, tw);
        fitted(t, look.regular, 6.2f, Look.INK, b.disk, tx, ty - 8, tw);
    }

    private static float textWidth(Box b) {
        return (b.count > 1 ? BOX_W - 4 : BOX_W) - 8;
    }

    /** Lines beyond the usual four that the box needs for its names. */
    private int extraLines(Box b) {
        return whole(look.bold, b.title, 7, textWidth(b)).lines().size() - 1
                + whole(look.regular, b.kind, 6.2f, textWidth(b)).lines().size() - 1;
    }

    /** A text set in one or two lines at one size. */
    record Whole(BaseFont font, List<String> lines, float size) {}

    /**
     * Text that must print whole, such as a host name: set smaller down to 80 % of {@code size} on one
     * line, else on two broken after a hyphen or space, as evenly as can be, and smaller if need be. Never cut.
     */
    static Whole whole(BaseFont font, String s, float size, float max) {
        float one = font.getWidthPoint(s, 1); // widths grow with the size: the size that fits is max / width
        if (one * size * 0.8f <= max) return new Whole(font, List.of(s), Math.min(size, max / one));
        List<String> lines = List.of(s);
        float widest = one;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i - 1) != '-' && s.charAt(i - 1) != ' ') continue;
            String first = s.substring(0, i).strip(), second = s.substring(i);
            float w = Math.max(font.getWidthPoint(first, 1), font.getWidthPoint(second, 1));
            if (w < widest) {
                widest = w;
                lines = List.of(first, second);
            }
        }
        return new Whole(font, lines, Math.min(size, max / widest));
    }

    /** Draws {@code text} from baseline {@code y}; returns the baseline of the line that follows it. */
    private static float drawWhole(PdfContentByte t, Whole text, Color color, float x, float y) {
        for (String line : text.lines()) {
            text(t, text.font(), text.size(), color, line, x, y);
            y -= LINE;
        }
        return y - (8 - LINE);
    }

    private static void arrowDown(PdfContentByte t, float x, float tipY) {
        t.moveTo(x - 2.6f, tipY + 4.5f);
        t.lineTo(x + 2.6f, tipY + 4.5f);
        t.lineTo(x, tipY);
        t.closePath();
    }

    private static void text(PdfContentByte t, BaseFont font, float size, Color color, String s, float x, float y) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(color);
        t.setTextMatrix(x, y);
        t.showText(s);
        t.endText();
    }

    /** Text that fits {@code max} points: set smaller down to 80 % of {@code size}, then cut in the middle. */
    private static void fitted(PdfContentByte t, BaseFont font, float size, Color color, String s, float x, float y, float max) {
        float z = size;
        while (font.getWidthPoint(s, z) > max && z > size * 0.8f) z -= 0.2f;
        text(t, font, z, color, Look.fit(font, s, z, max), x, y);
    }

    // ---- from the model to zone cells ----

    /**
     * Each machine that serves one core right after that core (core 1, its database host, core 2, …), so that a
     * short line can join them; a zone of as many such machines as cores only. Pairs never straddle a row, as
     * {@link #COLS} is even.
     */
    private static List<Box> besideTheirCores(List<Box> boxes) {
        List<Box> cores = boxes.stream().filter(b -> b.role().core()).toList();
        List<Box> partners = boxes.stream().filter(b -> b.role().ofOneCore()).toList();
        if (partners.isEmpty() || partners.size() != cores.size()) return boxes;
        List<Box> out = new ArrayList<>(boxes.stream().filter(b -> !b.role().core() && !b.role().ofOneCore()).toList());
        for (int i = 0; i < cores.size(); i++) {
            out.add(cores.get(i));
            out.add(partners.get(i));
        }
        return out;
    }

    private List<Cell> cells() {
        List<Machine> machines = sizing.machines();
        List<MachineGroup> groups = sizing.machineGroups();
        int[] firstMachine = new int[groups.size()];
        for (int i = 0, at = 0; i < groups.size(); i++) {
            firstMachine[i] = at;
            at += (int) groups.get(i).count();
        }
        boolean drawEach = sizing.vmCount() <= DRAW_EACH_MACHINE_UP_TO;
        List<ZoneCapacity> zones = sizing.zones();
        zonesLeftOut = Math.max(0, zones.size() - MAX_ZONES);

        List<Cell> cells = new ArrayList<>();
        for (ZoneCapacity z : zones.subList(0, Math.min(zones.size(), MAX_ZONES))) {
            String name = z.zone().name();
            List<Integer> inZone = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) if (groups.get(i).zone().equals(name)) inZone.add(i);
            // Registers first, so their links drop straight in from the gutter above the zone.
            inZone.sort(Comparator.comparingInt(i -> drawOrder(groups.get(i))));
            List<Box> boxes = new ArrayList<>();
            for (int i : inZone) {
                MachineGroup g = groups.get(i);
                boolean collapse = g.role().holdsUserData() && g.count() > 1
                        && (g.count() > DRAW_CORES_UP_TO || !drawEach);
                if (collapse) {
                    collapsed = true;
                    String range = range(machines.get(firstMachine[i]).hostName(),
                            machines.get(firstMachine[i] + (int) g.count() - 1).hostName());
                    boxes.add(new Box(Look.n(g.count()) + " × " + g.label(), range, size(g), disk(g), g.role(), g.tier(), g.count(),
                            peer(g.role())));
                } else {
                    for (int k = 0; k < g.count(); k++) {
                        Machine m = machines.get(firstMachine[i] + k);
                        String kind = g.role().allRoles() ? m.label() + ", all roles" : m.label();
                        boxes.add(new Box(m.hostName(), kind, size(g), disk(g), g.role(), g.tier(), 1, peer(g.role())));
                    }
                }
            }
            boxes = besideTheirCores(boxes);
            String caption = (z.zone().location().isEmpty() ? "" : z.zone().location() + " · ")
                    + Numbers.countOf(z.zone().users(), "user");
            // A host name broken in two makes every box of its zone a line taller, so that they stay in line.
            int extra = boxes.stream().mapToInt(this::extraLines).max().orElse(0);
            cells.add(new Cell(name, caption, boxes, BOX_H + extra * LINE));
        }
        return cells;
    }

    /** Whether the role's machines are joined to each other: the peer link opens it to itself ("core" to "core"). */
    private boolean peer(Role role) {
        return peerLink != null && peerLink.to().equals(role.label());
    }

    /** "core-zurich-01 … 18": the last host name without the part it shares with the first. */
    static String range(String first, String last) {
        int common = 0;
        while (common < Math.min(first.length(), last.length()) && first.charAt(common) == last.charAt(common)) common++;
        int cut = last.lastIndexOf('-', Math.max(0, common - 1)) + 1;
        return first + " … " + last.substring(cut);
    }

    /** The replicated machines first (leader, then followers), then the others in their display order. */
    private static int drawOrder(MachineGroup g) {
        return g.tier().replicated() ? g.tier().ordinal() - Tier.values().length : g.role().displayOrder();
    }

    private static String size(MachineGroup g) {
        return g.vcpu() + " vCPU · " + Look.n(g.ramGb()) + " GB RAM";
    }

    private static String disk(MachineGroup g) {
        return g.dataDiskGb() == 0 ? "no data disk" : "data disk " + Look.n(g.dataDiskGb()) + " GB";
    }
}
