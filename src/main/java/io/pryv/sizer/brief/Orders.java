package io.pryv.sizer.brief;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.csv.PurchaseCsv;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.Sizing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What purchasing orders or arranges before the platform runs ({@link Sizing#purchase()}), one line each, on a page of
 * its own that can go to purchasing as it is. It only lays out the lines the rules made.
 */
final class Orders extends Part {
    static final String TITLE = "What to order";
    /** The Zone column of a line that serves the whole platform (its zone is ""), such as the domain. */
    static final String WHOLE_PLATFORM = "All";

    Orders(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        super(doc, writer, look, sizing);
    }

    @Override
    void add() throws DocumentException {
        Costs costs = sizing.costs();   // null without prices
        List<PurchaseLine> lines = sizing.purchase();
        PdfPTable t = costs == null ? Look.table(new float[] {26, 12, 15, 47}, 1) : Look.table(new float[] {26, 10, 15, 36, 13}, 1);
        // The CSV's headings, so that both outputs name the columns alike; quantity and unit share a column here.
        t.addCell(look.head(PurchaseCsv.HEADINGS.get(0)));
        t.addCell(look.head(PurchaseCsv.HEADINGS.get(1)));
        t.addCell(look.head(PurchaseCsv.HEADINGS.get(2), Element.ALIGN_RIGHT));
        t.addCell(look.head(PurchaseCsv.HEADINGS.get(4)));
        if (costs != null) t.addCell(look.head(Costs.monthlyYear1(costs.currency()), Element.ALIGN_RIGHT));
        for (PurchaseLine l : lines) {
            t.addCell(look.text(l.item(), look.cellBold));
            t.addCell(look.text(l.zone().isEmpty() ? WHOLE_PLATFORM : l.zone()));
            t.addCell(look.number(quantity(l)));
            t.addCell(look.text(l.specification()));
            if (costs != null) t.addCell(look.number(l.monthlyCost() == null ? "" : Numbers.amount(l.monthlyCost())));
        }
        if (costs != null) {
            BigDecimal total = PurchaseLine.monthlyTotal(lines);
            PdfPCell label = Look.total(look.text("Total of the priced lines, per month in year 1", look.cellBold));
            label.setColspan(4);
            t.addCell(label);
            t.addCell(Look.total(look.number(Numbers.amount(total), look.cellBold)));
        }

        doc.newPage(); // a page of its own: the order document purchasing works from
        section(TITLE, lines(3) + keep(t));
        text("Everything to order or arrange before the platform runs, one line each: " + PurchaseLine.summary(lines)
                + ". " + WHOLE_PLATFORM + " in the zone column marks what serves the whole platform.");
        if (costs == null) {
            text(Costs.NO_PRICES);
        } else {
            text("The cost is year 1's, per month, in " + costs.currency() + ", for the whole line, rounded half up to cents; "
                    + "the total adds the exact amounts. A line without a cost is not covered by the prices given: its "
                    + "supplier quotes it.");
        }
        table(t);
    }

    /** "3 machines", "1 machine", "1,230 GB", "100 Mbit/s": the unit, a plural word, is singular for one. */
    static String quantity(PurchaseLine l) {
        String unit = l.unit();
        if (l.quantity().compareTo(BigDecimal.ONE) == 0 && unit.matches("[a-z]+s")) {
            unit = unit.endsWith("sses") ? unit.substring(0, unit.length() - 2) : unit.substring(0, unit.length() - 1);
        }
        return Numbers.format(l.quantity()) + " " + unit;
    }
}
