package io.pryv.sizer.hardening;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.questionnaire.TemplateLayout;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of broken and hostile questionnaires, made from the committed small-clinic example
 * each time the tests run (nothing large is committed). Each case says what the tool must answer:
 * its exit code and its message, where {@code {file}} stands for the path given on the command line.
 * SECURITY.md lists the same cases.
 */
enum BadQuestionnaires {
    // ---- not a workbook
    TEXT_FILE("notes.xlsx", 3, "{file}: not an Excel workbook (.xlsx) but plain text, perhaps a CSV file renamed; "
            + "open it in Excel and save it as an Excel workbook (.xlsx)",
            () -> "Meeting notes: about 800 users, 0.001 writes per second each.\n".getBytes(StandardCharsets.UTF_8)),
    EMPTY_FILE("empty.xlsx", 3, "{file}: the file is empty", () -> new byte[0]),
    TRUNCATED_ZIP("truncated.xlsx", 3, "{file}: damaged or incomplete, not a readable Excel workbook (.xlsx): …",
            () -> Arrays.copyOf(example(), example().length / 2)),
    OLD_XLS("old.xlsx", 3, "{file}: this is an old Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) "
            + "and try again", BadQuestionnaires::oldXls),
    ENCRYPTED("secret.xlsx", 3, "{file}: the workbook is protected by a password (encrypted); save it without a "
            + "password and try again", BadQuestionnaires::encrypted),
    CSV_RENAMED("export.xlsx", 3, "{file}: not an Excel workbook (.xlsx) but plain text, perhaps a CSV file renamed; "
            + "open it in Excel and save it as an Excel workbook (.xlsx)",
            () -> "CustomerName;WriteRps\nLakeside Family Clinic;0,001\n".getBytes(StandardCharsets.UTF_8)),
    OPEN_DOCUMENT_SPREADSHEET("answers.ods", 3, "{file}: an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx): "
            + "in LibreOffice, use File > Save As and choose the file type 'Excel 2007-365 (.xlsx)'",
            () -> openDocument("application/vnd.oasis.opendocument.spreadsheet")),
    OPEN_DOCUMENT_TEXT("answers.odt", 3, "{file}: an OpenDocument file (text, presentation…), not an Excel workbook (.xlsx)",
            () -> openDocument("application/vnd.oasis.opendocument.text")),
    OTHER_TEMPLATE_VERSION("v09.xlsx", 3, "{file}: Project!C9: made with template version 0.9, this tool reads " + Questionnaires.versionsRead(),
            () -> edit(wb -> cell(wb, "TemplateVersion").setCellValue("0.9"))),
    DEFINED_NAMES_REMOVED("no-names.xlsx", 3, "{file}: not a Pryv.io sizing questionnaire: the defined name "
            + "TemplateVersion is missing", () -> edit(wb -> {
                for (Name n : List.copyOf(wb.getAllNames())) wb.removeName(n);
            })),
    ONE_DEFINED_NAME_REMOVED("no-write-rps.xlsx", 3, "{file}: the defined name WriteRps is missing; the file no "
            + "longer follows the questionnaire template", () -> edit(wb -> wb.removeName(wb.getName("WriteRps")))),

