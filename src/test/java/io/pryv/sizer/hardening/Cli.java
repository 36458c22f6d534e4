package io.pryv.sizer.hardening;

import io.pryv.sizer.cli.Main;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line as a user would: in this JVM, or as the packaged jar in a process of its own. */
final class Cli {
    private Cli() {}

    static final Path JAR = Path.of("target", "pryv-sizer.jar").toAbsolutePath();

    record Run(int exitCode, String out, String err) {}

    static Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The jar with a heap of {@code heapMb} megabytes, killed after {@code minutes} (a hang guard, not a measure). */
    static Run jar(Path workDir, int heapMb, int minutes, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the jar did not finish in " + minutes + " minutes: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines a failed run must print: {@code expected} with {file} and {name} filled in; a line ending in … is a prefix. */
    static void assertMessage(Run run, String expected, Path file) {
        List<String> lines = run.err().lines().toList();
        List<String> want = expected.replace("{file}", file.toString()).replace("{name}", file.getFileName().toString()).lines().toList();
        org.assertj.core.api.Assertions.assertThat(lines).as(run.err()).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (w.endsWith("…")) {
                org.assertj.core.api.Assertions.assertThat(lines.get(i)).startsWith(w.substring(0, w.length() - 1));
            } else {
                org.assertj.core.api.Assertions.assertThat(lines.get(i)).isEqualTo(w);
            }
        }
    }
}
