package io.pryv.sizer.brief;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief's fonts lack some characters (⌈ ⌉, most of Asia's scripts), and OpenPDF leaves such a
 * character out without a word: every character of the rules' and the code's own texts must print.
 */
class GlyphsTest {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void everyCharacterTheRulesAndTheCodeWriteIsInTheBriefsFonts() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("src/main/java")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.strip().startsWith("//") || line.strip().startsWith("*")) continue;   // comments print nowhere
                    Matcher m = STRING_LITERAL.matcher(line);
                    while (m.find()) {
                        m.group().codePoints().filter(c -> c > 127).forEach(c -> {
                            if (!Look.printable(Character.toString(c))) missing.add(Character.toString(c) + " in " + f);
                        });
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckKnowsWhatTheFontsLack() {
        assertThat(Look.printable("× → ≤ ≥ · … ● — Łódź Αθήνα Москва")).isTrue();
        assertThat(Look.printable("⌈x⌉")).isFalse();
        assertThat(Look.printable("北京")).isFalse();
    }
}
