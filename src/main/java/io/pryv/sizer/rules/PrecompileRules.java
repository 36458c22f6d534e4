package io.pryv.sizer.rules;

import io.pryv.sizer.model.Profile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.internal.builder.conf.ReproducibleExecutableModelGenerationOption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Build step (`mvn process-classes`, see pom.xml): compiles each profile's rules (rules/shared and rules/v1, …) into
 * Drools' executable model, writes its classes into the build's classes folder and names them in the profile's
 * {@link PrecompiledRules#index} with the rules' version, so that a run on the same DRL loads them instead of compiling it.
 * Needs drools-model-codegen, which only the build has. Usage: {@code PrecompileRules RULES_DIR CLASSES_DIR}
 */
public final class PrecompileRules {
    /**
     * The class files the last run wrote, one a line, so that the next run removes those it no longer makes.
     * Kept beside the classes folder (target/), not in it: it is a build record, not part of the jar.
     */
    static Path writtenList(Path classes) {
        return classes.toAbsolutePath().resolveSibling("precompiled-classes.txt");
    }

    private PrecompileRules() {}

    public static void main(String[] args) throws Exception {
        RuleSource.RuleTree tree = RuleSource.RuleTree.read(Path.of(args[0]));
        Path classes = Path.of(args[1]);
        // Same classes from build to build (the jar is reproducible): no parallel code generation.
        System.setProperty(ReproducibleExecutableModelGenerationOption.PROPERTY_NAME, "true");
        List<String> written = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            if (!RuleSource.available(profile, tree)) continue;
            written.addAll(precompile(profile, RuleSource.of(profile, tree, tree), classes));
        }
        removePreviousClasses(classes, Set.copyOf(written));   // only now: a failed run above leaves the last build whole
        Files.writeString(writtenList(classes), String.join("\n", written) + "\n");
    }

    /** Writes one profile's classes and index; returns the class files written. */
    private static List<String> precompile(Profile profile, RuleSource source, Path classes) throws Exception {
        String version = CompiledRules.hash(source.drlByName());
        KieServices ks = KieServices.get();
        KieBuilder builder = CompiledRules.build(ks, source, ks.newReleaseId("io.pryv.sizer", "rules-" + version, "1.0.0"),
                b -> b.buildAll(ExecutableModelProject.class));
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> index = new ArrayList<>(List.of(version));
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            // The project model class only serves KieContainers, which the loader does not use.
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written.add(name);
            } else if (name.endsWith("/drools-model")) {
                // One model class name a line, after a version header.
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) index.add(line.strip());
                }
            }
        }
        if (index.size() == 1) throw new IllegalStateException("Drools made no executable model of the " + profile.label() + " rules");
        Path indexFile = classes.resolve(PrecompiledRules.index(profile));
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, String.join("\n", index) + "\n");
        System.out.println("Precompiled the " + profile.label() + " rules, version " + version + ": " + index.subList(1, index.size()));
        return written;
    }

    /**
     * Generated class names follow the DRL, so rules edited since the last build leave classes no index
     * names; without `mvn clean` they would go into the jar. The list of the last run's files says which.
     */
    private static void removePreviousClasses(Path classes, Set<String> written) throws IOException {
        Path list = writtenList(classes);
        if (!Files.exists(list)) return;
        for (String name : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!name.endsWith(".class") || written.contains(name)) continue;
            Path file = classes.resolve(name);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); !dir.equals(classes) && isEmptyFolder(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
