package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.FollowerCount;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.RegisterReplication;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Topology;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static io.pryv.sizer.model.FirewallRule.Direction.INBOUND;
import static io.pryv.sizer.model.FirewallRule.Direction.OUTBOUND;
import static io.pryv.sizer.model.FirewallRule.Source.GUIDE;
import static io.pryv.sizer.model.FirewallRule.Source.PRODUCT;
import static io.pryv.sizer.model.FirewallRule.Source.PRYV_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * rules/shared/firewall.drl and rules/v1/firewall-v1.drl: SIZING.md §4, column "inbound" (single node 443/tcp + 53/udp, static-web 443/tcp,
 * register 443/tcp + 53/udp, core 443/tcp, from the guide), the follower link on tcp/6379 (Pryv config), and
 * the openings this tool adds (product): SSH tcp/22 from the administrators' network to every machine;
 * outbound from every machine HTTPS tcp/443 to the image registry and update mirrors, DNS 53 over UDP and
 * TCP, NTP udp/123; SMTP submission tcp/587 from the machines that send e-mails (the cores, or the single node).
 */
class FirewallRulesTest {

    private static final String ADMINS = "administrators' network";

    private static MachineGroup group(Role role, Tier tier, String zone, long count) {
        return new MachineGroup(role, tier, zone, count, 1, BigDecimal.ONE, 10, 0);
    }

    private static List<FirewallRule> internet(Object... facts) {
        return RuleVerifier.given(facts).fire("firewall: the internet reaches each role on its service ports").of(FirewallRule.class);
    }

    private static List<FirewallRule> ssh(Object... facts) {
        return RuleVerifier.given(facts)
                .fire("firewall: administrators reach every machine by SSH from their own network only").of(FirewallRule.class);
    }

    private static List<FirewallRule> outbound(Object... facts) {
        return RuleVerifier.given(facts)
                .fire("firewall: every machine reaches the image registry, update mirrors, resolvers and time servers")
                .of(FirewallRule.class);
    }

    private static List<FirewallRule> mail(Object... facts) {
        return RuleVerifier.given(facts).fire("firewall: the machines that send e-mails reach the mail relay").of(FirewallRule.class);
    }

    /** (direction, from, to, port, source): every column but the purpose, whose words tests elsewhere read. */
    private static List<Tuple> rows(List<FirewallRule> rules) {
        return rules.stream().map(r -> tuple(r.direction(), r.from(), r.to(), r.port(), r.source())).toList();
    }

    // --- the whole matrix, as the outputs print it (SizingRules.size orders it) ---

    private static SizingRules rules;

    @BeforeAll
    static void load() throws RulesException {
        rules = SizingRules.load(Path.of("rules"));
    }