    // ---- cells
    TEXT_FOR_A_NUMBER("text.xlsx", 3, "{file}: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found \"abc\"",
            () -> edit(wb -> cell(wb, "WriteRps").setCellValue("abc"))),
    DATE_FOR_A_NUMBER("date.xlsx", 3, "{file}: 'Data Consumption'!C5 (Read requests per second): expected a number ≥ 0, found the date 2024-01-02",
            () -> edit(wb -> {
                XSSFCell c = cell(wb, "ReadRps");
                XSSFCellStyle date = wb.createCellStyle();
                date.cloneStyleFrom(c.getCellStyle());
                date.setDataFormat(wb.createDataFormat().getFormat("d-mmm"));
                c.setCellStyle(date);
                c.setCellValue(LocalDate.of(2024, 1, 2));
            })),
    NEGATIVE("negative.xlsx", 3, "{file}: 'Data Production'!C6 (Attachment writes): expected a number ≥ 0, found -1",
            () -> edit(wb -> cell(wb, "AttachmentWriteMBps").setCellValue(-1))),
    NOT_A_NUMBER("nan.xlsx", 3, "{file}: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found a value that is not a "
            + "finite number", () -> edit(wb -> cell(wb, "WriteRps").getCTCell().setV("NaN"))),
    HUGE_NUMBER("huge.xlsx", 3, "{file}: 'Data Consumption'!C9 (Data read per day): expected a number ≤ 1,000,000, found 1E+308",
            () -> edit(wb -> cell(wb, "ReadMBPerDay").setCellValue(1e308))),
    FORMULA_GIVING_AN_ERROR("div0.xlsx", 3, "{file}: 'Data Production'!C5 (Write requests per second): the formula =1/0 gives the error #DIV/0!",
            () -> edit(wb -> formula(wb, "WriteRps", "1/0"))),
    FORMULA_TO_ANOTHER_FILE("linked.xlsx", 3, "{file}: 'Data Production'!C5 (Write requests per second): the formula =[loads.xlsx]Loads!A1 "
            + "refers to another workbook; type the value instead", () -> edit(wb -> {
                try (XSSFWorkbook other = new XSSFWorkbook()) {
                    other.createSheet("Loads").createRow(0).createCell(0).setCellValue(0.5);
                    wb.linkExternalWorkbook("loads.xlsx", other);
                    formula(wb, "WriteRps", "[loads.xlsx]Loads!A1");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })),
    FORMULA_TOO_COSTLY_TO_COMPUTE("rept.xlsx", 3, "{file}: 'Data Consumption'!C6 (Points per read request): the formula "
            + "=LEN(REPT(REPT(\"x\",30000),30000)) has no saved result; open the file in Excel or LibreOffice, save it, "
            + "and try again", () -> edit(wb -> {
                XSSFCell c = cell(wb, "PointsPerRequest");
                c.setBlank();
                c.setCellFormula("LEN(REPT(REPT(\"x\",30000),30000))"); // computing it needs 900 million characters
            })),
    // openpyxl saves a formula with an empty result (<v></v> with lxml, <v/> without); POI would read it as 0.
    FORMULA_WITH_EMPTY_RESULT("openpyxl.xlsx", 3, "{file}: 'Data Production'!C5 (Write requests per second): the formula =1/0 "
            + "has no saved result; open the file in Excel or LibreOffice, save it, and try again\n"
            + "{file}: Deployment!D" + TemplateLayout.ZONES_FIRST_ROW + " (Users of zone 1): the formula =2*400 has no saved result; open the file in Excel "
            + "or LibreOffice, save it, and try again", () -> rezip(example(), parts -> {
                parts.put("xl/worksheets/sheet4.xml", replace(parts.get("xl/worksheets/sheet4.xml"),
                        "<c r=\"C5\" s=\"10\" t=\"n\"><v>0.001</v></c>", "<c r=\"C5\" s=\"10\"><f>1/0</f><v></v></c>"));
                parts.put("xl/worksheets/sheet6.xml", replace(parts.get("xl/worksheets/sheet6.xml"),
                        "<c r=\"D" + TemplateLayout.ZONES_FIRST_ROW + "\" s=\"11\" t=\"n\"><v>800.0</v></c>",
                        "<c r=\"D" + TemplateLayout.ZONES_FIRST_ROW + "\" s=\"11\"><f>2*400</f><v/></c>"));
            })),
    HUGE_ZONES_BLOCK("zones.xlsx", 3, "{file}: Deployment!B" + TemplateLayout.ZONES_FIRST_ROW + ":D1048576: the defined name Zones covers "
            + (1_048_576 - TemplateLayout.ZONES_FIRST_ROW + 1) + " rows, "
            + "at most 10000 are read",
            () -> edit(wb -> wb.getName("Zones").setRefersToFormula("Deployment!$B$" + TemplateLayout.ZONES_FIRST_ROW + ":$D$1048576"))),
    // The plan's mistakes, each naming its cell, reported together: a year beyond the plan, a growth figure on a row
    // without a zone, one below 1, a currency in small letters.
    PLAN_MISTAKES("plan.xlsx", 3, "{file}: Plan!C6 (Currency): expected three capital letters such as CHF, found \"chf\"\n"
            + "{file}: Deployment!E" + TemplateLayout.ZONES_FIRST_ROW + " (Users of zone 1 in year 2): expected a whole number ≥ 1, found 0\n"
            + "{file}: Deployment!G" + TemplateLayout.ZONES_FIRST_ROW + " (Users of zone 1 in year 4): a figure for year 4, but "
            + "Plan!C5 (Plan length) is 3 years; lengthen the plan or clear the cell\n"
            + "{file}: Deployment!F" + (TemplateLayout.ZONES_FIRST_ROW + 2) + " (Users of zone 3 in year 3): a growth figure on a row "
            + "without a zone; fill in the zone's name and users on this row, or clear the cell", () -> edit(wb -> {
                cell(wb, "PlanYears").setCellValue(3);
                cell(wb, "Currency").setCellValue("chf");
                cell(wb, "PriceVcpuMonth").setCellValue(20);
                growthCell(wb, 0, 2).setCellValue(0);
                growthCell(wb, 0, 4).setCellValue(1_200);
                growthCell(wb, 2, 3).setCellValue(3_000);
            })),
    PRICE_WITHOUT_CURRENCY("prices.xlsx", 3, "{file}: Plan!C6 (Currency): missing: a currency is needed for the prices given in "
            + "Plan!C8 (Price per vCPU) and Plan!C9 (Price per GB of RAM); expected three capital letters such as CHF",
            () -> edit(wb -> {
                cell(wb, "PriceVcpuMonth").setCellValue(20);
                cell(wb, "PriceRamGbMonth").setCellValue(5);
            })),
    VERY_LONG_TEXT("long.xlsx", 3, "{file}: Project!C5 (Customer name): expected a text of at most 200 characters, found 32767 "
            + "characters", () -> edit(wb -> cell(wb, "CustomerName").setCellValue("x".repeat(32_767)))),
    CONTROL_CHARACTERS("escape.xlsx", 3, "{file}: Project!C6 (Project name): expected a plain text, found a control or broken "
            + "character in \"Diary \\u001B]0;pwned\\u0007\"",
            // POI writes control characters as "?"; a crafted file escapes them as _x001B_, which POI reads back.
            () -> rezip(example(), parts -> parts.put("xl/sharedStrings.xml", replace(parts.get("xl/sharedStrings.xml"),
                    "Patient diary app", "Diary _x001B_]0;pwned_x0007_")))),
    FORMULA_IN_A_NAME_CELL("hyperlink.xlsx", 3, "{file}: Project!C5 (Customer name): expected a typed text, found the formula "
            + "=HYPERLINK(\"http://evil.example\",\"Clinic\"); type the text itself",
            () -> edit(wb -> formula(wb, "CustomerName", "HYPERLINK(\"http://evil.example\",\"Clinic\")"))),
    MACROS("macros.xlsx", 3, "{file}: the workbook holds macros (.xlsm); save it as an Excel workbook (.xlsx) "
            + "without macros and try again", () -> rezip(example(), parts -> parts.put("[Content_Types].xml",
                    replace(parts.get("[Content_Types].xml"), "spreadsheetml.sheet.main+xml",
                            "ms-excel.sheet.macroEnabled.main+xml")))),

    // ---- crafted to exhaust time or memory
    ZIP_BOMB("bomb.xlsx", 3, "{file}: the part xl/worksheets/sheet2.xml unpacks to more than 100 times its size "
            + "(a zip bomb); refused", BadQuestionnaires::zipBomb),
    UNPACKS_TOO_LARGE("large.xlsx", 3, "{file}: the workbook unpacks to more than 10 MB; a questionnaire unpacks to "
            + "about 50 KB", BadQuestionnaires::largeSheet),
    FILE_TOO_LARGE("photo.xlsx", 3, "{file}: the file is larger than 10 MB; a questionnaire is far smaller",
            BadQuestionnaires::largeFile),
    ENTITY_EXPANSION("laughs.xlsx", 3, "{file}: the part xl/worksheets/sheet2.xml declares a DOCTYPE (XML entities), "
            + "which Excel never writes; refused", () -> doctype("xl/worksheets/sheet2.xml", BadQuestionnaires.LAUGHS)),
    EXTERNAL_ENTITY("xxe.xlsx", 3, "{file}: the part docProps/core.xml declares a DOCTYPE (XML entities), which Excel "
            + "never writes; refused", () -> doctype("docProps/core.xml",
                    "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")),
    DEEPLY_NESTED("nested.xlsx", 3, "{file}: the part xl/workbook.xml nests its elements more than 200 deep; refused",
            () -> nested("xl/workbook.xml", 100_000)),
    THOUSANDS_OF_SHEETS("sheets.xlsx", 3, "{file}: the workbook has more than 500 parts (sheets, styles, pictures…); "
            + "a questionnaire has about 15", () -> edit(wb -> {
                for (int i = 0; i < 3000; i++) wb.createSheet("Extra " + i);
            })),
    THOUSANDS_OF_STYLES("styles.xlsx", 3, "{file}: the workbook has 61015 cell styles, at most 60000 leave room for "
            + "the result sheets; copy the answers into a fresh template", () -> styles(61_000)),

    // ---- large but fair: sized like any other questionnaire
    HUNDREDS_OF_SHEETS("many-sheets.xlsx", 0, null, () -> edit(wb -> {
        for (int i = 0; i < 300; i++) wb.createSheet("Notes " + i).createRow(0).createCell(0).setCellValue("note " + i);
    })),
    THOUSANDS_OF_STYLES_WITHIN_LIMITS("many-styles.xlsx", 0, null, () -> styles(5_000)),
    FORMULA_LOOKING_NAMES("formula-text.xlsx", 0, null, () -> edit(wb -> {
        cell(wb, "CustomerName").setCellValue(BadQuestionnaires.CUSTOMER_AS_FORMULA);
        cell(wb, "ProjectName").setCellValue(BadQuestionnaires.PROJECT_AS_DDE);
        cell(wb, "PreparedBy").setCellValue("@SUM(1+1)*cmd|' /C calc'!A0");
        zoneCell(wb, 0).setCellValue(BadQuestionnaires.ZONE_AS_FORMULA);
    }));

    static final String CUSTOMER_AS_FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String PROJECT_AS_DDE = "+cmd|' /C calc'!A0";
    static final String ZONE_AS_FORMULA = "-2+3";
    static final Path EXAMPLE = Path.of("input-templates", "examples", "small-clinic.xlsx");

    final String fileName;
    final int exitCode;
    /**
     * One line per problem; {@code {file}} stands for the path as given, {@code {file}} for the file name alone
     * (problems found inside the workbook name the file so); a line ending in … is a prefix. Null when the file is sized.
     */
    final String message;
    private final Maker maker;

    BadQuestionnaires(String fileName, int exitCode, String message, Maker maker) {
        this.fileName = fileName;
        this.exitCode = exitCode;
        this.message = message;
        this.maker = maker;
    }

    interface Maker {
        byte[] bytes() throws IOException;
    }

    byte[] bytes() throws IOException {
        return maker.bytes();
    }

    Path writeTo(Path dir) throws IOException {
        return Files.write(dir.resolve(fileName), bytes());
    }

    // ---- makers

    private static byte[] example;

    static synchronized byte[] example() {
        try {
            if (example == null) example = Files.readAllBytes(EXAMPLE);
            return example;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example opened, changed and saved again, as a user would in a spreadsheet program. */
    static byte[] edit(Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(example()))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static XSSFCell cell(XSSFWorkbook wb, String definedName) {
        CellReference ref = new CellReference(wb.getName(definedName).getRefersToFormula());
        return cellAt(wb.getSheet(ref.getSheetName()), ref.getRow(), ref.getCol());
    }

    /** The name cell of zone row {@code index} (0-based). */
    static XSSFCell zoneCell(XSSFWorkbook wb, int index) {
        return cellAt(wb.getSheet("Deployment"), TemplateLayout.ZONES_FIRST_ROW - 1 + index, 1);
    }

    /** The cell of {@code year} (2 to 5) in zone row {@code index} (0-based) of the growth block. */
    static XSSFCell growthCell(XSSFWorkbook wb, int index, int year) {
        CellReference corner = new AreaReference(wb.getName("ZoneGrowth").getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return cellAt(wb.getSheet(corner.getSheetName()), corner.getRow() + index, corner.getCol() + year - 2);
    }

    private static XSSFCell cellAt(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    /** A formula with the result a spreadsheet program saves beside it. */
    private static void formula(XSSFWorkbook wb, String definedName, String formula) {
        XSSFCell c = cell(wb, definedName);
        c.setCellFormula(formula);
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
    }

    private static byte[] oldXls() throws IOException {
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Project").createRow(4).createCell(2).setCellValue("Lakeside Family Clinic");
            old.write(out);
            return out.toByteArray();
        }
    }

    /** What LibreOffice saves in its own format: first the type, unpacked, then the parts (OpenDocument 1.2, part 3, 3.3). */
    private static byte[] openDocument(String mimeType) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (String part : List.of("content", "settings")) {   // POI knows OpenDocument by mimetype and settings.xml
                zip.putNextEntry(new ZipEntry(part + ".xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-" + part
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] encrypted() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(example());
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Sheet 2 with 200 MB of spaces before its end: a 200 KB file that would unpack a thousand times over. */
    private static byte[] zipBomb() throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        return rezip(example(), "xl/worksheets/sheet2.xml", (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</worksheet>");
            out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) out.write(spaces);
            out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Sheet 1 with 12 MB of ordinary cells: it packs only 30 times, but POI would need some 200 MB to hold it. */
    private static byte[] largeSheet() throws IOException {
        return largeSheet(60_000);
    }

    /** Every answer within its bounds, yet 10 000 000 000 users at 1 000 writes per second each: 6 000 000 003 machines. */
    static byte[] enormousButValid() throws IOException {
        return edit(wb -> {
            cell(wb, "WriteRps").setCellValue(1000);
            wb.getSheet("Deployment").getRow(TemplateLayout.ZONES_FIRST_ROW - 1).getCell(3).setCellValue(10_000_000_000d);
        });
    }

    /** The largest file the limits let through: 9.9 MB once unpacked, nearly all of it cells of sheet 1. */
    static byte[] largestAccepted() throws IOException {
        return largeSheet(47_500);
    }

    private static byte[] largeSheet(int rows) throws IOException {
        return rezip(example(), "xl/worksheets/sheet1.xml", (original, out) -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                xml.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < 10; c++) xml.append("<c><v>").append(r * 10 + c).append("</v></c>");
                xml.append("</row>");
            }
            out.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** 11 MB of random bytes stored as a picture: too large a file to read at all. */
    private static byte[] largeFile() throws IOException {
        byte[] noise = new byte[11 << 20];
        new Random(5).nextBytes(noise);
        return rezip(example(), "xl/media/image1.png", (original, out) -> out.write(noise));
    }

    static final String LAUGHS = "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
            + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";

    /** A DOCTYPE after the XML declaration of {@code part}, and an entity used in its first text. */
    private static byte[] doctype(String part, String doctype) throws IOException {
        return rezip(example(), part, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int declarationEnd = xml.indexOf("?>") + 2;
            String entity = doctype.contains("ENTITY i") ? "&i;" : "&x;";
            xml = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
            xml = xml.replaceFirst("<dc:title>", "<dc:title>" + entity).replaceFirst("<t>", "<t>" + entity);
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * {@code depth} elements nested in {@code part}, named at random so that they do not pack like a zip
     * bomb. POI walks the tree recursively: 100 000 levels overflow its stack (found while hardening).
     */
    private static byte[] nested(String part, int depth) throws IOException {
        Random random = new Random(depth);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < depth; i++) names.add("x" + Integer.toString(random.nextInt(1 << 30), 36));
        return rezip(example(), part, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</");
            StringBuilder inner = new StringBuilder();
            for (String n : names) inner.append('<').append(n).append('>');
            for (int i = names.size() - 1; i >= 0; i--) inner.append("</").append(names.get(i)).append('>');
            out.write((xml.substring(0, end) + inner + xml.substring(end)).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The example with {@code count} more cell styles, each a mix of its fonts, fills, borders and formats. */
    private static byte[] styles(int count) throws IOException {
        Random random = new Random(count);
        StringBuilder xfs = new StringBuilder();
        for (int i = 0; i < count; i++) {
            xfs.append("<xf numFmtId=\"").append(random.nextInt(50)).append("\" fontId=\"").append(random.nextInt(7))
                    .append("\" fillId=\"").append(random.nextInt(8)).append("\" borderId=\"").append(random.nextInt(9))
                    .append("\" xfId=\"0\" applyNumberFormat=\"").append(random.nextInt(2)).append("\"/>");
        }
        return rezip(example(), "xl/styles.xml", (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int start = xml.indexOf("<cellXfs count=\"") + 16;
            int countEnd = xml.indexOf('"', start);
            int existing = Integer.parseInt(xml.substring(start, countEnd));
            int end = xml.indexOf("</cellXfs>");
            out.write((xml.substring(0, start) + (existing + count) + xml.substring(countEnd, end) + xfs
                    + xml.substring(end)).getBytes(StandardCharsets.UTF_8));
        });
    }

    interface PartWriter {
        void write(byte[] original, OutputStream out) throws IOException;
    }

    /** The zip again, with {@code part} (added when missing) written by {@code writer}; every part deflated. */
    static byte[] rezip(byte[] zip, String part, PartWriter writer) throws IOException {
        Map<String, byte[]> parts = parts(zip);
        parts.putIfAbsent(part, new byte[0]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(part)) writer.write(e.getValue(), out);
                else out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The zip again, its parts changed by {@code change}; every part deflated. */
    static byte[] rezip(byte[] zip, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> parts = parts(zip);
        change.accept(parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) parts.put(e.getName(), in.readAllBytes());
        }
        return parts;
    }

    private static byte[] replace(byte[] text, String from, String to) {
        String s = new String(text, StandardCharsets.UTF_8);
        if (!s.contains(from)) throw new IllegalStateException("not found: " + from);
        return s.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
