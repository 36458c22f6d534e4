package io.pryv.sizer.files;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Saves a workbook so that the same content always gives the same bytes. POI stamps the current time
 * on the document properties and on every zip entry; here both get a fixed instant instead. Entries
 * are stored uncompressed, so the bytes do not depend on the zlib build of the machine either.
 */
public final class ReproducibleXlsx {
    private ReproducibleXlsx() {}

    /** Sets the workbook's created and modified dates to {@code stamp}, then writes it; {@code out} stays open. */
    public static void write(XSSFWorkbook wb, Instant stamp, OutputStream out) throws IOException {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(stamp)));
        core.setModified(Optional.of(Date.from(stamp)));
        ByteArrayOutputStream poiBytes = new ByteArrayOutputStream(1 << 16);
        wb.write(poiBytes);
        restamp(poiBytes.toByteArray(), LocalDateTime.ofInstant(stamp, ZoneOffset.UTC), out);
    }

    /** Copies every entry in order, with a fixed DOS time (no time-zone dependent conversion). */
    private static void restamp(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(new NonClosing(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                copy.setTimeLocal(time);
                zout.putNextEntry(copy);
                zout.write(data);
                zout.closeEntry();
            }
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
