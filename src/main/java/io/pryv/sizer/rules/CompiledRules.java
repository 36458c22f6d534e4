package io.pryv.sizer.rules;

import io.pryv.sizer.model.Profile;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The DRL compiled once into a KieBase, or loaded as the build precompiled it when it is unchanged;
 * with the version the outputs print and each rule's place in reading order.
 */
record CompiledRules(KieBase kieBase, String version, boolean precompiled, List<String> rulesInReadingOrder) {

    CompiledRules {
        rulesInReadingOrder = List.copyOf(rulesInReadingOrder);
    }

    static CompiledRules of(Profile profile, RuleSource source) throws RulesException {
        String version = hash(source.drlByName());
        // The same rules as the build's (the usual case): load the classes it compiled them to, ~1 s less.
        KieBase prebuilt = Boolean.getBoolean("pryv.sizer.compileRules") ? null : PrecompiledRules.load(profile, version);
        if (prebuilt != null) return new CompiledRules(prebuilt, version, true, source.rulesInReadingOrder());
        KieServices ks = KieServices.get();
        // Each compilation gets its own release id: builds sharing the default one can mix packages (KIE #6617).
        ReleaseId releaseId = ks.newReleaseId("io.pryv.sizer", "rules-" + version, "1.0.0");
        build(ks, source, releaseId, KieBuilder::buildAll);
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        return new CompiledRules(kieBase, version, false, source.rulesInReadingOrder());
    }

    /** Builds the DRL files as a KIE project, the way {@code buildAll} says; fails with each error's file and line. */
    static KieBuilder build(KieServices ks, RuleSource source, ReleaseId releaseId,
                            java.util.function.UnaryOperator<KieBuilder> buildAll) throws RulesException {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, String> drl : source.drlByName().entrySet()) {
            kfs.write(ks.getResources()
                    .newByteArrayResource(drl.getValue().getBytes(StandardCharsets.UTF_8))
                    .setResourceType(ResourceType.DRL)
                    .setSourcePath("src/main/resources/rules/" + drl.getKey()));
        }
        KieBuilder builder = buildAll.apply(ks.newKieBuilder(kfs));
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RulesException("the rules in " + source.origin() + " do not compile:\n" + errors.stream()
                    .map(m -> "  " + compileError(m)).distinct().collect(Collectors.joining("\n")));
        }
        return builder;
    }

    private static final String IN_CONSEQUENCE = "Rule Compilation error";

    /**
     * "file:line: text". Drools gives an error in a rule's Java consequence the line where the rule
     * starts, not the faulty line: the message says so, so that nobody looks for the error on that line.
     */
    static String compileError(Message m) {
        String text = m.getText().strip();
        String where = m.getPath() == null ? "" : Path.of(m.getPath()).getFileName() + (m.getLine() > 0 ? ":" + m.getLine() : "");
        if (text.startsWith(IN_CONSEQUENCE)) {
            text = "in the 'then' part of the rule that starts on this line: " + text.substring(IN_CONSEQUENCE.length()).strip();
        }
        // Further lines of the same error (the compiler's follow-on messages) are indented under it.
        text = text.replace("\n", "\n      ");
        return where.isEmpty() ? text : where + ": " + text;
    }

    /** Short content hash of the DRL texts: changes whenever a rule does, so outputs say which rules made them. */
    static String hash(Map<String, String> drlByName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            drlByName.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of every rule in the KieBase, sorted. */
    List<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).sorted().toList();
    }
}
