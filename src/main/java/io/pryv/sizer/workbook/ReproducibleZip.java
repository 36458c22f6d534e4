package io.pryv.sizer.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx) with every entry dated {@code date} and stored uncompressed. POI stamps
 * each entry with the wall-clock time, so two runs on the same input would differ; its own switch
 * ({@code Reproducibility.runWithSourceDateEpoch}) is a JVM-wide flag that concurrent writers would
 * reset under each other. Stored entries keep the bytes independent of the machine's zlib build
 * (the questionnaire template is saved the same way).
 */
final class ReproducibleZip {
    private ReproducibleZip() {}

    static void copy(byte[] zip, OutputStream out, LocalDate date) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(new FilterOutputStream(out) {
                 @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
                 @Override public void close() throws IOException { flush(); }   // the caller closes out
             })) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(data.length);
                stored.setCompressedSize(data.length);
                stored.setCrc(crc.getValue());
                stored.setTimeLocal(date.atStartOfDay());   // DOS time only: the same bytes in every time zone
                copy.putNextEntry(stored);
                copy.write(data);
                copy.closeEntry();
            }
        }
    }
}