    @Test
    void aSingleNodeHasEveryOpeningOnItsOneMachine() {
        Sizing s = rules.size(Questionnaires.builder().zone("Geneva", "Geneva", 2_000).build());
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_NODE);
        // Inbound from the guide, then the product's SSH; outbound by port: 53, 123, 443 (registry, then mirrors),
        // 587 (it sends the e-mails).
        assertThat(rows(s.firewall())).containsExactly(
                tuple(INBOUND, "internet", "single node", "53/udp", GUIDE),
                tuple(INBOUND, "internet", "single node", "443/tcp", GUIDE),
                tuple(INBOUND, ADMINS, "single node", "22/tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "DNS resolvers", "53/udp+tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "time servers", "123/udp", PRODUCT),
                tuple(OUTBOUND, "single node", "image registry", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "OS update mirrors", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "mail relay (SMTP)", "587/tcp", PRODUCT));
    }

    @Test
    void aClusterOpensSshToAllMachinesAndMailOnlyFromTheCores() {
        // Two zones: a cluster by compliance zone, one core each, automatic followers → 1 follower (§3, §4).
        Sizing s = rules.size(Questionnaires.builder().zone("Switzerland", "Zürich", 20_000).zone("Germany", "Frankfurt", 30_000).build());
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_COMPLIANCE_ZONES);
        assertThat(rows(s.firewall())).containsExactly(
                tuple(INBOUND, "internet", "static-web", "443/tcp", GUIDE),
                tuple(INBOUND, "internet", "register", "53/udp", GUIDE),
                tuple(INBOUND, "internet", "register", "443/tcp", GUIDE),
                tuple(INBOUND, "internet", "core", "443/tcp", GUIDE),
                tuple(INBOUND, "register followers", "register leader", "6379/tcp", PRYV_CONFIG),
                tuple(INBOUND, ADMINS, "all machines", "22/tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "DNS resolvers", "53/udp+tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "time servers", "123/udp", PRODUCT),
                tuple(OUTBOUND, "all machines", "image registry", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "OS update mirrors", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "core", "mail relay (SMTP)", "587/tcp", PRODUCT));
    }

    // --- firewall: the internet reaches each role on its service ports ---

    @Test
    void theInternetReachesEachRoleOnItsServicePorts() {
        // A cluster: one line per role and port, however many machines or zones hold the role.
        var rules = internet(group(Role.STATIC_WEB, Tier.NONE, "CH", 1), group(Role.REGISTER, Tier.LEADER, "CH", 1),
                group(Role.REGISTER, Tier.FOLLOWER, "DE", 1), group(Role.CORE, Tier.NONE, "CH", 4), group(Role.CORE, Tier.NONE, "DE", 2));
        assertThat(rows(rules)).containsExactlyInAnyOrder(
                tuple(INBOUND, "internet", "static-web", "443/tcp", GUIDE),
                tuple(INBOUND, "internet", "register", "443/tcp", GUIDE),
                tuple(INBOUND, "internet", "register", "53/udp", GUIDE),
                tuple(INBOUND, "internet", "core", "443/tcp", GUIDE));
        assertThat(rules).allSatisfy(r -> assertThat(r.purpose()).isNotBlank());
    }

    @Test
    void aSingleNodeServesTheWebAndDns() {
        assertThat(internet(group(Role.SINGLE_NODE, Tier.NONE, "CH", 1)))
                .extracting(FirewallRule::from, FirewallRule::to, FirewallRule::port).containsExactlyInAnyOrder(
                        tuple("internet", "single node", "443/tcp"),
                        tuple("internet", "single node", "53/udp"));
    }

    @Test
    void noOpeningForARoleWithoutMachines() {
        // Only cores: static-web, register and single node must not match.
        assertThat(internet(group(Role.CORE, Tier.NONE, "CH", 2)))
                .extracting(FirewallRule::to).containsExactly("core");
        assertThat(internet()).isEmpty();
    }

    // --- firewall: register followers replicate the leader over a private link ---

    @Test
    void registerFollowersReplicateTheLeaderOverAPrivateLink() {
        var made = RuleVerifier.given(new FollowerCount(2))
                .fire("firewall: register followers replicate the leader over a private link");
        FirewallRule r = made.one(FirewallRule.class);
        assertThat(rows(List.of(r))).containsExactly(tuple(INBOUND, "register followers", "register leader", "6379/tcp", PRYV_CONFIG));
        assertThat(r.purpose()).contains("private").contains("never from the internet");
        // The drawing labels the replication links with the same port, as it reads it from this rule.
        assertThat(made.one(RegisterReplication.class).port()).isEqualTo("tcp/6379");
    }

    @Test
    void noFollowerNoReplicationLink() {
        assertThat(RuleVerifier.given(new FollowerCount(0))
                .fire("firewall: register followers replicate the leader over a private link").timesFired()).isZero();
    }

    // --- firewall: administrators reach every machine by SSH from their own network only ---

    @Test
    void administratorsReachEveryMachineOfAClusterBySsh() {
        // One line for the whole cluster, whatever its kind; never from the internet.
        var made = ssh(new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES));
        assertThat(rows(made)).containsExactly(tuple(INBOUND, ADMINS, "all machines", "22/tcp", PRODUCT));
        assertThat(made.get(0).purpose()).contains("by key only").contains("never from the internet");
        assertThat(rows(ssh(new PlatformTopology(Topology.SINGLE_NODE))))
                .containsExactly(tuple(INBOUND, ADMINS, "single node", "22/tcp", PRODUCT));
    }

    @Test
    void noMachineNoSsh() {
        assertThat(ssh()).isEmpty();
    }

    // --- firewall: every machine reaches the image registry, update mirrors, resolvers and time servers ---

    @Test
    void everyMachineReachesTheRegistryMirrorsResolversAndTimeServers() {
        var cluster = outbound(new PlatformTopology(Topology.CLUSTER_SINGLE_CORE));
        assertThat(rows(cluster)).containsExactlyInAnyOrder(
                tuple(OUTBOUND, "all machines", "image registry", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "OS update mirrors", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "DNS resolvers", "53/udp+tcp", PRODUCT),
                tuple(OUTBOUND, "all machines", "time servers", "123/udp", PRODUCT));
        assertThat(rows(outbound(new PlatformTopology(Topology.SINGLE_NODE)))).containsExactlyInAnyOrder(
                tuple(OUTBOUND, "single node", "image registry", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "OS update mirrors", "443/tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "DNS resolvers", "53/udp+tcp", PRODUCT),
                tuple(OUTBOUND, "single node", "time servers", "123/udp", PRODUCT));
        assertThat(outbound()).isEmpty();
    }

    // --- firewall: the machines that send e-mails reach the mail relay ---

    @Test
    void onlyTheMachinesThatSendEmailsReachTheMailRelay() {
        // The cores send the e-mails: one line for all of them, none for static-web or the register.
        var made = mail(group(Role.STATIC_WEB, Tier.NONE, "CH", 1), group(Role.REGISTER, Tier.LEADER, "CH", 1),
                group(Role.CORE, Tier.NONE, "CH", 2), group(Role.CORE, Tier.NONE, "DE", 1));
        assertThat(rows(made)).containsExactly(tuple(OUTBOUND, "core", "mail relay (SMTP)", "587/tcp", PRODUCT));
        assertThat(rows(mail(group(Role.SINGLE_NODE, Tier.NONE, "CH", 1))))
                .containsExactly(tuple(OUTBOUND, "single node", "mail relay (SMTP)", "587/tcp", PRODUCT));
    }

    @Test
    void noMailRelayWithoutAMachineThatSendsEmails() {
        // Must not match: static-web and a register are present, but no core and no single node.
        assertThat(mail(group(Role.STATIC_WEB, Tier.NONE, "CH", 1), group(Role.REGISTER, Tier.LEADER, "CH", 1))).isEmpty();
    }
}
