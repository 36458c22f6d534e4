package io.pryv.sizer;

import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.FirewallRule.Direction;
import io.pryv.sizer.model.FirewallRule.Source;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.RoleSpec;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.Upgrade;
import io.pryv.sizer.rules.RulesException;
import io.pryv.sizer.rules.SizingRules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pryv.io v2 sizings built by hand for the writers' tests, until the v2 rules exist: the v1 rules size the same
 * answers, then the sizing is made v2's shape (SIZING-v2.md §3, §4): a v2 questionnaire, v2 topologies, cores
 * only (v1's single node becomes a core), optionally a database host beside each core, no register, no
 * static-web, no replication. Texts the v1 rules wrote about registers or static-web (findings, decisions,
 * checklists, constants, order lines) are left out, so that what remains of those words comes from the writers.
 * The numbers are v1's: these sizings test how the writers speak of a v2 platform, not its figures.
 */
public final class V2Sizings {
    private static final SizingRules V1_RULES = rules();
    public static final String DATABASE_HOSTS = "PostgreSQL on its own machine";

    private V2Sizings() {}

    private static SizingRules rules() {
        try {
            return SizingRules.load(Path.of("rules"));
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answers sized as v2: {@code databaseHost} as the questionnaire offers it ("On each core", "PostgreSQL on its own machine"). */
    public static Sizing of(Questionnaires.Builder answers, String databaseHost) {
        Sizing v1 = V1_RULES.size(answers.set(Question.PLATFORM_VERSION, "v1").build());
        Questionnaire q = answers.set(Question.PLATFORM_VERSION, "v2").set(Question.DATABASE_HOST, databaseHost).build();
        boolean hosts = !databaseHost.equals("On each core");
        List<PlanYear> plan = v1.plan().stream().map(y -> new PlanYear(y.year(), topology(y.zones().size(), y.cores()),
                y.zones(), y.headroom(), groups(y.inService(), hosts), groups(y.added(), hosts), y.cost())).toList();
        List<RoleSpec> specs = new ArrayList<>(List.of(new RoleSpec(Role.CORE, 2, new BigDecimal("8"), 20, List.of("tcp/443"))));
        if (hosts) specs.add(new RoleSpec(Role.DATABASE_HOST, 2, new BigDecimal("4"), 20, List.of()));
        return new Sizing(q, v1.rulesVersion(), topology(v1.zones().size(), v1.coreCount()), "by hand, for the writers' tests",
                0, "", v1.zones(), groups(v1.machineGroups(), hosts),
                v1.upgrades().stream().map(u -> new Upgrade(Role.CORE, u.zone(), u.situation(), u.minVcpu(), u.minRamGb())).toList(),
                v1.storage(), plan, v1.costs(),
                v1.purchase().stream().filter(p -> !v1Words(p.item() + p.specification())).toList(),
                firewall(v1.coreCount() > 1, hosts), v1.systemRequirements(),
                v1.findings().stream().filter(f -> !v1Words(f.text())).toList(),
                v1.checklists().stream().filter(c -> !v1Words(c.text()) && (c.role() == null || c.role().holdsUserData()))
                        .map(c -> c.role() == Role.SINGLE_NODE ? new ChecklistItem(c.checklist(), Role.CORE, c.text()) : c).toList(),
                specs, v1.osSupport(),
                v1.constants().stream().filter(c -> !v1Words(c.key() + c.meaning())).toList(),
                v1.decisions().stream().filter(d -> !v1Words(d.rule() + d.reason())).toList(),
                v1.refusals());
    }

    /** Whether a text the v1 rules wrote names v1's roles or shapes. */
    public static boolean v1Words(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("register") || t.contains("static-web") || t.contains("single node") || t.contains("cluster");
    }

    private static Topology topology(int zones, long cores) {
        return zones > 1 ? Topology.MULTI_CORE_COMPLIANCE : cores > 1 ? Topology.MULTI_CORE_LOAD : Topology.SINGLE_CORE;
    }

    /** v1's machines holding user data as v2 cores, each with its database host when asked for; the rest dropped. */
    private static List<MachineGroup> groups(List<MachineGroup> v1, boolean hosts) {
        List<MachineGroup> v2 = new ArrayList<>();
        for (MachineGroup g : v1) {
            if (!g.role().holdsUserData()) continue;
            v2.add(new MachineGroup(Role.CORE, Tier.NONE, g.zone(), g.count(), g.vcpu(), g.ramGb(), g.servicesDiskGb(),
                    hosts ? 15 : g.dataDiskGb()));
            if (hosts) v2.add(new MachineGroup(Role.DATABASE_HOST, Tier.NONE, g.zone(), g.count(), 2, new BigDecimal("4"), 20,
                    Math.max(15, g.dataDiskGb())));
        }
        return v2;
    }

    /** SIZING-v2.md §5, as far as these tests need it. */
    private static List<FirewallRule> firewall(boolean cores, boolean hosts) {
        List<FirewallRule> rules = new ArrayList<>(List.of(
                new FirewallRule(Direction.INBOUND, "internet", "every core", "tcp/443", "HTTPS API", Source.GUIDE)));
        if (cores) rules.add(new FirewallRule(Direction.INBOUND, "core", "core", "tcp/4002",
                "rqlite Raft, mutually authenticated TLS", Source.GUIDE));
        if (hosts) rules.add(new FirewallRule(Direction.INBOUND, "its core", "database host", "tcp/5432", "PostgreSQL", Source.GUIDE));
        return rules;
    }
}
