package io.pryv.sizer.questionnaire;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.model.ExternalLinksTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;

import static io.pryv.sizer.questionnaire.InputProblem.reason;
import static io.pryv.sizer.questionnaire.InputProblem.shorten;

/**
 * The defences against a hostile file. Questionnaires come from outside, so the file is distrusted: it is
 * read into memory (never opened for writing), and its zip is walked and measured before POI parses it;
 * whatever the bytes, opening ends in a workbook or an {@link InvalidQuestionnaireException}. Once the
 * cells are read, {@link #wholeFileProblems} says what the workbook as a whole holds that must not travel
 * on into the results (macros, links to other files, a flood of cell styles).
 */
final class SafeWorkbookOpener {
    private SafeWorkbookOpener() {}

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

    /**
     * What no single cell shows, but would be carried into the result workbook or break it; asked once the
     * cells are read, so these come after the cells' problems. {@code linkReported}: a cell's formula
     * already named the link to another workbook.
     */
    static List<InputProblem> wholeFileProblems(XSSFWorkbook wb, String file, boolean linkReported) {
        List<InputProblem> problems = new ArrayList<>();
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
        return problems;
    }

    static InvalidQuestionnaireException invalid(String file, String message) {
        return new InvalidQuestionnaireException(List.of(InputProblem.ofFile(file, message)));
    }
}
