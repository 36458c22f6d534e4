package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Constraint;
import io.pryv.sizer.model.Question.Kind;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.model.ExternalLinksTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Reads a filled questionnaire by its defined names, checks every input against
 * {@link TemplateLayout}, and reports all problems of the file at once.
 *
 * <p>Numbers are read as the user typed them: a cell's double is turned into a decimal with at most
 * 15 significant digits, as Excel shows it, so 0.02 reads as exactly 0.02. A text cell holding a
 * plain decimal number such as "12" or "0.5" is accepted as that number; text with thousands
 * separators or a decimal comma ("12,000", "0,05") is refused rather than guessed, as either could
 * mean the other in another country. A field in percent whose cell is formatted as a percentage
 * counts for the percentage shown: 0.3 shown as 30% is 30. A blank cell that has a default takes it;
 * a blank required cell is a problem. Every problem of a field's cell names the field.
 *
 * <p>Questionnaires come from outside, so the file is distrusted: it is read into memory (never
 * opened for writing), its zip is walked and measured before POI parses it, and formulas are never
 * computed here. A formula cell counts for the result the spreadsheet program saved with it:
 * computing a stranger's formulas can take hours or all memory (=REPT(REPT("x",30000),30000)).
 */
public final class QuestionnaireReader {
    private QuestionnaireReader() {}

    /** Largest file read; a questionnaire weighs about 50 KB. */
    static final int MAX_FILE_BYTES = 10 << 20;
    /** Largest total of the zip's parts once unpacked; POI needs up to some 17 times this in memory. */
    static final int MAX_UNPACKED_BYTES = 10 << 20;
    /** Most parts (sheets, styles, pictures…) in the zip; the template has 13. */
    static final int MAX_PARTS = 500;
    /** A part that unpacks to more than 100 times its packed size, past the first 100 KB, is a zip bomb (POI's own rule). */
    static final double MIN_PACKED_RATIO = 0.01;
    static final int RATIO_GRACE_BYTES = 100 << 10;
    /** Excel holds at most 64 000 cell styles; the result sheets add their own on top. */
    static final int MAX_CELL_STYLES = 60_000;
    /** Deepest nesting of elements in an XML part; Excel's parts nest some ten deep. */
    static final int MAX_XML_DEPTH = 200;
    /** Excel's longest formula. */
    static final int MAX_FORMULA_LENGTH = 8192;

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** One comma or point then three digits, 1,250 or 12.000: thousands in one language, decimals in another. */
    private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("[-+]?[1-9]\\d{0,2}[,.]\\d{3}");
    /** Digits grouped by thousands with commas, apostrophes, spaces or several points, perhaps a decimal point: 12,000,000 or 1'234.5. */
    private static final Pattern GROUPED_NUMBER =
            Pattern.compile("[-+]?[1-9]\\d{0,2}(([,'’ \u00A0\u202F]\\d{3})+(\\.\\d+)?|(\\.\\d{3}){2,})");
    /** A decimal comma, perhaps after digits grouped with points or spaces: 0,05 or 1.234,5. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d{1,3}([.'’ \u00A0\u202F]\\d{3})+|\\d*),\\d+");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");

    static {
        // POI's own guards, set to the same limits, in case a file gets past the walk below.
        ZipSecureFile.setMinInflateRatio(MIN_PACKED_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        IOUtils.setByteArrayMaxOverride(MAX_UNPACKED_BYTES);
    }

    /** What `size` and `batch` call the file Excel keeps beside a workbook while it is open: ~$name.xlsx. */
    public static final String LOCK_FILE = "Excel lock file";

