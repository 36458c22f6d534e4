package io.pryv.sizer.brief;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * Bar chart of a figure by year (the data disk after each year of retention, the cost of each plan year), drawn
 * as vector graphics. Values stand on the bars while they fit; past that they are left to the table that follows it.
 */
final class BarChart {
    static final float HEIGHT = 190;
    private static final float AXIS_W = 46, BASE = 20, TOP = 14;

    private final Look look;
    private final List<String> years;
    private final List<BigDecimal> values;
    private final String unit;
    private final Function<BigDecimal, String> format;

    /**
     * @param years  the label under each bar ("year 3")
     * @param unit   what the scale counts ("GB", "CHF")
     * @param format how a bar's value is written on it
     */
    BarChart(Look look, List<String> years, List<BigDecimal> values, String unit, Function<BigDecimal, String> format) {
        this.look = look;
        this.years = List.copyOf(years);
        this.values = List.copyOf(values);
        this.unit = unit;
        this.format = format;
    }

    /** True when every bar carries its value, so no table is needed beside the chart. */
    boolean labelsFit(float width) {
        if (years.isEmpty()) return true;
        float widest = values.stream().map(v -> look.regular.getWidthPoint(format.apply(v), 6.5f)).max(Float::compare).orElse(0f);
        return slot(width) >= widest + 4;
    }

    Image render(PdfWriter writer, float width) throws BadElementException {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, HEIGHT);
        float plotH = HEIGHT - BASE - TOP;
        long top = niceTop(max().setScale(0, RoundingMode.CEILING).longValueExact());
        long step = top / 4;

        // Grid and the GB scale.
        t.setLineWidth(0.4f);
        for (int i = 0; i <= 4; i++) {
            float y = BASE + plotH * i / 4;
            t.setColorStroke(i == 0 ? Look.GREY : Look.RULE);
            t.moveTo(AXIS_W, y);
            t.lineTo(width, y);
            t.stroke();
            text(t, Look.n(step * i), AXIS_W - 4, y - 2.3f, PdfContentByte.ALIGN_RIGHT, Look.GREY, 6.5f);
        }
        text(t, unit, AXIS_W - 4, HEIGHT - 8, PdfContentByte.ALIGN_RIGHT, Look.GREY, 6.5f);

        if (years.isEmpty()) return Image.getInstance(t);
        float slot = slot(width);
        float bar = Math.min(slot * 0.62f, 48);
        boolean labelled = labelsFit(width);
        for (int i = 0; i < years.size(); i++) {
            float cx = AXIS_W + slot * (i + 0.5f);
            float h = plotH * values.get(i).floatValue() / top; // a drawing: a float is exact enough
            t.setColorFill(Look.ACCENT);
            t.rectangle(cx - bar / 2, BASE, bar, h);
            t.fill();
            if (labelled) text(t, format.apply(values.get(i)), cx, BASE + h + 3, PdfContentByte.ALIGN_CENTER, Look.INK, 6.5f);
        }
        // Year labels every k-th bar (1, 2, 5, 10, 20, 25, 50...) counted back from the last, which is the size to
        // order and always labelled. It ends at the chart's edge rather than past it; a label that would then
        // touch it is left out.
        float labelW = 4 + years.stream().map(y -> look.regular.getWidthPoint(y, 6.5f)).max(Float::compare).orElse(0f);
        int every = step((int) Math.ceil(labelW / slot));
        float limit = width;
        for (int i = years.size() - 1; i >= 0; i -= every) {
            String s = years.get(i);
            float w = look.regular.getWidthPoint(s, 6.5f);
            float end = Math.min(AXIS_W + slot * (i + 0.5f) + w / 2, width);
            if (end > limit) continue;
            text(t, s, end, BASE - 10, PdfContentByte.ALIGN_RIGHT, Look.GREY, 6.5f);
            limit = end - w - 4;
        }
        return Image.getInstance(t);
    }

    /** A bar's label: "year 3". */
    static String year(BigDecimal year) {
        return "year " + Look.n(year);
    }

    /** The round step at or above {@code min}, so that labelled years read as round ones from the last. */
    static int step(int min) {
        for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}) if (s >= min) return s;
        return min;
    }

    private float slot(float width) {
        return (width - AXIS_W) / Math.max(1, years.size());
    }

    private BigDecimal max() {
        return values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** A round scale top (1, 2, 2.5 or 5 × 10^k) at or above {@code max}, divisible by the 4 grid steps. */
    static long niceTop(long max) {
        if (max <= 0) return 4;
        long unit = 1;
        while (unit * 10 < max) unit *= 10;
        for (long m : new long[] {1, 2, 4, 5, 8, 10}) {
            long top = m * unit;
            if (top >= max && top % 4 == 0) return top;
        }
        long top = 10 * unit;
        return top + (4 - top % 4) % 4;
    }

    private void text(PdfContentByte t, String s, float x, float y, int align, java.awt.Color color, float size) {
        t.beginText();
        t.setFontAndSize(look.regular, size);
        t.setColorFill(color);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }
}
