package io.pryv.sizer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a separate process, as a user would, and captures what it prints. */
public final class JarRunner {
    static final Path JAR = Path.of("target", "pryv-sizer.jar");

    private JarRunner() {}

    public record Run(int exitCode, String out, String err) {}

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), 3, args);
    }

    /** The jar run with {@code jvmOptions}, killed after {@code minutes} (a hang guard, not a measure). */
    public static Run run(Path workDir, List<String> jvmOptions, int minutes, String... args)
            throws IOException, InterruptedException {
        return run(workDir, Map.of(), jvmOptions, minutes, args);
    }

    /** The same with these environment variables set, LANG say; LC_ALL and LC_CTYPE are removed so LANG counts. */
    static Run run(Path workDir, Map<String, String> env, List<String> jvmOptions, int minutes, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (!env.isEmpty()) {
                builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_CTYPE"));
                builder.environment().putAll(env);
            }
            Process p = builder.start();
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
}
