package io.pryv.sizer.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;

/** The DRL texts to compile, by file name: from a folder, or the copy packaged with the tool. */
record RuleSource(String origin, Map<String, String> drlByName) {
    static final String PACKAGED_FOLDER = "rules";

    /** The order in which the decision log reads the concerns; files not listed follow, by name. */
    private static final List<String> READING_ORDER = List.of("constants.drl", "role-minima.drl", "core-count.drl",
            "plan.drl", "headroom.drl", "storage.drl", "topology.drl", "machines.drl", "upgrades.drl", "costs.drl", "purchase.drl", "system-requirements.drl",
            "findings.drl", "firewall.drl", "checklists.drl");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /** Every rule name, files in reading order, rules as declared; the decision log sorts by this. */
    List<String> rulesInReadingOrder() {
        List<String> files = new ArrayList<>(drlByName.keySet());
        files.sort(Comparator.comparingInt((String f) -> READING_ORDER.contains(f) ? READING_ORDER.indexOf(f) : READING_ORDER.size())
                .thenComparing(Comparator.naturalOrder()));
        List<String> names = new ArrayList<>();
        for (String f : files) {
            Matcher m = RULE_NAME.matcher(drlByName.get(f));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    static RuleSource fromFolder(Path dir) throws RulesException {
        if (!Files.isDirectory(dir)) throw new RulesException(dir + ": not a folder of rules");
        Map<String, String> drl = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.drl")) {
            for (Path f : files) drl.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulesException(dir + ": cannot read the rules: " + e.getMessage(), e);
        }
        if (drl.isEmpty()) throw new RulesException(dir + ": no .drl file in this folder");
        return new RuleSource(dir.toString(), drl);
    }

    /** The rules/ folder packaged in the jar (or on the class path when run from the build). */
    static RuleSource packaged() throws RulesException {
        URL index = RuleSource.class.getClassLoader().getResource(PACKAGED_FOLDER + "/constants.drl");
        if (index == null) throw new RulesException("the packaged rules are missing from the class path");
        try {
            URI uri = index.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleSource("packaged rules", fromFolder(jar.getPath("/" + PACKAGED_FOLDER)).drlByName());
                }
            }
            return new RuleSource("packaged rules", fromFolder(Path.of(uri).getParent()).drlByName());
        } catch (URISyntaxException | IOException e) {
            throw new RulesException("cannot read the packaged rules: " + e.getMessage(), e);
        }
    }
}
