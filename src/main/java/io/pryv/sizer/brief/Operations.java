package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.ChecklistItem.Checklist;
import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Finding.Topic;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.RoleSpec;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.SystemRequirement;
import io.pryv.sizer.model.SystemRequirement.Met;
import io.pryv.sizer.model.Zone;

import java.util.List;

/** Running the platform: system requirements, findings, checklists, then the assumptions and the decision log. */
final class Operations extends Part {
    static final String REQUIREMENTS = "System requirements", FINDINGS = "Findings", CHECKLISTS = "Checklists",
            ASSUMPTIONS = "Assumptions", DECISIONS = "Decision log";

    Operations(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        super(doc, writer, look, sizing);
    }

    @Override
    void add() throws DocumentException {
        requirements();
        findings();
        checklists();
        assumptions();
        decisionLog();
    }

    private void requirements() throws DocumentException {
        PdfPTable t = Look.table(new float[] {22, 38, 25, 15}, 1);
        t.addCell(look.head("Item"));
        t.addCell(look.head("Required"));
        t.addCell(look.head("Planned"));
        t.addCell(look.head("Met"));
        for (SystemRequirement r : sizing.systemRequirements()) {
            t.addCell(look.text(r.item(), look.cellBold));
            t.addCell(look.text(r.required()));
            t.addCell(look.text(orNone(r.planned(), "not stated")));
            Met met = r.met();
            t.addCell(look.text(met.label(), met == Met.NO ? look.cellWarn : met == Met.YES ? look.cellBold : look.cell));
        }
        section(REQUIREMENTS, lines(1) + keep(t));
        text("Software every machine needs, against what the questionnaire plans.");
        table(t);
        // Findings about the system software stand under the requirements they concern, not among the others.
        List<Finding> related = sizing.findings().stream().filter(f -> f.topic() == Topic.SYSTEM_SOFTWARE).toList();
        if (related.isEmpty()) {
            text("No finding about the system software.", look.bodyGrey);
        } else {
            PdfPTable f = findingTable(related);
            subsection("Findings about the system software", false, keep(f));
            table(f);
        }
    }

    /** The findings not already listed under the system requirements: each finding is shown once. */
    private void findings() throws DocumentException {
        List<Finding> others = sizing.findings().stream().filter(f -> f.topic() != Topic.SYSTEM_SOFTWARE).toList();
        PdfPTable t = others.isEmpty() ? null : findingTable(others);
        section(FINDINGS, t == null ? lines(2) : lines(2) + keep(t));
        if (sizing.findings().isEmpty()) {
            text("No findings: nothing in the questionnaire calls for action beyond this brief.");
        } else if (others.isEmpty()) {
            text("Findings about the system software are listed under " + REQUIREMENTS + "; there are no others.");
        } else {
            text("Points to act on. They change none of the figures above."
                    + (others.size() < sizing.findings().size()
                            ? " Findings about the system software are listed under " + REQUIREMENTS + "." : ""));
            table(t);
        }
    }

    private PdfPTable findingTable(List<Finding> findings) {
        PdfPTable t = Look.table(new float[] {12, 66, 22}, 1);
        t.addCell(look.head("Severity"));
        t.addCell(look.head("Finding"));
        t.addCell(look.head("Code"));
        for (Finding f : findings) {
            boolean warning = f.severity() == Finding.Severity.WARNING;
            t.addCell(look.text(warning ? "Warning" : "Note", warning ? look.cellWarn : look.cellBold));
            t.addCell(look.text(f.text()));
            t.addCell(look.text(splitting(f.code(), look.smallGrey)));
        }
        return t;
    }

    private void checklists() throws DocumentException {
        // The checklists are printed and ticked: they start a page, unless this one is still mostly empty.
        if (spaceLeft() < 0.7f * (doc.top() - doc.bottom())) doc.newPage();
        section(CHECKLISTS, 120);
        text("Tick each box once done, and note who did it and when. Keep the ticked pages with the platform's records.");
        for (Checklist list : Checklist.values()) {
            List<ChecklistItem> items = sizing.checklists().stream().filter(i -> i.checklist() == list).toList();
            if (items.isEmpty()) continue;
            PdfPTable t = Look.table(new float[] {5, 73, 22}, 1);
            t.addCell(look.head(""));
            t.addCell(look.head(ChecklistItem.TO_DO));
            t.addCell(look.head(ChecklistItem.DONE_BY));
            String scope = null;
            for (ChecklistItem i : items) {
                if (!i.scopeTitle().equals(scope)) {
                    scope = i.scopeTitle();
                    t.addCell(look.band(scope, 3));
                }
                PdfPCell box = look.text("");
                box.setCellEvent(TICK_BOX);
                t.addCell(roomy(box));
                t.addCell(roomy(look.text(i.text())));
                t.addCell(roomy(look.text("")));
            }
            subsection(list.title(), true, keep(t));
            table(t);
        }
    }

    /** Checklist rows leave room to write. */
    private static PdfPCell roomy(PdfPCell c) {
        c.setPaddingTop(5);
        c.setPaddingBottom(7);
        return c;
    }

    /** An empty square to tick, drawn in the cell's top left corner, in line with the first line of text. */
    private static final PdfPCellEvent TICK_BOX = (PdfPCell cell, Rectangle pos, PdfContentByte[] canvases) -> {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        cb.saveState();
        cb.setColorStroke(Look.ACCENT);
        cb.setLineWidth(0.8f);
        cb.rectangle(pos.getLeft() + 6, pos.getTop() - 13.5f, 8, 8);
        cb.stroke();
        cb.restoreState();
    };

