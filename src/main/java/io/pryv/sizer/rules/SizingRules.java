package io.pryv.sizer.rules;

import io.pryv.sizer.model.*;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sizing rules compiled once into a KieBase; {@link #size} runs them on one questionnaire.
 * Thread-safe: each call gets its own session, so a batch sizes files in parallel on one instance.
 */
public final class SizingRules {
    private static final List<String> SYSTEM_ITEMS = List.of("Operating system", "Docker", "docker-compose");
    private final KieBase kieBase;
    private final String version;
    private final boolean precompiled;
    /** Each rule's position in reading order, and the position of the first rule of its concern. */
    private final java.util.Map<String, Integer> rulePosition = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> concernPosition = new java.util.HashMap<>();

    private SizingRules(KieBase kieBase, String version, boolean precompiled, List<String> ruleOrder) {
        this.kieBase = kieBase;
        this.version = version;
        this.precompiled = precompiled;
        for (int i = 0; i < ruleOrder.size(); i++) {
            rulePosition.putIfAbsent(ruleOrder.get(i), i);
            concernPosition.putIfAbsent(concern(ruleOrder.get(i)), i);
        }
    }

    /** Compiles every *.drl of {@code dir}, or loads them as the build compiled them when they are unchanged. */
    public static SizingRules load(Path dir) throws RulesException {
        return compile(RuleSource.fromFolder(dir));
    }

    /** Compiles the rules packaged with the tool. */
    public static SizingRules packaged() throws RulesException {
        return compile(RuleSource.packaged());
    }

    /** {@code dir} when given, else ./rules when it exists, else the packaged copy. */
    public static SizingRules resolve(Path dir) throws RulesException {
        if (dir != null) return load(dir);
        Path local = Path.of("rules");
        return java.nio.file.Files.isDirectory(local) ? load(local) : packaged();
    }

    /** Short content hash of the DRL texts: changes whenever a rule does, so outputs say which rules made them. */
    public String version() {
        return version;
    }

    /** True when the rules were loaded as compiled at build time rather than compiled from the DRL now. */
    public boolean isPrecompiled() {
        return precompiled;
    }

    /** Names of every rule in the KieBase, for the test that checks each rule has a test. */
    public List<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).sorted().toList();
    }

    private static SizingRules compile(RuleSource source) throws RulesException {
        String version = hash(source.drlByName());
        // The same rules as the build's (the usual case): load the classes it compiled them to, ~1 s less.
        KieBase prebuilt = Boolean.getBoolean("pryv.sizer.compileRules") ? null : PrecompiledRules.load(version);
        if (prebuilt != null) return new SizingRules(prebuilt, version, true, source.rulesInReadingOrder());
        KieServices ks = KieServices.get();
        // Each compilation gets its own release id: builds sharing the default one can mix packages (KIE #6617).
        ReleaseId releaseId = ks.newReleaseId("io.pryv.sizer", "rules-" + version, "1.0.0");
        build(ks, source, releaseId, KieBuilder::buildAll);
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        return new SizingRules(kieBase, version, false, source.rulesInReadingOrder());
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

    /** A fresh session on the compiled rules, for tests that fire single rules. */
    KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Runs the rules on one questionnaire; the facts they insert become the Sizing. */
    public Sizing size(Questionnaire q) {
        KieSession session = kieBase.newKieSession();
        try {
            // Facts are collected in the order the rules inserted them: the session's own fact store has
            // no stable order from one run to the next, and the outputs must be reproducible.
            List<Object> inserted = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    inserted.add(event.getObject());
                }
            });
            session.insert(q);
            q.zones().forEach(session::insert);
            session.fireAllRules();
            return collect(q, new Facts(inserted));
        } finally {
            session.dispose();
        }
    }

    /**
     * The rules' constants, key to value, for the texts that cite them (the template's help): only the
     * constants rules fire, on no questionnaire.
     */
    public Map<String, java.math.BigDecimal> constants() {
        KieSession session = kieBase.newKieSession();
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

    /** The session's facts, by type, in insertion order. */
    private static final class Facts {
        private final List<Object> all = new ArrayList<>();

        Facts(java.util.Collection<?> objects) {
            all.addAll(objects);
        }

        <T> List<T> of(Class<T> type) {
            return all.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T> T one(Class<T> type) {
            List<T> found = of(type);
            if (found.size() != 1) {
                throw new IllegalStateException("the rules made " + found.size() + " " + type.getSimpleName()
                        + " facts where exactly one is expected: check the rules' conditions");
            }
            return found.get(0);
        }
    }

    private Sizing collect(Questionnaire q, Facts facts) {
        // Zone positions and per-zone facts looked up once: a questionnaire may have 1000 zones.
        Map<String, Integer> zonePosition = new java.util.HashMap<>();
        for (Zone z : q.zones()) zonePosition.putIfAbsent(z.name(), zonePosition.size());
        Comparator<String> byZone = Comparator.comparingInt(zone -> zonePosition.getOrDefault(zone, -1));

        Map<String, ZoneCores> cores = firstByZone(facts.of(ZoneCores.class), ZoneCores::zone);
        Map<String, List<MetricLoad>> loads = facts.of(MetricLoad.class).stream()
                .collect(Collectors.groupingBy(MetricLoad::zone));
        Map<String, CoreDataDisk> disks = firstByZone(facts.of(CoreDataDisk.class), CoreDataDisk::zone);
        Map<String, DailyEgress> egress = firstByZone(facts.of(DailyEgress.class), DailyEgress::zone);
        List<ZoneCapacity> zones = new ArrayList<>();
        for (Zone z : q.zones()) {
            zones.add(new ZoneCapacity(z,
                    forZone(cores, z, ZoneCores.class),
                    loads.getOrDefault(z.name(), List.of()).stream().sorted(Comparator.comparing(MetricLoad::metric)).toList(),
                    forZone(disks, z, CoreDataDisk.class),
                    forZone(egress, z, DailyEgress.class)));
        }
        List<Upgrade> upgrades = facts.of(Upgrade.class).stream()
                .sorted(Comparator.comparing(Upgrade::zone, byZone).thenComparing(Upgrade::situation)).toList();
        List<MachineGroup> groups = facts.of(MachineGroup.class).stream()
                .sorted(Comparator.comparing((MachineGroup g) -> roleOrder(g))
                        .thenComparing(MachineGroup::zone, byZone))
                .map(g -> upgraded(g, upgrades)).toList();
        List<FollowerCount> followers = facts.of(FollowerCount.class);
        return new Sizing(q, version,
                facts.one(PlatformTopology.class).topology(),
                followers.isEmpty() ? 0 : followers.get(0).count(),
                zones,
                groups,
                upgrades,
                facts.of(StorageYear.class).stream()
                        .sorted(Comparator.comparing(StorageYear::zone, byZone).thenComparing(StorageYear::year)).toList(),
                facts.of(FirewallRule.class).stream().sorted(Comparator.comparing(FirewallRule::direction)
                        .thenComparing(FirewallRule::source).thenComparing(FirewallRule::from)
                        .thenComparing(r -> roleLabelOrder(r.to())).thenComparingInt(r -> portNumber(r.port()))
                        .thenComparing(FirewallRule::to, String.CASE_INSENSITIVE_ORDER)).toList(),
                facts.of(SystemRequirement.class).stream()
                        .sorted(Comparator.comparingInt(r -> SYSTEM_ITEMS.indexOf(r.item()))).toList(),
                facts.of(Finding.class).stream().sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code)).toList(),
                facts.of(ChecklistItem.class).stream().sorted(Comparator.comparing(ChecklistItem::checklist)
                        .thenComparing(i -> scopeOrder(i.scope()))).toList(),
                facts.of(RoleSpec.class).stream().sorted(Comparator.comparing(RoleSpec::role)).toList(),
                facts.of(OsSupport.class).stream().sorted(Comparator.comparing(OsSupport::name)).toList(),
                facts.of(Constant.class).stream().sorted(Comparator.comparing(Constant::key)).toList(),
                facts.of(Decision.class).stream().sorted(decisionOrder(zonePosition)).toList());
    }

    /** Each zone's first fact of a kind, in insertion order. */
    private static <T> Map<String, T> firstByZone(List<T> facts, java.util.function.Function<T, String> zone) {
        Map<String, T> first = new java.util.HashMap<>();
        for (T fact : facts) first.putIfAbsent(zone.apply(fact), fact);
        return first;
    }

    private static <T> T forZone(Map<String, T> byZone, Zone zone, Class<T> type) {
        T fact = byZone.get(zone.name());
        if (fact == null) throw new IllegalStateException("the rules made no " + type.getSimpleName() + " for zone " + zone.name());
        return fact;
    }

    /** The log reads concern by concern (rule files in reading order), zone by zone, then rule by rule. */
    private Comparator<Decision> decisionOrder(Map<String, Integer> zonePosition) {
        return Comparator.comparingInt((Decision d) -> concernPosition.getOrDefault(concern(d.rule()), Integer.MAX_VALUE))
                .thenComparingInt(d -> d.zone().isEmpty() ? -1 : zonePosition.getOrDefault(d.zone(), -1))
                .thenComparingInt(d -> rulePosition.getOrDefault(d.rule(), Integer.MAX_VALUE));
    }

    /** The concern a rule name starts with: "core count" for "core count: write requests…". */
    private static String concern(String rule) {
        return rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
    }

    /** Machines in the order purchasing reads them: the front (static-web), the register, then the cores. */
    private static int roleOrder(MachineGroup g) {
        return switch (g.role()) {
            case SINGLE_NODE -> 0;
            case STATIC_WEB -> 1;
            case REGISTER -> g.tier().equals("leader") ? 2 : 3;
            case CORE -> 4;
        };
    }

    private static int roleLabelOrder(String label) {
        for (Role r : Role.values()) if (label.startsWith(r.label())) return r.ordinal();
        return Role.values().length;
    }

    /** 53 before 443: a port such as "53/udp+tcp" sorts by its number, not as text. */
    private static int portNumber(String port) {
        return Integer.parseInt(port.substring(0, port.indexOf('/')));
    }

    private static int scopeOrder(String scope) {
        return scope.equals("all machines") ? 0 : roleLabelOrder(scope) + 1;
    }

    /** A group at the largest minimum its upgrades ask for. */
    private static MachineGroup upgraded(MachineGroup g, List<Upgrade> upgrades) {
        int vcpu = g.vcpu();
        java.math.BigDecimal ram = g.ramGb();
        for (Upgrade u : upgrades) {
            if (u.role() != g.role() || !u.zone().equals(g.zone())) continue;
            vcpu = Math.max(vcpu, u.minVcpu());
            if (u.minRamGb() != null) ram = ram.max(u.minRamGb());
        }
        return new MachineGroup(g.role(), g.tier(), g.zone(), g.count(), vcpu, ram, g.servicesDiskGb(), g.dataDiskGb());
    }
}
