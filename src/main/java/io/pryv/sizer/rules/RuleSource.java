package io.pryv.sizer.rules;

import io.pryv.sizer.model.Profile;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL texts of one rule profile, by file name: the shared files ({@code rules/shared/}) and the profile's own
 * ({@code rules/v1/}), a file of the profile replacing a shared one of the same name.
 */
record RuleSource(String origin, Map<String, String> drlByName) {
    static final String PACKAGED_FOLDER = "rules";
    /** The folder of the files every profile uses. */
    static final String SHARED = "shared";

    /** The concerns in the order the decision log reads them; a file belongs to the first its name starts with. */
    private static final List<String> READING_ORDER = List.of("constants", "role-minima", "core-count",
            "plan", "headroom", "storage", "topology", "machines", "upgrades", "costs", "purchase", "system-requirements",
            "findings", "firewall", "checklists");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    /** Every file says {@code package pryv.sizing;}: each profile gets a package of its own, so both compile into one jar. */
    private static final Pattern PACKAGE = Pattern.compile("^(\\s*package\\s+pryv\\.sizing)\\s*;", Pattern.MULTILINE);

    /** Every rule name, files in reading order, rules as declared; the decision log sorts by this. */
    List<String> rulesInReadingOrder() {
        List<String> files = new ArrayList<>(drlByName.keySet());
        files.sort(Comparator.comparingInt(RuleSource::concern).thenComparing(Comparator.naturalOrder()));
        List<String> names = new ArrayList<>();
        for (String f : files) {
            Matcher m = RULE_NAME.matcher(drlByName.get(f));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static int concern(String file) {
        for (int i = 0; i < READING_ORDER.size(); i++) if (file.startsWith(READING_ORDER.get(i))) return i;
        return READING_ORDER.size();
    }

    /**
     * The rules of {@code profile} in {@code tree}; a folder the tree lacks is the packaged one. A tree of
     * .drl files without sub-folders (the layout before profiles) is the whole of v1's rules, shared ones included.
     */
    static RuleSource of(Profile profile, RuleTree tree, RuleTree packaged) throws RulesException {
        String own = profile.answer();
        if (!available(profile, tree) && !available(profile, packaged)) {
            throw new RulesException(tree.origin() + ": no rules for " + profile.label() + " (a " + own + " folder)");
        }
        RuleTree ownFrom = available(profile, tree) ? tree : packaged;
        String ownFolder = ownFrom.has(own) ? own : RuleTree.FLAT;
        RuleTree sharedFrom = tree.has(SHARED) ? tree : packaged;
        // A folder of the layout before profiles held every rule: the shared ones would be there twice.
        boolean whole = ownFolder.equals(RuleTree.FLAT);
        Map<String, String> drl = new TreeMap<>(whole ? Map.of() : sharedFrom.folder(SHARED));
        drl.putAll(ownFrom.folder(ownFolder));   // never empty: a folder is read only when it holds a .drl file
        Map<String, String> inPackage = new TreeMap<>();
        drl.forEach((name, text) -> inPackage.put(name, PACKAGE.matcher(text).replaceFirst("$1." + own + ";")));
        return new RuleSource(ownFrom.where(ownFolder) + (whole ? "" : " (with " + sharedFrom.where(SHARED) + ")"), inPackage);
    }

    /** Whether {@code tree} has the profile's own folder (for v1, also a folder of the layout before profiles). */
    static boolean available(Profile profile, RuleTree tree) {
        return tree.has(profile.answer()) || (profile == Profile.byDefault() && tree.has(RuleTree.FLAT));
    }

    /** The .drl files of a rules folder, by sub-folder ({@link #FLAT} for those at its top), as read once. */
    record RuleTree(String origin, Map<String, Map<String, String>> folders) {
        static final String FLAT = "";

        boolean has(String folder) {
            return folders.containsKey(folder);
        }

        Map<String, String> folder(String folder) {
            return folders.getOrDefault(folder, Map.of());
        }

        /** It has every folder: the packaged rules are not needed. */
        boolean complete() {
            return subFolders().stream().allMatch(this::has);
        }

        String where(String folder) {
            return folder.isEmpty() ? origin : origin + "/" + folder;
        }

        static RuleTree read(Path dir) throws RulesException {
            return read(dir, dir.toString());
        }

        private static RuleTree read(Path dir, String origin) throws RulesException {
            if (!Files.isDirectory(dir)) throw new RulesException(dir + ": not a folder of rules");
            Map<String, Map<String, String>> folders = new LinkedHashMap<>();
            try {
                Map<String, String> top = drlIn(dir);
                if (!top.isEmpty()) folders.put(FLAT, top);
                for (String sub : subFolders()) {
                    Path p = dir.resolve(sub);
                    // An empty folder is a profile not written yet: as if absent.
                    Map<String, String> drl = Files.isDirectory(p) ? drlIn(p) : Map.of();
                    if (!drl.isEmpty()) folders.put(sub, drl);
                }
            } catch (IOException e) {
                throw new RulesException(dir + ": cannot read the rules: " + e.getMessage(), e);
            }
            if (folders.values().stream().allMatch(Map::isEmpty)) {
                throw new RulesException(dir + ": no .drl file in this folder, nor in its " + String.join(", ", subFolders()) + " folders");
            }
            return new RuleTree(origin, folders);
        }

        private static List<String> subFolders() {
            List<String> subs = new ArrayList<>(List.of(SHARED));
            for (Profile p : Profile.values()) subs.add(p.answer());
            return subs;
        }

        private static Map<String, String> drlIn(Path dir) throws IOException {
            Map<String, String> drl = new TreeMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.drl")) {
                for (Path f : files) drl.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
            return drl;
        }

        /** The rules/ folder packaged in the jar (or on the class path when run from the build). */
        static RuleTree packaged() throws RulesException {
            URL index = RuleSource.class.getClassLoader().getResource(PACKAGED_FOLDER + "/" + SHARED + "/constants.drl");
            if (index == null) throw new RulesException("the packaged rules are missing from the class path");
            try {
                URI uri = index.toURI();
                if (uri.getScheme().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return read(jar.getPath("/" + PACKAGED_FOLDER), "packaged rules");
                    }
                }
                return read(Path.of(uri).getParent().getParent(), "packaged rules");
            } catch (URISyntaxException | IOException e) {
                throw new RulesException("cannot read the packaged rules: " + e.getMessage(), e);
            }
        }
    }
}
