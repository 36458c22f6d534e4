package io.pryv.sizer.batch.bench;

import io.pryv.sizer.Output;
import io.pryv.sizer.Pipeline;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark (b) and (e) of BENCHMARKS.md, on one thread, warm:
 * <ul>
 * <li>the cost of one questionnaire in the pipeline, split into read, rules, workbook and brief, against the
 * floor: reading the same questionnaire with POI and writing the same workbook (same cells, values,
 * styles, merges and widths, copied from the tool's own output) with POI alone;</li>
 * <li>the time to size each large questionnaire (all outputs), warm.</li>
 * </ul>
 * {@code StepCosts SAMPLE_DIR ITERATIONS [LARGE.xlsx …]}
 */
public final class StepCosts {
    public static void main(String[] args) throws Exception {
        Path sampleDir = Path.of(args[0]);
        int iterations = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(sampleDir)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().limit(10).toList();
        }
        Path out = Files.createTempDirectory("step-costs");
        SizingRules rules = SizingRules.packaged();
        Pipeline pipeline = new Pipeline(rules, EnumSet.allOf(Output.class));

        // The floor writes what the tool wrote: copy each result workbook's content once, untimed.
        List<Floor> floors = new ArrayList<>();
        for (Path f : files) {
            pipeline.run(f, out, f.getFileName().toString());
            floors.add(Floor.of(f, out.resolve(Output.WORKBOOK.fileNameFor(f.getFileName().toString()))));
        }
        int warmUp = Math.max(50, iterations / 2);
        long[] floorNanos = new long[2];
        Pipeline.StepTimes ignored = new Pipeline.StepTimes();
        for (int i = 0; i < warmUp; i++) {
            pipeline.run(files.get(i % files.size()), out, "tool.xlsx", ignored);
            floors.get(i % files.size()).run(out.resolve("floor.xlsx"), new long[2]);
        }
        Pipeline.StepTimes t = new Pipeline.StepTimes();
        for (int i = 0; i < iterations; i++) {
            pipeline.run(files.get(i % files.size()), out, "tool.xlsx", t);
            floors.get(i % files.size()).run(out.resolve("floor.xlsx"), floorNanos);
        }
        double n = iterations * 1e6;
        double read = t.read.sum() / n, rulesMs = t.rules.sum() / n, workbook = t.workbook.sum() / n, brief = t.brief.sum() / n;
        double tool = read + rulesMs + workbook + brief;
        double floorRead = floorNanos[0] / n, floorWrite = floorNanos[1] / n, floor = floorRead + floorWrite;
        System.out.printf("per questionnaire, mean of %d on 1 thread after %d warm-up runs, %d files%n", iterations, warmUp, files.size());
        System.out.printf("tool:  read %.2f ms, rules %.2f ms, workbook %.2f ms, brief %.2f ms = %.2f ms%n",
                read, rulesMs, workbook, brief, tool);
        System.out.printf("floor: read %.2f ms, write workbook %.2f ms = %.2f ms%n", floorRead, floorWrite, floor);
        System.out.printf("ratio tool/floor %.2f (without the brief %.2f)%n", tool / floor, (tool - brief) / floor);

        for (int a = 2; a < args.length; a++) {
            Path large = Path.of(args[a]);
            double[] ms = new double[8];
            Sizing sizing = null;
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                Pipeline.StepTimes lt = new Pipeline.StepTimes();
                sizing = pipeline.run(large, out, "large.xlsx", lt).sizing();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                System.out.printf("large %s run %d: %.0f ms (read %.0f, rules %.0f, workbook %.0f, brief %.0f)%n",
                        large.getFileName(), i + 1, ms[i], lt.read.sum() / 1e6, lt.rules.sum() / 1e6,
                        lt.workbook.sum() / 1e6, lt.brief.sum() / 1e6);
            }
            double[] warm = Arrays.copyOfRange(ms, 3, ms.length);
            Arrays.sort(warm);
            System.out.printf("large questionnaire %s (%s), warm (median of runs 4-8): %.0f ms%n", large.getFileName(),
                    describe(sizing), warm[warm.length / 2]);
        }
    }

    /** What a large questionnaire asked for, so that the report says what was measured. */
    private static String describe(Sizing s) {
        Questionnaire q = s.questionnaire();
        return String.format("%d zones, %d-year plan, %s, %s; %d machines in year 1, %d in year %d",
                q.zones().size(), q.planYears(), q.grows() ? "growing" : "no growth figures",
                q.priced() ? "priced" : "no prices", s.plan().get(0).machines(), s.lastPlanYear().machines(),
                s.lastPlanYear().year());
    }

    /** A questionnaire and the result sheets the tool wrote for it, as plain cells. */
    private record Floor(Path questionnaire, XSSFWorkbook source, List<SheetCopy> sheets) {
        record CellCopy(int col, Object value, short style) {}

        record SheetCopy(String name, List<List<CellCopy>> rows, List<Integer> rowNumbers, List<CellRangeAddress> merged,
                         int[] widths) {}

        static Floor of(Path questionnaire, Path toolOutput) throws IOException {
            XSSFWorkbook result;
            try (InputStream in = Files.newInputStream(toolOutput)) {
                result = new XSSFWorkbook(in);
            }
            int questionnaireSheets;
            try (InputStream in = Files.newInputStream(questionnaire); XSSFWorkbook q = new XSSFWorkbook(in)) {
                questionnaireSheets = q.getNumberOfSheets();
            }
            List<SheetCopy> sheets = new ArrayList<>();
            for (int s = questionnaireSheets; s < result.getNumberOfSheets(); s++) {
                XSSFSheet sheet = result.getSheetAt(s);
                List<List<CellCopy>> rows = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                int maxCol = 0;
                for (Row row : sheet) {
                    List<CellCopy> cells = new ArrayList<>();
                    for (Cell c : row) {
                        Object v = switch (c.getCellType()) {
                            case NUMERIC -> c.getNumericCellValue();
                            case STRING -> c.getStringCellValue();
                            case BOOLEAN -> c.getBooleanCellValue();
                            default -> null;
                        };
                        cells.add(new CellCopy(c.getColumnIndex(), v, c.getCellStyle().getIndex()));
                        maxCol = Math.max(maxCol, c.getColumnIndex());
                    }
                    rows.add(cells);
                    numbers.add(row.getRowNum());
                }
                int[] widths = new int[maxCol + 1];
                for (int c = 0; c <= maxCol; c++) widths[c] = sheet.getColumnWidth(c);
                sheets.add(new SheetCopy(sheet.getSheetName(), rows, numbers, sheet.getMergedRegions(), widths));
            }
            return new Floor(questionnaire, result, sheets);
        }

        /** Reads the questionnaire with POI, appends the same sheets, writes the file; adds read and write nanoseconds. */
        void run(Path target, long[] nanos) throws IOException {
            long t0 = System.nanoTime();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(questionnaire)))) {
                long t1 = System.nanoTime();
                Map<Short, XSSFCellStyle> styles = new HashMap<>();
                for (SheetCopy s : sheets) {
                    XSSFSheet sheet = book.createSheet(s.name());
                    for (int r = 0; r < s.rows().size(); r++) {
                        XSSFRow row = sheet.createRow(s.rowNumbers().get(r));
                        for (CellCopy c : s.rows().get(r)) {
                            XSSFCell cell = row.createCell(c.col());
                            if (c.value() instanceof Double d) cell.setCellValue(d);
                            else if (c.value() instanceof String text) cell.setCellValue(text);
                            else if (c.value() instanceof Boolean b) cell.setCellValue(b);
                            cell.setCellStyle(styles.computeIfAbsent(c.style(), i -> {
                                XSSFCellStyle style = book.createCellStyle();
                                style.cloneStyleFrom(source.getCellStyleAt(i));
                                return style;
                            }));
                        }
                    }
                    for (CellRangeAddress m : s.merged()) sheet.addMergedRegionUnsafe(m);
                    for (int c = 0; c < s.widths().length; c++) sheet.setColumnWidth(c, s.widths()[c]);
                }
                try (OutputStream o = Files.newOutputStream(target)) {
                    book.write(o);
                }
                nanos[0] += t1 - t0;
                nanos[1] += System.nanoTime() - t1;
            }
        }
    }
}
