package io.pryv.sizer.csv;

import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.Sizing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <name>-purchase.csv}: the purchase lines in the form procurement systems import. UTF-8 without a byte
 * order mark, one header row, RFC 4180 (a field with a comma, a quote or a line break is quoted, its quotes doubled;
 * lines end with CRLF). Numbers are plain (1230, 156.00), so a spreadsheet reads them as numbers whatever its locale's
 * separators. A field that a spreadsheet would take for a formula is neutralised (see {@link #field(String)}).
 */
public final class PurchaseCsv {
    /** The columns; the currency is the prices', blank on a line without cost. */
    public static final List<String> HEADINGS = List.of("Item", "Zone", "Quantity", "Unit", "Specification",
            Costs.MONTHLY_YEAR_1, "Currency");

    private PurchaseCsv() {}

    public static AtomicWrite.Content content(Sizing sizing) {
        return out -> out.write(text(sizing).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole file. A zone of "" (the platform's lines: the domain, the certificate) is left blank. */
    public static String text(Sizing sizing) {
        Costs costs = sizing.costs();   // there whenever a line has a cost
        StringBuilder csv = new StringBuilder();
        row(csv, HEADINGS);
        for (PurchaseLine l : sizing.purchase()) {
            BigDecimal cost = l.monthlyCost();
            row(csv, List.of(l.item(), l.zone(), l.quantity().stripTrailingZeros().toPlainString(), l.unit(), l.specification(),
                    cost == null ? "" : Costs.cents(cost).toPlainString(), cost == null ? "" : costs.currency()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        List<String> written = new ArrayList<>(fields.size());
        for (String f : fields) written.add(field(f));
        csv.append(String.join(",", written)).append("\r\n");
    }

    /**
     * One field as written. A text that begins with =, +, - or @ gets a single quote in front, so that a spreadsheet
     * shows it instead of running it as a formula (a zone's name is the customer's own text; see SECURITY.md);
     * then RFC 4180 quoting where the text needs it.
     */
    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) return safe;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
