package io.pryv.sizer.rules;

import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import org.kie.api.runtime.KieSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sizing rules, compiled once ({@link CompiledRules}); {@link #size} runs them on one questionnaire
 * ({@link RuleSession}) and assembles the Sizing from what they inserted ({@link SizingAssembler}).
 * Thread-safe: each call gets its own session, so a batch sizes files in parallel on one instance.
 */
public final class SizingRules {
    private final CompiledRules rules;
    private final SizingAssembler assembler;

    private SizingRules(CompiledRules rules) {
        this.rules = rules;
        this.assembler = new SizingAssembler(rules.version(), rules.rulesInReadingOrder());
    }

    /** Compiles every *.drl of {@code dir}, or loads them as the build compiled them when they are unchanged. */
    public static SizingRules load(Path dir) throws RulesException {
        return new SizingRules(CompiledRules.of(RuleSource.fromFolder(dir)));
    }

    /** Compiles the rules packaged with the tool. */
    public static SizingRules packaged() throws RulesException {
        return new SizingRules(CompiledRules.of(RuleSource.packaged()));
    }

    /** {@code dir} when given, else ./rules when it exists, else the packaged copy. */
    public static SizingRules resolve(Path dir) throws RulesException {
        if (dir != null) return load(dir);
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? load(local) : packaged();
    }

    /** Short content hash of the DRL texts: changes whenever a rule does, so outputs say which rules made them. */
    public String version() {
        return rules.version();
    }

    /** True when the rules were loaded as compiled at build time rather than compiled from the DRL now. */
    public boolean isPrecompiled() {
        return rules.precompiled();
    }

    /** Names of every rule in the KieBase, for the test that checks each rule has a test. */
    public List<String> ruleNames() {
        return rules.ruleNames();
    }

    /** A fresh session on the compiled rules, for tests that fire single rules. */
    KieSession newSession() {
        return rules.kieBase().newKieSession();
    }

    /** Runs the rules on one questionnaire; the facts they insert become the Sizing. */
    public Sizing size(Questionnaire q) {
        return assembler.assemble(q, RuleSession.run(rules.kieBase(), q));
    }

    /**
     * The rules' constants, key to value, for the texts that cite them (the template's help): only the
     * constants rules fire, on no questionnaire.
     */
    public Map<String, java.math.BigDecimal> constants() {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.fireAllRules(match -> match.getRule().getName().startsWith("constants:"));
            Map<String, java.math.BigDecimal> values = new java.util.TreeMap<>();
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
