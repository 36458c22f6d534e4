package io.pryv.sizer.files;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Saves a workbook so that the same content always gives the same bytes. POI stamps the current time
 * on the document properties and on every zip entry; here both get a fixed instant instead. Entries
 * are stored uncompressed, so the bytes do not depend on the zlib build of the machine either.
 * POI writes the package straight into the zip stream given to it: one pass, nothing compressed.
 */
public final class ReproducibleXlsx {
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";

    private ReproducibleXlsx() {}

    /** Sets the workbook's created and modified dates to {@code stamp}, then writes it; {@code out} stays open. */
    public static void write(XSSFWorkbook wb, Instant stamp, OutputStream out) throws IOException {
        write(wb, Map.of(), stamp, out);
    }

    /**
     * The same, with the rows of some sheets given as XML (their {@code <row>} elements) instead of held by
     * POI, which is slow for long sheets: each goes into its sheet, which POI must hold no row of.
     */
    public static void write(XSSFWorkbook wb, Map<XSSFSheet, String> rows, Instant stamp, OutputStream out)
            throws IOException {
        Map<String, byte[]> rowsByEntry = new HashMap<>();
        rows.forEach((sheet, xml) -> rowsByEntry.put(
                sheet.getPackagePart().getPartName().getName().substring(1), xml.getBytes(StandardCharsets.UTF_8)));
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(stamp)));
        core.setModified(Optional.of(Date.from(stamp)));
        wb.write(new StoredZip(out, stamp, rowsByEntry));   // POI writes into a zip stream it is given, and finishes it
    }

    /**
     * The zip stream POI writes a package to, made to store each entry uncompressed with a fixed DOS
     * time, through java.util.zip; rows given as XML go into their sheets on the way. Its own
     * commons-compress machinery is never used: every method POI calls is overridden, anything else
     * fails loudly.
     */
    private static final class StoredZip extends ZipArchiveOutputStream {
        private final ZipOutputStream zip;
        private final LocalDateTime time;
        private final Map<String, byte[]> rows;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream(1 << 16);
        private String name;

        StoredZip(OutputStream out, Instant stamp, Map<String, byte[]> rows) {
            super(Unused.STREAM);
            this.zip = new ZipOutputStream(new NonClosing(out));
            this.time = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
            this.rows = rows;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) {
            name = entry.getName();
            data.reset();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            data.write(b, off, len);
        }

        @Override
        public void write(int b) {
            data.write(b);
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            byte[] sheetRows = rows.remove(name);
            byte[] bytes = sheetRows == null ? data.toByteArray() : withRows(data.toByteArray(), sheetRows, name);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ZipEntry e = new ZipEntry(name);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
            e.setTimeLocal(time);   // from its fields: no time-zone dependent conversion
            zip.putNextEntry(e);
            zip.write(bytes);
            zip.closeEntry();
        }

        @Override
        public void flush() {}

        @Override
        public void finish() throws IOException {
            if (!rows.isEmpty()) throw new IllegalStateException("no sheet " + rows.keySet() + " to put rows in");
            zip.finish();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** A sheet's XML with {@code rows} in place of the empty sheet data POI wrote for it. */
    private static byte[] withRows(byte[] sheet, byte[] rows, String entry) {
        int at = new String(sheet, StandardCharsets.ISO_8859_1).indexOf(EMPTY_SHEET_DATA);   // a char a byte
        if (at < 0) throw new IllegalStateException(entry + " holds rows already: no empty sheet data to put rows in");
        ByteArrayOutputStream out = new ByteArrayOutputStream(sheet.length + rows.length + 32);
        out.write(sheet, 0, at);
        out.writeBytes("<sheetData>".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(rows);
        out.writeBytes("</sheetData>".getBytes(StandardCharsets.US_ASCII));
        int after = at + EMPTY_SHEET_DATA.length();
        out.write(sheet, after, sheet.length - after);
        return out.toByteArray();
    }

    private static final class Unused extends OutputStream {
        static final Unused STREAM = new Unused();

        @Override
        public void write(int b) {
            throw new IllegalStateException("ReproducibleXlsx.StoredZip was used in a way it does not support");
        }
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
