package io.pryv.sizer.rules;

import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Profile;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import org.kie.api.runtime.KieSession;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sizing rules of every profile, each compiled once ({@link CompiledRules}); {@link #size} runs the questionnaire's
 * profile on it ({@link RuleSession}) and assembles the Sizing from what they inserted ({@link SizingAssembler}).
 * Thread-safe: each call gets its own session, so a batch sizes files in parallel on one instance.
 */
public final class SizingRules {
    private final Map<Profile, CompiledRules> byProfile;
    private final Map<Profile, SizingAssembler> assemblers = new EnumMap<>(Profile.class);

    private SizingRules(Map<Profile, CompiledRules> byProfile) {
        this.byProfile = byProfile;
        byProfile.forEach((p, rules) -> assemblers.put(p, new SizingAssembler(rules.version(), rules.rulesInReadingOrder())));
    }

    /**
     * Compiles the rules of every profile in {@code dir}, laid out as the packaged rules/ (shared/, v1/, v2/; a folder
     * left out is the packaged one), or loads them as the build compiled them when they are unchanged. A folder of
     * .drl files without sub-folders, the layout before profiles, is the whole of v1's rules.
     */
    public static SizingRules load(Path dir) throws RulesException {
        return of(RuleSource.RuleTree.read(dir));
    }

    /** Compiles the rules packaged with the tool. */
    public static SizingRules packaged() throws RulesException {
        return of(RuleSource.RuleTree.packaged());
    }

    private static SizingRules of(RuleSource.RuleTree tree) throws RulesException {
        RuleSource.RuleTree packaged = tree.complete() ? tree : RuleSource.RuleTree.packaged();
        Map<Profile, CompiledRules> compiled = new EnumMap<>(Profile.class);
        for (Profile p : Profile.values()) {
            if (!RuleSource.available(p, tree) && !RuleSource.available(p, packaged)) continue;
            compiled.put(p, CompiledRules.of(p, RuleSource.of(p, tree, packaged)));
        }
        return new SizingRules(compiled);
    }

    /** {@code dir} when given, else ./rules when it exists, else the packaged copy. */
    public static SizingRules resolve(Path dir) throws RulesException {
        if (dir != null) return load(dir);
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? load(local) : packaged();
    }

    /** The profiles these rules size. */
    public List<Profile> profiles() {
        return List.copyOf(byProfile.keySet());
    }

    private CompiledRules rules(Profile profile) {
        CompiledRules rules = byProfile.get(profile);
        if (rules == null) throw new IllegalStateException("no rules for " + profile.label());
        return rules;
    }

    /** Short content hash of a profile's DRL texts: changes whenever a rule does, so outputs say which rules made them. */
    public String version(Profile profile) {
        return rules(profile).version();
    }

    /** True when the profile's rules were loaded as compiled at build time rather than compiled from the DRL now. */
    public boolean isPrecompiled(Profile profile) {
        return rules(profile).precompiled();
    }

    /** Names of every rule of a profile, for the test that checks each rule has a test. */
    public List<String> ruleNames(Profile profile) {
        return rules(profile).ruleNames();
    }

    /** A fresh session on a profile's compiled rules, for tests that fire single rules. */
    KieSession newSession(Profile profile) {
        return rules(profile).kieBase().newKieSession();
    }

    /** Runs the questionnaire's profile on it; the facts its rules insert become the Sizing. */
    public Sizing size(Questionnaire q) {
        Profile profile = q.profile();
        CompiledRules rules = rules(profile);
        return assemblers.get(profile).assemble(q, RuleSession.run(rules.kieBase(), q));
    }

    /** Each profile with its rules version, as a batch summary names them: "Pryv.io v1 rules 47c40b944f08". */
    public String versions() {
        return String.join(", ", byProfile.entrySet().stream()
                .map(e -> e.getKey().rules(e.getValue().version())).toList());
    }

    /**
     * The constants the template's help texts cite, one map for every profile: v1's (the profile of a blank
     * PlatformVersion) under their own keys, each other profile's under its name, "V2_MIN_DOCKER_VERSION", so that one
     * help text can say what each Pryv.io version needs.
     */
    public Map<String, BigDecimal> helpConstants() {
        Map<String, BigDecimal> all = new TreeMap<>(constants(Profile.byDefault()));
        for (Profile p : byProfile.keySet()) {
            if (p == Profile.byDefault()) continue;
            constants(p).forEach((key, value) -> all.put(p.answer().toUpperCase(java.util.Locale.ROOT) + "_" + key, value));
        }
        return all;
    }

    /**
     * A profile's constants, key to value, for the texts that cite them (the template's help): only the
     * constants rules fire, on no questionnaire.
     */
    public Map<String, BigDecimal> constants(Profile profile) {
        KieSession session = newSession(profile);
        try {
            session.fireAllRules(match -> match.getRule().getName().startsWith("constants:"));
            Map<String, BigDecimal> values = new TreeMap<>();
            for (Object o : session.getObjects(o -> o instanceof Constant)) {
                Constant c = (Constant) o;
                values.put(c.key(), c.value());
            }
            return values;
        } finally {
            session.dispose();
        }
    }
}
