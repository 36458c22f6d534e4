package io.pryv.sizer.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFailureNamesTheOutputNeverTheTemporaryFile() throws Exception {
        Path target = dir.resolve("clinic-sizing.xlsx");

        // The temporary file vanishes while it is written (another program cleaning the folder).
        FileSystemException e = catchThrowableOfType(() -> AtomicWrite.write(target, out -> {
            out.write(1);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
        }), FileSystemException.class);

        assertThat(e.getMessage()).isEqualTo(target + ": writing failed: no such file or folder")
                .doesNotContain(".part");
        assertThat(target).doesNotExist();
    }
}