    public static boolean isLockFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith("~$");
    }

    /** Opens the workbook from a copy of its bytes, so the file is never held open, locked or written. */
    public static XSSFWorkbook open(Path file) throws InvalidQuestionnaireException {
        if (isLockFile(file)) {
            throw invalid(file.toString(), "an " + LOCK_FILE + ", not a questionnaire: Excel keeps it beside a workbook "
                    + "while the workbook is open; size the workbook itself (its name without ~$)");
        }
        return open(readBytes(file), file.toString());
    }

    /**
     * Opens a workbook from its bytes, or says why it cannot be used; {@code name} only names the file
     * in problems. Whatever the bytes, this ends in a workbook or an {@link InvalidQuestionnaireException}.
     */
    public static XSSFWorkbook open(byte[] bytes, String name) throws InvalidQuestionnaireException {
        if (bytes.length == 0) throw invalid(name, "the file is empty");
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw invalid(name, isEncrypted(bytes)
                    ? "the workbook is protected by a password (encrypted); save it without a password and try again"
                    : "this is an old Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) and try again");
        }
        if (magic != FileMagic.OOXML) {
            throw invalid(name, isText(bytes)
                    ? "not an Excel workbook (.xlsx) but plain text, perhaps a CSV file renamed; "
                    + "open it in Excel and save it as an Excel workbook (.xlsx)"
                    : "not an Excel workbook (.xlsx)");
        }
        checkZip(bytes, name);
        if (isOpenDocumentSpreadsheet(bytes)) {
            throw invalid(name, "an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx): in LibreOffice, "
                    + "use File > Save As and choose the file type 'Excel 2007-365 (.xlsx)'");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (ODFNotOfficeXmlFileException e) {
            throw invalid(name, "an OpenDocument file (text, presentation…), not an Excel workbook (.xlsx)");
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "damaged, or not an Excel workbook (.xlsx): " + reason(e));
        }
    }

    /**
     * LibreOffice's own format: a zip whose first part, stored unpacked, is named "mimetype" and holds the
     * type (OpenDocument 1.2, part 3, section 3.3), here application/vnd.oasis.opendocument.spreadsheet.
     */
    private static boolean isOpenDocumentSpreadsheet(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1);
        return head.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 30);
    }

    /** Opens, reads and closes the file: {@link #open(Path)} then {@link #read(XSSFWorkbook, String)}. */
    public static Questionnaire read(Path file) throws InvalidQuestionnaireException {
        XSSFWorkbook wb = open(file);
        try {
            return read(wb, file.toString());
        } finally {
            try {
                wb.close();
            } catch (IOException ignored) {
                // read from memory: nothing to release on disk
            }
        }
    }

    /** Reads a questionnaire; {@code fileName} (the path as given) is only used to name the file in problems. */
    public static Questionnaire read(XSSFWorkbook wb, String fileName) throws InvalidQuestionnaireException {
        return new Reading(wb, fileName).read();
    }

    /** At most {@link #MAX_FILE_BYTES}, read through a stream so a device or a growing file cannot run on. */
    private static byte[] readBytes(Path file) throws InvalidQuestionnaireException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw invalid(name, "this is a folder, not a questionnaire file (the batch command sizes a folder)");
        if (Files.exists(file) && !Files.isRegularFile(file)) throw invalid(name, "not a regular file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw invalid(name, "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MB; a questionnaire is far smaller");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw invalid(name, "no such file or folder");
        } catch (AccessDeniedException e) {
            throw invalid(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw invalid(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Walks the zip the way POI will (same library, same stream reader), counting what it unpacks,
     * so that a zip bomb or a flood of parts is refused after at most {@link #MAX_UNPACKED_BYTES} and
     * before POI keeps anything in memory. XML parts that declare a DOCTYPE (entities) or nest too deep
     * are refused too (see {@link XmlScan}).
     */
    private static void checkZip(byte[] bytes, String name) throws InvalidQuestionnaireException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int parts = 0;
        try (ZipArchiveInputStream zip = new PlainZip(bytes)) {
            for (ZipArchiveEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++parts > MAX_PARTS) {
                    throw invalid(name, "the workbook has more than " + MAX_PARTS + " parts (sheets, styles, pictures…); "
                            + "a questionnaire has about 15");
                }
                if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
                    throw invalid(name, "the part " + shorten(e.getName()) + " is packed with compression method "
                            + e.getMethod() + ", which spreadsheet programs never use; refused");
                }
                XmlScan xml = new XmlScan();
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw invalid(name, "the workbook unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
                                + " MB; a questionnaire unpacks to about 50 KB");
                    }
                    long out = zip.getUncompressedCount();
                    if (out > RATIO_GRACE_BYTES && zip.getCompressedCount() < out * MIN_PACKED_RATIO) {
                        throw invalid(name, "the part " + shorten(e.getName()) + " unpacks to more than "
                                + Math.round(1 / MIN_PACKED_RATIO) + " times its size (a zip bomb); refused");
                    }
                    for (int i = 0; i < n; i++) {
                        String wrong = xml.next(buffer[i]);
                        if (wrong != null) throw invalid(name, "the part " + shorten(e.getName()) + " " + wrong + "; refused");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "damaged or incomplete, not a readable Excel workbook (.xlsx): " + reason(e));
        }
        if (parts == 0) throw invalid(name, "damaged or incomplete: the zip holds no parts");
    }

    /**
     * Follows an XML part byte by byte just enough to see how deep its elements nest and whether it
     * declares a DOCTYPE. POI parses a part into a tree and walks it recursively: a few thousand nested
     * elements overflow its stack, and a DOCTYPE brings entities. Comments, CDATA and processing
     * instructions are skipped; text that is not XML (UTF-16) can only make the count too high.
     */
    static final class XmlScan {
        private static final int TEXT = 0, LT = 1, TAG = 2, QUOTE = 3, BANG = 4, SKIP = 5;
        private int state = TEXT;
        private int depth;
        private byte quote;
        private byte previous;
        private byte beforePrevious;
        private final StringBuilder bang = new StringBuilder();
        private String until;

        /** Null while the part is fine, else what is wrong with it. */
        String next(byte b) {
            switch (state) {
                case TEXT -> state = b == '<' ? LT : TEXT;
                case LT -> {
                    if (b == '/') {
                        depth--;
                        state = TAG;
                    } else if (b == '!') {
                        bang.setLength(0);
                        state = BANG;
                    } else if (b == '?') {
                        skipUntil("?>");
                    } else if (++depth > MAX_XML_DEPTH) {
                        return "nests its elements more than " + MAX_XML_DEPTH + " deep";
                    } else {
                        state = TAG;
                    }
                }
                case TAG -> {
                    if (b == '"' || b == '\'') {
                        quote = b;
                        state = QUOTE;
                    } else if (b == '>') {
                        if (previous == '/') depth--;
                        state = TEXT;
                    }
                }
                case QUOTE -> state = b == quote ? TAG : QUOTE;
                case BANG -> {
                    bang.append((char) b);
                    if (bang.toString().equals("--")) skipUntil("-->");
                    else if (bang.toString().equals("[CDATA[")) skipUntil("]]>");
                    else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
                        return "declares a DOCTYPE (XML entities), which Excel never writes";
                    }
                }
                case SKIP -> {
                    int n = until.length();
                    if (b == until.charAt(n - 1) && previous == until.charAt(n - 2)
                            && (n < 3 || beforePrevious == until.charAt(n - 3))) {
                        state = TEXT;
                    }
                }
                default -> throw new IllegalStateException();
            }
            beforePrevious = previous;
            previous = b;
            return null;
        }

        private void skipUntil(String end) {
            until = end;
            state = SKIP;
        }
    }

    /**
     * The zip stream reader POI uses, except that it never starts a Zstandard decoder: that needs a
     * library this tool does not ship (the attempt ends in NoClassDefFoundError), and no spreadsheet
     * program packs with it. Such a part ends the walk with an IOException instead.
     */
    private static final class PlainZip extends ZipArchiveInputStream {
        PlainZip(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        protected InputStream createZstdInputStream(InputStream in) throws IOException {
            throw new IOException("a part is packed with Zstandard, which spreadsheet programs never use");
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Text in any 8-bit or UTF-8 encoding at the start of the file (no control bytes but tabs and line breaks): a CSV or a note. */
    private static boolean isText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) return false;
        }
        return true;
    }

    /** The first line of an exception's message, short enough for one line of output. */
    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int eol = m.indexOf('\n');
        return shorten(eol < 0 ? m : m.substring(0, eol).strip());
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static InvalidQuestionnaireException invalid(String file, String message) {
        return new InvalidQuestionnaireException(List.of(InputProblem.ofFile(file, message)));
    }

    /** A cell a defined name points at. */
    private record Place(Sheet sheet, int row, int col) {
        String address() {
            return new CellReference(row, col).formatAsString();
        }

        Cell cell() {
            Row r = sheet.getRow(row);
            return r == null ? null : r.getCell(col);
        }
    }

    /** A cell's value that cannot be used; the message says what was expected and what was found. */
    private static class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** A required cell left blank: the message itself starts with the field's label. */
    private static final class Missing extends Bad {
        Missing(String message) {
            super(message);
        }
    }

    /** One read of one workbook: the problems found so far. */
    private static final class Reading {
        private final XSSFWorkbook wb;
        private final String file;
        private final List<InputProblem> problems = new ArrayList<>();
        private boolean linkReported;
        /** The layout version the file was made with, once checked. */
        private String version;

        Reading(XSSFWorkbook wb, String file) {
            this.wb = wb;
            this.file = file;
        }

        Questionnaire read() throws InvalidQuestionnaireException {
            checkVersion();
            Map<Question, Object> answers = new EnumMap<>(Question.class);
            for (Question f : Question.values()) {
                if (!TemplateLayout.inLayout(f, version)) {
                    answers.put(f, answer(f, meant(f)));
                    continue;
                }
                Place p = locateCell(f.definedName);
                if (p == null) continue;
                try {
                    answers.put(f, answer(f, value(f, p.cell())));
                } catch (Missing e) {
                    problem(p, null, e.getMessage());
                } catch (Bad e) {
                    problem(p, f.label, e.getMessage());
                } catch (RuntimeException e) {
                    problem(p, f.label, "the cell cannot be read: " + reason(e));
                }
            }
            List<Zone> zones = zones();
            checkWholeFile();
            if (!problems.isEmpty()) throw new InvalidQuestionnaireException(problems);
            return new Questionnaire(version, answers, zones);
        }

        /** A cell's value as the questionnaire holds the answer: yes/no as a boolean, a whole number as an int. */
        private static Object answer(Question f, Object value) {
            return switch (f.kind) {
                case YES_NO -> "Yes".equals(value);
                case WHOLE_NUMBER -> value == null ? null : ((BigDecimal) value).intValueExact();
                default -> value;
            };
        }

        /** Another layout would make every other message misleading, so a wrong version stops here. */
        private void checkVersion() throws InvalidQuestionnaireException {
            if (workbookName(TemplateLayout.VERSION_NAME) == null) {
                throw invalid(file, "not a Pryv.io sizing questionnaire: the defined name "
                        + TemplateLayout.VERSION_NAME + " is missing");
            }
            Place p = locateCell(TemplateLayout.VERSION_NAME);
            if (p == null) throw new InvalidQuestionnaireException(problems);
            String found;
            try {
                found = shorten(text(valueOf(p.cell(), false)));
            } catch (Bad | RuntimeException e) {
                found = "?";
            }
            if (!TemplateLayout.READ_VERSIONS.contains(found)) {
                throw new InvalidQuestionnaireException(List.of(new InputProblem(file, p.sheet.getSheetName(),
                        p.address(), "made with template version " + (found.isEmpty() ? "(blank)" : found)
                        + ", this tool reads " + String.join(", ", TemplateLayout.READ_VERSIONS.subList(0, TemplateLayout.READ_VERSIONS.size() - 1))
                        + " and " + TemplateLayout.TEMPLATE_VERSION)));
            }
            version = found;
        }

        /** What no single cell shows, but would be carried into the result workbook or break it. */
        private void checkWholeFile() {
            if (wb.getPackagePart().getContentType().contains("macroEnabled")) {
                problems.add(InputProblem.ofFile(file, "the workbook holds macros (.xlsm); save it as an "
                        + "Excel workbook (.xlsx) without macros and try again"));
            }
            List<ExternalLinksTable> links = wb.getExternalLinksTables();
            if (!links.isEmpty() && !linkReported) {
                problems.add(InputProblem.ofFile(file, "the workbook links to " + links.size() + (links.size() == 1 ? " other file; " : " other files; ")
                        + "a questionnaire must stand alone: break the links (Excel: Data > Edit Links > Break Link) "
                        + "and try again"));
            }
            if (wb.getNumCellStyles() > MAX_CELL_STYLES) {
                problems.add(InputProblem.ofFile(file, "the workbook has " + wb.getNumCellStyles()
                        + " cell styles, at most " + MAX_CELL_STYLES + " leave room for the result sheets; "
                        + "copy the answers into a fresh template"));
            }
        }

        private List<Zone> zones() {
            AreaReference area = locateArea(TemplateLayout.ZONES_NAME);
            if (area == null) return List.of();
            Sheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
            int top = area.getFirstCell().getRow();
            int left = area.getFirstCell().getCol();
            int rows = area.getLastCell().getRow() - top + 1;
            int cols = area.getLastCell().getCol() - left + 1;
            String range = area.formatAsString().replace("$", "").replaceFirst("^.*!", "");
            if (cols != 3) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the defined name "
                        + TemplateLayout.ZONES_NAME + " must cover 3 columns (zone name, location, users), it covers " + cols));
                return List.of();
            }
            if (rows > TemplateLayout.MAX_ZONE_ROWS) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the defined name "
                        + TemplateLayout.ZONES_NAME + " covers " + rows + " rows, at most "
                        + TemplateLayout.MAX_ZONE_ROWS + " are read"));
                return List.of();
            }
            List<Zone> zones = new ArrayList<>();
            Map<String, String> seen = new HashMap<>(); // folded name → address of its first use
            int filled = 0;
            long users = 0;
            for (int r = top; r < top + rows; r++) {
                Place namePlace = new Place(sheet, r, left);
                Place usersPlace = new Place(sheet, r, left + 2);
                int zone = r - top + 1;
                Object name = zoneValue(namePlace, zone, 0);
                Object location = zoneValue(new Place(sheet, r, left + 1), zone, 1);
                Object count = zoneValue(usersPlace, zone, 2);
                if (name == null && location == null && count == null) continue;
                filled++;
                if (name == null) {
                    problem(namePlace, zoneLabel(0, zone), "missing: a row with a location or users needs a zone name");
                } else if (name instanceof String n) {
                    String key = Normalizer.normalize(n, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                    String first = seen.putIfAbsent(key, namePlace.address());
                    if (first != null) {
                        problem(namePlace, zoneLabel(0, zone), "\"" + n + "\" is used twice (also at " + first
                                + "); zone names must be unique, ignoring case");
                    }
                }
                if (count == null) problem(usersPlace, zoneLabel(2, zone), "missing: expected a whole number ≥ 1");
                if (count instanceof Long u) users += u;
                if (name instanceof String n && count instanceof Long u) {
                    zones.add(new Zone(n, location instanceof String l ? l : "", u));
                }
            }
            if (filled == 0) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range,
                        "at least one zone is required, but every zone row is blank"));
            }
            if (filled > TemplateLayout.MAX_ZONES) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the zones block lists " + filled
                        + " zones, at most " + TemplateLayout.MAX_ZONES));
            }
            if (users > TemplateLayout.MAX_USERS) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the zones hold "
                        + Numbers.format(users) + " users together, at most " + Numbers.format(TemplateLayout.MAX_USERS)));
            }
            return zones;
        }

        /** What a problem calls the cell of {@code column} (0 name, 1 location, 2 users) in zone row {@code zone}. */
        private static String zoneLabel(int column, int zone) {
            return String.format(Locale.ROOT, TemplateLayout.ZONE_CELL_LABELS.get(column), zone);
        }

        /**
         * A zone cell of {@code column} (0 name, 1 location, 2 users): null when blank, a String (name,
         * location) or Long (users), or BAD once reported.
         */
        private Object zoneValue(Place p, int zone, int column) {
            boolean users = column == 2;
            try {
                CellValue v = valueOf(p.cell(), !users);
                if (v == null) return null;
                if (!users) return typedText(v, TemplateLayout.MAX_TEXT_LENGTH);
                return wholeNumber(v, p.cell(), Constraint.AT_LEAST_ONE, BigDecimal.valueOf(TemplateLayout.MAX_USERS))
                        .longValueExact();
            } catch (Bad e) {
                problem(p, zoneLabel(column, zone), e.getMessage());
                return BAD;
            } catch (RuntimeException e) {
                problem(p, zoneLabel(column, zone), "the cell cannot be read: " + reason(e));
                return BAD;
            }
        }

        private static final Object BAD = new Object();

        /** What a blank cell of {@code f} means in the layout read: its default, or blank. */
        private Object meant(Question f) {
            String meant = TemplateLayout.defaultIn(f, version);
            if (meant == null) return f.kind == Kind.WHOLE_NUMBER ? null : "";
            return f.kind == Kind.NUMBER || f.kind == Kind.WHOLE_NUMBER ? new BigDecimal(meant) : meant;
        }

        /** The value of one field, its default when blank; Bad when it cannot be used. */
        private Object value(Question f, Cell cell) throws Bad {
            CellValue v = valueOf(cell, f.kind == Kind.TEXT);
            if (v == null) {
                if (f.required) throw new Missing(f.label + " is required, but the cell is blank");
                return meant(f);
            }
            return switch (f.kind) {
                case TEXT -> typedText(v, TemplateLayout.MAX_TEXT_LENGTH);
                case VERSION_TEXT -> version(v, f);
                case DATE -> date(v, cell, f);
                case NUMBER -> number(v, cell, f.kind, f.constraint, f.max, f.inPercent());
                case WHOLE_NUMBER -> wholeNumber(v, cell, f.constraint, f.max);
                case YES_NO -> choice(v, List.of("Yes", "No"), f);
                case OS -> choice(v, Question.SUPPORTED_OS, f);
            };
        }

        /**
         * What the cell shows; null for a blank cell or blank text. A formula counts for the result
         * saved with it and is never computed here; a free-text cell must hold typed text, as a formula
         * there (=HYPERLINK(…)) would travel on into the result workbook.
         */
        private CellValue valueOf(Cell cell, boolean typedTextOnly) throws Bad {
            if (cell == null) return null;
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                XSSFCell x = (XSSFCell) cell;
                String formula = formulaText(x);
                if (typedTextOnly) throw new Bad("expected a typed text, found the formula " + formula + "; type the text itself");
                if (refersToOtherWorkbook(x)) {
                    linkReported = true;
                    throw new Bad("the formula " + formula + " refers to another workbook; type the value instead");
                }
                if (!hasSavedResult(x)) {
                    throw new Bad("the formula " + formula + " has no saved result; open the file in Excel or "
                            + "LibreOffice, save it, and try again");
                }
                type = cell.getCachedFormulaResultType();
                if (type == CellType.ERROR) throw new Bad("the formula " + formula + " gives the error " + errorText(x));
            } else if (type == CellType.ERROR) {
                throw new Bad("the cell holds the error " + errorText((XSSFCell) cell));
            }
            CellValue v = switch (type) {
                case NUMERIC -> new CellValue(cell.getNumericCellValue());
                case STRING -> new CellValue(cell.getStringCellValue());
                case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
                default -> null;
            };
            if (v == null || v.getCellType() == CellType.STRING && v.getStringValue().isBlank()) return null;
            return v;
        }

        /**
         * A formula's result as saved: none when the cell has no value, or an empty one, which POI would
         * read as 0 or FALSE (openpyxl writes {@code <c r="C5"><f>1/0</f><v/></c>}, openpyxl/cell/_writer.py).
         * Only a text result may be empty: Excel and LibreOffice save a formula giving "" as t="str" with
         * {@code <v/>} (umya-spreadsheet pull request 357).
         */
        private static boolean hasSavedResult(XSSFCell cell) {
            if (!cell.getCTCell().isSetV()) return false;
            return !cell.getCTCell().getV().isBlank() || cell.getCTCell().getT() == STCellType.STR;
        }

        private static String formulaText(XSSFCell cell) {
            String f = cell.getCTCell().isSetF() ? cell.getCTCell().getF().getStringValue() : "";
            return f.isEmpty() ? "(shared with the cells around)" : "=" + printable(shorten(f));
        }

        private static String errorText(XSSFCell cell) {
            return printable(shorten(cell.getErrorCellString()));
        }

        /** Even when the other workbook happens to be at hand, its values are not part of this file. */
        private boolean refersToOtherWorkbook(XSSFCell cell) {
            if (wb.getExternalLinksTables().isEmpty()) return false; // nothing to refer to
            String formula = cell.getCTCell().getF().getStringValue();
            if (formula.length() > MAX_FORMULA_LENGTH) return false; // the whole-file check reports the link
            try {
                Ptg[] tokens = FormulaParser.parse(formula, XSSFEvaluationWorkbook.create(wb),
                        FormulaType.CELL, wb.getSheetIndex(cell.getSheet()));
                for (Ptg t : tokens) if (t instanceof Pxg x && x.getExternalWorkbookNumber() > 0) return true;
                return false;
            } catch (RuntimeException | StackOverflowError e) {
                return false; // unparsable or nested too deep: the whole-file check reports the link
            }
        }

        /** A cell's text: numbers as Excel shows them, booleans as TRUE/FALSE, text trimmed. */
        private static String text(CellValue v) {
            if (v == null) return "";
            return switch (v.getCellType()) {
                case NUMERIC -> plain(decimal(v.getNumberValue()));
                case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
                default -> v.getStringValue().trim();
            };
        }

        /**
         * Text for a name or location: line breaks and tabs become spaces; other control characters
         * (which could rewrite a terminal's screen) and broken characters are refused, as is text longer than
         * {@code max}.
         */
        private static String typedText(CellValue v, int max) throws Bad {
            String s = text(v).replaceAll("\\s*[\\r\\n\\t]\\s*", " ");
            if (s.length() > max) {
                throw new Bad("expected a text of at most " + max + " characters, found " + s.length() + " characters");
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean brokenPair = Character.isHighSurrogate(c)
                        ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i))
                        : Character.isLowSurrogate(c);
                if (Character.isISOControl(c) || brokenPair || c == '\uFFFE' || c == '\uFFFF') {
                    throw new Bad("expected a plain text, found a control or broken character in " + found(v));
                }
            }
            return s;
        }

        private static String version(CellValue v, Question f) throws Bad {
            if (v.getCellType() == CellType.NUMERIC) {
                throw new Bad("expected " + f.expected() + ", found the number " + found(v)
                        + "; type it as text (start with an apostrophe: '" + f.example + ") so that it keeps every digit");
            }
            String s = text(v);
            if (s.length() > TemplateLayout.MAX_VERSION_LENGTH || !VERSION.matcher(s).matches()) {
                throw new Bad("expected " + f.expected() + ", found " + found(v));
            }
            return s;
        }

        private LocalDate date(CellValue v, Cell cell, Question f) throws Bad {
            LocalDate d = null;
            if (v.getCellType() == CellType.NUMERIC) {
                double serial = v.getNumberValue();
                // A whole number below 10,000 (2024) is a year or a count typed in, even in a date-formatted
                // cell: as a date it would fall before 1928, and the user would not recognise it.
                boolean typedNumber = serial == Math.rint(serial) && Math.abs(serial) < 10_000;
                if (isDateFormatted(cell) && !typedNumber) d = excelDate(serial, wb.isDate1904());
                if (d == null) {
                    String number = typedNumber ? plain(decimal(serial)) : found(v);
                    throw new Bad("expected " + f.expected() + ", found "
                            + (Double.isFinite(serial) ? "the number " + number + ", not a date" : number));
                }
            } else if (v.getCellType() == CellType.STRING && v.getStringValue().length() <= 20) {
                try {
                    d = LocalDate.parse(v.getStringValue().trim());
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            if (d == null) throw new Bad("expected " + f.expected() + ", found " + found(v));
            if (d.isBefore(TemplateLayout.FIRST_DATE) || d.isAfter(TemplateLayout.LAST_DATE)) {
                throw new Bad("expected a date from " + TemplateLayout.FIRST_DATE + " to " + TemplateLayout.LAST_DATE
                        + ", found " + d);
            }
            return d;
        }

        /** The day of an Excel date serial, or null when it is none (Excel's dates end in 9999). */
        private static LocalDate excelDate(double serial, boolean date1904) {
            if (!(serial >= 0 && serial < 2_958_466)) return null;
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        }

        private static String choice(CellValue v, List<String> allowed, Question f) throws Bad {
            String s = v.getCellType() == CellType.STRING ? v.getStringValue().trim() : null;
            for (String a : allowed) if (a.equalsIgnoreCase(s)) return a;
            throw new Bad("expected " + f.expected() + ", found " + found(v));
        }

        /**
         * A number within its bounds: the lower one of its constraint, and {@code max}. In {@code percent}, a
         * percent-formatted cell counts for what it shows (0.3 shown as 30% is 30), and text may end in %.
         */
        private BigDecimal number(CellValue v, Cell cell, Kind kind, Constraint bound, BigDecimal max, boolean percent)
                throws Bad {
            String expected = "expected " + Question.expected(kind, bound, null) + ", found ";
            BigDecimal n;
            if (v.getCellType() == CellType.NUMERIC) {
                if (!Double.isFinite(v.getNumberValue())) throw new Bad(expected + "a value that is not a finite number");
                LocalDate day = cell.getCellType() != CellType.FORMULA && isDateFormatted(cell)
                        ? excelDate(v.getNumberValue(), wb.isDate1904()) : null;
                if (day != null) throw new Bad(expected + "the date " + day);
                n = decimal(v.getNumberValue());
                if (percent && isPercentFormatted(cell)) n = normalise(n.movePointRight(2));
            } else if (v.getCellType() == CellType.STRING && v.getStringValue().length() <= 40) {
                String s = v.getStringValue().trim();
                if (percent && s.endsWith("%")) s = s.substring(0, s.length() - 1).trim();
                if (AMBIGUOUS_NUMBER.matcher(s).matches()) {   // never guessed
                    throw new Bad(expected + "the text " + found(v) + ", which is a thousand times larger in some "
                            + "languages than in others: type the number without separators, with a decimal point if it has decimals");
                } else if (PLAIN_NUMBER.matcher(s).matches()) {
                    n = normalise(new BigDecimal(s));
                } else if (GROUPED_NUMBER.matcher(s).matches()) {
                    throw new Bad(expected + "the text " + found(v) + ": type the number without separators");
                } else if (DECIMAL_COMMA.matcher(s).matches()) {
                    throw new Bad(expected + "the text " + found(v)
                            + ": type it with a decimal point, or as a number in your spreadsheet's own format");
                } else {
                    throw new Bad(expected + found(v));
                }
            } else {
                throw new Bad(expected + found(v));
            }
            boolean ok = switch (bound) {
                case NONE -> true;
                case AT_LEAST_ZERO -> n.signum() >= 0;
                case ABOVE_ZERO -> n.signum() > 0;
                case AT_LEAST_ONE -> n.compareTo(BigDecimal.ONE) >= 0;
            };
            if (!ok) throw new Bad(expected + show(n));
            if (max != null && n.compareTo(max) > 0) {
                String what = kind == Kind.WHOLE_NUMBER ? "a whole number" : "a number";
                throw new Bad("expected " + what + " ≤ " + Numbers.format(max.longValueExact()) + ", found " + show(n));
            }
            return n;
        }

        private BigDecimal wholeNumber(CellValue v, Cell cell, Constraint bound, BigDecimal max) throws Bad {
            BigDecimal n = number(v, cell, Kind.WHOLE_NUMBER, bound, max, false);
            if (n.scale() > 0) {
                throw new Bad("expected " + Question.expected(Kind.WHOLE_NUMBER, bound, null) + ", found " + show(n));
            }
            return n;
        }

        /**
         * Formatted as a percentage (0%, 0.00%): Excel shows 0.3 there as 30%. A % in quotes or after a
         * backslash is only shown.
         */
        private static boolean isPercentFormatted(Cell cell) {
            try {
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
            } catch (RuntimeException e) {
                return false; // a style the file does not define
            }
        }

        private static boolean isDateFormatted(Cell cell) {
            try {
                return cell.getCellStyle() != null
                        && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            } catch (RuntimeException e) {
                return false; // a style the file does not define
            }
        }

        /** What a cell holds, for a message: text in quotes, shortened, control characters shown as codes. */
        private static String found(CellValue v) {
            return switch (v.getCellType()) {
                case NUMERIC -> Double.isFinite(v.getNumberValue()) ? show(decimal(v.getNumberValue())) : "not a number";
                case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
                default -> {
                    String s = v.getStringValue();
                    yield "\"" + printable(s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
                }
            };
        }

        private Name workbookName(String definedName) {
            for (Name n : wb.getNames(definedName)) if (n.getSheetIndex() < 0) return n;
            return null;
        }

        private AreaReference locateArea(String definedName) {
            Name n = workbookName(definedName);
            if (n == null) {
                problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                        + " is missing; the file no longer follows the questionnaire template"));
                return null;
            }
            String formula = n.getRefersToFormula();
            try {
                AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
                String sheetName = area.getFirstCell().getSheetName();
                if (sheetName != null && wb.getSheet(sheetName) != null
                        && sheetName.equals(area.getLastCell().getSheetName())) {
                    return area;
                }
            } catch (RuntimeException e) {
                // reported below
            }
            problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                    + " does not point at cells of this workbook (it holds " + printable(shorten(String.valueOf(formula))) + ")"));
            return null;
        }

        private Place locateCell(String definedName) {
            AreaReference area = locateArea(definedName);
            if (area == null) return null;
            if (!area.isSingleCell()) {
                problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                        + " must point at one cell, it covers " + area.formatAsString()));
                return null;
            }
            CellReference c = area.getFirstCell();
            return new Place(wb.getSheet(c.getSheetName()), c.getRow(), c.getCol());
        }

        /** A problem of one cell; {@code field} names what the cell holds, null when the message already does. */
        private void problem(Place p, String field, String message) {
            problems.add(new InputProblem(file, p.sheet.getSheetName(), p.address(), field, message));
        }
    }

    /** Control characters as \\u001B, so that a message stays one line and cannot drive the terminal. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format(Locale.ROOT, "\\u%04X", c));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** A cell's double as Excel shows it: 15 significant digits, no trailing zeros. */
    static BigDecimal decimal(double v) {
        return normalise(new BigDecimal(Double.toString(v)).round(EXCEL_DIGITS));
    }

    private static BigDecimal normalise(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    /** A number for a message: grouped as the limits are (12,000), in E notation when very long (1E+308). */
    private static String show(BigDecimal n) {
        String p = n.toPlainString();
        if (p.length() > 24) return n.stripTrailingZeros().toString();
        return n.scale() <= 12 ? Numbers.format(n) : p; // Numbers rounds beyond 12 decimals
    }
}
