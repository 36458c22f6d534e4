package io.pryv.sizer.rules;

import io.pryv.sizer.model.Profile;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rules compiled at build time by {@link PrecompileRules}, valid only for the DRL version they came from. */
final class PrecompiledRules {
    /** Class path resource of a profile: the version of its precompiled rules, then their model classes, one a line. */
    static String index(Profile profile) {
        return "io/pryv/sizer/rules/precompiled-rules-" + profile.answer() + ".txt";
    }

    private PrecompiledRules() {}

    /** The KieBase built at build time from the profile's DRL of this {@code version}, or null when there is none. */
    static KieBase load(Profile profile, String version) {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(index(profile))) {
            if (in == null) return null;
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(version)) return null;
            List<Model> models = new ArrayList<>();
            for (String name : lines.subList(1, lines.size())) {
                models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            return null;   // compile the DRL instead, as for rules edited since the build
        }
    }
}
