package io.pryv.sizer.questionnaire;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The opener's defences that the reader's tests and the bad questionnaires do not reach: the packing
 * method of a part, and a path that is no regular file.
 */
class SafeWorkbookOpenerTest {

    /** A zip of one stored part whose packing method, in its local header, is then set to {@code method}. */
    private static byte[] zipPackedWith(int method) throws Exception {
        byte[] content = "<Types/>".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry e = new ZipEntry("[Content_Types].xml");
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCrc(crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(e);
            zip.write(content);
        }
        byte[] bytes = out.toByteArray();
        bytes[8] = (byte) method; // the local header's method, little-endian at offset 8 (APPNOTE.TXT 4.3.7)
        bytes[9] = (byte) (method >> 8);
        return bytes;
    }

    private static String problem(ThrowingCallable open) {
        InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class, open);
        assertThat(e).as("refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void aPartPackedOtherwiseThanStoredOrDeflatedIsRefusedByName() throws Exception {
        byte[] deflate64 = zipPackedWith(9); // Deflate64: the zip library would unpack it, no spreadsheet program writes it
        assertThat(problem(() -> SafeWorkbookOpener.open(deflate64, "packed.xlsx"))).isEqualTo("packed.xlsx: the part "
                + "[Content_Types].xml is packed with compression method 9, which spreadsheet programs never use; refused");
    }

    @Test
    void aDeviceIsNotReadAsAQuestionnaire() {
        Path zeros = Path.of("/dev/zero"); // endless: read, it would only stop at the size limit
        assumeTrue(Files.exists(zeros), "a system with /dev/zero");
        assertThat(problem(() -> SafeWorkbookOpener.open(zeros))).isEqualTo("/dev/zero: not a regular file");
    }
}
