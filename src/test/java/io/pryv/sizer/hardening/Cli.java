package io.pryv.sizer.hardening;

import io.pryv.sizer.cli.JarRunner;
import io.pryv.sizer.cli.Main;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Runs the command line as a user would: in this JVM, or as the packaged jar in a process of its own. */
final class Cli {
    private Cli() {}

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
        JarRunner.Run run = JarRunner.run(workDir, List.of("-Xmx" + heapMb + "m"), minutes, args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines a failed run must print: {@code expected} with {file} filled in; a line ending in … is a prefix. */
    static void assertMessage(Run run, String expected, Path file) {
        List<String> lines = run.err().lines().toList();
        List<String> want = expected.replace("{file}", file.toString()).lines().toList();
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
