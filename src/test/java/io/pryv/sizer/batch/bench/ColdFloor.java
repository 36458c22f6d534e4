package io.pryv.sizer.batch.bench;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reference for benchmark (c) of BENCHMARKS.md: the least a cold `size` must do with POI, i.e. open the
 * questionnaire and write it back, with no rules, no result sheets and no PDF. Run in a fresh JVM with the
 * launcher's settings, after the jar on the class path so that its class-data-sharing archive applies.
 * {@code ColdFloor QUESTIONNAIRE.xlsx OUT.xlsx}
 */
public final class ColdFloor {
    public static void main(String[] args) throws Exception {
        byte[] questionnaire = Files.readAllBytes(Path.of(args[0]));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(questionnaire));
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            book.write(out);
        }
    }
}