    private void assumptions() throws DocumentException {
        PdfPTable c = Look.table(new float[] {29, 10, 10, 11, 40}, 1);
        for (String h : new String[] {"Key", "Value", "Unit", "Source", "Meaning"}) c.addCell(look.head(h));
        for (Constant k : sizing.constants()) {
            c.addCell(look.text(splitting(k.key(), new Font(look.bold, 7.5f, Font.NORMAL, Look.INK))));
            c.addCell(look.number(k.isName() ? k.value().toPlainString() : Look.n(k.value())));
            c.addCell(look.text(k.unit()));
            c.addCell(look.text(k.source()));
            c.addCell(look.text(k.meaning()));
        }
        section(ASSUMPTIONS, lines(2) + 30 + keep(c)); // the introduction, the first heading and table
        text("Every constant the sizing uses, where it comes from, and the questionnaire's answers. Change a constant "
                + "in the rules and size again: the outputs follow.");
        subsection("Constants", true, keep(c));
        table(c);

        PdfPTable r = Look.table(new float[] {16, 32, 9, 9, 12, 22}, 1);
        r.addCell(look.head("Role"));
        r.addCell(look.head("Purpose"));
        r.addCell(look.head("vCPU", Element.ALIGN_RIGHT));
        r.addCell(look.head("RAM GB", Element.ALIGN_RIGHT));
        r.addCell(look.head("Services disk GB", Element.ALIGN_RIGHT));
        r.addCell(look.head("Inbound from the internet"));
        for (RoleSpec s : sizing.roleSpecs()) {
            r.addCell(look.text(s.role().label(), look.cellBold));
            r.addCell(look.text(s.role().purpose()));
            r.addCell(look.number(Look.n(s.vcpu())));
            r.addCell(look.number(Look.n(s.ramGb())));
            r.addCell(look.number(Look.n(s.servicesDiskGb())));
            r.addCell(look.text(String.join(", ", s.inboundPorts())));
        }
        subsection("Role minima", true, keep(r));
        table(r);

        PdfPTable o = Look.table(new float[] {20, 36, 22, 22}, 1);
        o.addCell(look.head("Operating system"));
        o.addCell(look.head("On the questionnaire date"));
        o.addCell(look.head("Standard support to"));
        o.addCell(look.head("Ubuntu Pro to"));
        for (OsSupport s : sizing.osSupport()) {
            o.addCell(look.text(s.name()));
            o.addCell(look.text(s.label()));
            o.addCell(look.text(s.os().standardSupportEnd().toString()));
            o.addCell(look.text(s.os().extendedSupportEnd().toString()));
        }
        subsection("Supported operating systems", true, keep(o));
        table(o);

        PdfPTable a = Look.table(new float[] {50, 50}, 1);
        a.addCell(look.head("Answer"));
        a.addCell(look.head("Value"));
        // Every answer the profile reads but the project's (named on the title page), as the template words it.
        for (Question question : Question.values()) {
            if (!question.isProject() && question.readBy(q.profile())) answer(a, question.label, question.answerIn(q));
        }
        // The zones first: they decide the topology and every zone's cores.
        PdfPTable z = Look.table(new float[] {40, 40, 20}, 1);
        z.addCell(look.head("Zone"));
        z.addCell(look.head("Location"));
        z.addCell(look.head("Users", Element.ALIGN_RIGHT));
        for (Zone zone : q.zones()) {
            z.addCell(look.text(zone.name(), look.cellBold));
            z.addCell(look.text(orNone(zone.location(), "not stated")));
            z.addCell(look.number(Look.n(zone.users())));
        }
        subsection("Questionnaire answers", true, keep(z));
        table(z);
        // The note belongs to the answers below it: it moves to the next page with them.
        if (spaceLeft() < lines(1) + keep(a)) doc.newPage();
        text("Load and volume figures are per user.", look.smallGrey);
        table(a);
    }

    private void answer(PdfPTable t, String label, String value) {
        t.addCell(look.text(label));
        t.addCell(look.text(value, look.cellBold));
    }

    private void decisionLog() throws DocumentException {
        // The zone column widens, up to a quarter of the page, to hold the longest word of a zone's name whole.
        float widestWord = 0;
        for (Decision d : sizing.decisions()) {
            for (String word : d.zone().split("[\\s/-]+")) widestWord = Math.max(widestWord, look.regular.getWidthPoint(word, Look.SMALL));
        }
        float zone = Math.min(25, Math.max(13, (widestWord + 2 * Look.SIDE_PADDING + 2) * 100 / width()));   // 2: rounding room
        PdfPTable t = Look.table(new float[] {5, 30, zone, 65 - zone}, 1);
        t.addCell(look.head("#", Element.ALIGN_RIGHT));
        t.addCell(look.head("Rule"));
        t.addCell(look.head("Zone"));
        t.addCell(look.head("Reason"));
        int n = 0;
        for (Decision d : sizing.decisions()) {
            t.addCell(look.number(String.valueOf(++n), look.smallGrey));
            t.addCell(look.text(d.rule(), look.small));
            t.addCell(look.text(d.zone(), look.small));
            t.addCell(look.text(d.reason(), look.small));
        }
        section(DECISIONS, lines(1) + keep(t));
        text("Every rule that set a figure or raised a finding, in the order of the rules, with the numbers it used.");
        table(t);
    }

    /** A phrase that may break after '_' too, so long keys wrap instead of running out of their column. */
    private static Phrase splitting(String text, Font font) {
        Chunk c = new Chunk(text, font);
        c.setSplitCharacter(UNDERSCORE);
        return new Phrase(c);
    }

    private static final SplitCharacter UNDERSCORE = new SplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = cc[current];
            return c == '_' || c <= ' ' || c == '-';
        }
    };
}
