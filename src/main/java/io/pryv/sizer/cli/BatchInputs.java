package io.pryv.sizer.cli;

import io.pryv.sizer.Output;
import io.pryv.sizer.questionnaire.QuestionnaireReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The questionnaires a batch sizes, in a fixed order, each with the folder and name its outputs take.
 * Folders give their {@code *.xlsx} files sorted by path; Excel lock files ({@code ~$*.xlsx}), hidden
 * files, this tool's own outputs and anything inside the output folder are skipped. Two questionnaires
 * whose outputs would share a name are told apart by a number: the second {@code a.xlsx} writes
 * {@code a-2-sizing.xlsx}.
 */
final class BatchInputs {
    private BatchInputs() {}

    /** A questionnaire to size: where it is, how to show it, where its outputs go and under which name. */
    record Item(Path file, String shown, Path outDir, String outputName) {}

    /** A file left out, and why. */
    record Skipped(String shown, String reason) {}

    /** What the inputs hold; {@code unreadable}: names given that this locale cannot make a path of. */
    record Found(List<Item> items, List<Skipped> skipped, List<String> unreadable) {}

    static Found find(List<String> inputNames, Path outputDir, boolean recursive) throws IOException {
        Path outAbs = outputDir.toAbsolutePath().normalize();
        List<Path[]> taken = new ArrayList<>();   // {file, folder of its outputs relative to outputDir}
        List<Skipped> skipped = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String name : inputNames) {
            Path input;
            try {
                input = Path.of(name);
            } catch (InvalidPathException e) {   // accents under LANG=C: that input fails, the others go on
                unreadable.add(name);
                continue;
            }
            if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(input, recursive ? Integer.MAX_VALUE : 1)) {
                    files = walk.filter(p -> !p.equals(input))
                            .filter(p -> !hiddenBelow(input, p))
                            .filter(p -> !p.toAbsolutePath().normalize().startsWith(outAbs))
                            .filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                            .sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (Path f : files) {
                    String why = whySkip(f, outAbs);
                    if (why != null) skipped.add(new Skipped(f.toString(), why));
                    else if (seen.add(f.toAbsolutePath().normalize())) {
                        Path rel = input.relativize(f).getParent();
                        taken.add(new Path[] {f, rel == null ? Path.of("") : rel});
                    }
                }
            } else {
                // A file named on the command line is taken whatever its extension, so a wrong one is reported.
                String why = whySkip(input, outAbs);
                if (why != null) skipped.add(new Skipped(input.toString(), why));
                else if (seen.add(input.toAbsolutePath().normalize())) taken.add(new Path[] {input, Path.of("")});
            }
        }
        return new Found(name(taken, outputDir), skipped, unreadable);
    }

    private static String whySkip(Path file, Path outAbs) {
        String name = file.getFileName().toString();
        if (QuestionnaireReader.isLockFile(file)) return QuestionnaireReader.LOCK_FILE;
        if (Output.isOutputName(name)) return "an output of this tool";
        if (file.toAbsolutePath().normalize().startsWith(outAbs)) return "inside the output folder";
        return null;
    }

    /** Hidden files and folders (.git, .~lock…) below a folder given on the command line. */
    private static boolean hiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /**
     * Output names: each questionnaire keeps its own name unless an earlier one in the same output
     * folder has it (compared ignoring case, as Windows and macOS do); the later ones get the first
     * free number from 2. Names a questionnaire has on its own are kept for it.
     */
    private static List<Item> name(List<Path[]> taken, Path outputDir) {
        Map<String, Integer> firstOwner = new LinkedHashMap<>();
        for (int i = 0; i < taken.size(); i++) firstOwner.putIfAbsent(key(taken.get(i)[1], base(taken.get(i)[0])), i);
        Set<String> used = new HashSet<>(firstOwner.keySet());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            Path file = taken.get(i)[0];
            Path rel = taken.get(i)[1];
            String base = base(file);
            if (firstOwner.get(key(rel, base)) != i) {
                String candidate;
                int n = 2;
                do {
                    candidate = base + "-" + n++;
                } while (!used.add(key(rel, candidate)));
                base = candidate;
            }
            items.add(new Item(file, file.toString(), outputDir.resolve(rel), base + ".xlsx"));
        }
        return items;
    }

    private static String base(Path file) {
        return Output.baseName(file.getFileName().toString());
    }

    private static String key(Path rel, String base) {
        return (rel + "/" + base).toLowerCase(Locale.ROOT);
    }
}
