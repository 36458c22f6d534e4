package io.pryv.sizer.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file, or a set of files, whole or not at all: the content goes to a temporary file in the same
 * folder, which replaces the target only once it is complete. A failure, or the process being stopped
 * (Ctrl-C), leaves no partial file behind.
 *
 * <p>Every failure is a {@link FileSystemException} naming the target and saying why in a few words
 * (folder not writable, disk full, a folder in the file's place, file read-only). A read-only target,
 * or a folder of the same name, is left as it is.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** Temporary files being written now; a shutdown hook removes them if the JVM is stopped mid-write. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Nothing more can be done while the JVM stops.
            }
        }), "remove-partial-outputs"));
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files as one: each is written whole to its temporary file first, and only once all
     * are complete do they replace their targets, in the map's order. A failure while writing any of
     * them leaves every target as it was; only a failure to replace one (rare: a file locked by another
     * program) can leave those before it replaced.
     */
    public static void writeAll(Map<Path, Content> files) throws IOException {
        List<Staged> staged = new ArrayList<>(files.size());
        try {
            for (Map.Entry<Path, Content> f : files.entrySet()) staged.add(stage(f.getKey(), f.getValue()));
            for (Staged s : staged) s.moveIntoPlace();
        } catch (IOException | RuntimeException | Error e) {
            for (Staged s : staged) s.discard(e);
            throw e;
        }
        for (Staged s : staged) s.discard(null);   // all moved: only the bookkeeping is left
    }

    /** A target's complete content in its temporary file, waiting to replace it. */
    private record Staged(Path temp, Path target) {
        void moveIntoPlace() throws IOException {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (AccessDeniedException e) {
                throw failure(target, "permission denied; is the file open in another program?", e);
            } catch (IOException e) {
                throw failure(target, "it cannot be replaced: " + reason(e), e);
            }
        }

        /**
         * Removes the temporary file if it was not moved. A failure to remove it is added to {@code failure},
         * the one the user must read, rather than hide it.
         */
        void discard(Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                if (failure != null) failure.addSuppressed(e);
            } finally {
                IN_FLIGHT.remove(temp);
            }
        }
    }

    private static Staged stage(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            Path given = target.getParent() == null ? dir : target.getParent();   // a relative name reads as typed
            throw failure(target, "the folder " + dir + " " + whyNoFolder(given, e), e);
        }
        if (Files.isDirectory(target)) throw failure(target, "a folder has this name", null);
        if (Files.exists(target) && isReadOnly(target)) {
            throw failure(target, "the file is read-only; it was left as it is", null);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw failure(target, "the folder " + dir + " " + whyNotWritable(e), e);
        }
        IN_FLIGHT.add(temp);
        Staged staged = new Staged(temp, target);
        try {
            writeTemp(temp, target, content);
            return staged;
        } catch (IOException | RuntimeException | Error e) {
            staged.discard(e);
            if (e instanceof Failure || !(e instanceof IOException io)) throw e;
            throw failure(target, "writing failed: " + reason(io), io);   // about the temporary file, whose name means nothing to the user
        }
    }

    /**
     * Makes {@code dir} if it is missing and checks a file can be written in it, so a batch can stop
     * before sizing anything. The failure names the folder; its reason reads after "the folder X".
     */
    public static void checkFolder(Path dir) throws FileSystemException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(dir, whyNoFolder(dir, e), e);
        }
        try {
            Files.delete(Files.createTempFile(dir, ".pryv-sizer-check", ".part"));
        } catch (IOException e) {
            throw failure(dir, whyNotWritable(e), e);
        }
    }

    private static void writeTemp(Path temp, Path target, Content content) throws IOException {
        Disk disk = new Disk(Files.newOutputStream(temp));
        try (OutputStream out = new BufferedOutputStream(disk, 1 << 16)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // Told by the disk itself: some writers (OpenPDF) hide its IOException in one of their own.
            if (disk.failure != null) throw failure(target, "writing failed: " + reason(disk.failure), disk.failure);
            throw e;
        }
        // Temporary files are private to their owner; the output is an ordinary file.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The temporary file's stream, remembering the first error the disk gave (full, gone…). */
    private static final class Disk extends FilterOutputStream {
        IOException failure;

        Disk(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }

    /** Read-only by its permissions, whoever runs the tool (root may write anything, but should not here). */
    private static boolean isReadOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    /** Why no file can be made in an existing folder; some file systems (/proc) answer "no such file". */
    private static String whyNotWritable(IOException e) {
        return "is not writable: " + (e instanceof NoSuchFileException ? "no file can be made in it" : reason(e));
    }

    /**
     * Why a folder cannot be made: a file in the way (the folder itself or one above it), a folder that
     * takes no new folders, or the system's reason. Linux's special file systems (/proc) answer "no such
     * file" for a folder made in one that exists.
     */
    private static String whyNoFolder(Path dir, IOException e) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) return "cannot be made: " + p + " is a file, not a folder";
        }
        Path parent = e instanceof NoSuchFileException n && n.getFile() != null ? Path.of(n.getFile()).getParent() : null;
        if (parent != null && Files.isDirectory(parent)) {
            return "cannot be made: " + parent + " takes no new folders (a special file system)";
        }
        return "cannot be made: " + reason(e);
    }

    /** The reason alone: a FileSystemException's message holds file names, maybe the temporary file's. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f) return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        return String.valueOf(e.getMessage());
    }

    /** A failure already said in the user's terms, naming the target. */
    private static final class Failure extends FileSystemException {
        Failure(Path target, String reason) {
            super(target.toString(), null, reason);
        }
    }

    private static FileSystemException failure(Path target, String reason, IOException cause) {
        FileSystemException e = new Failure(target, reason);
        if (cause != null) e.initCause(cause);
        return e;
    }
}
