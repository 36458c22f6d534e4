package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.FirewallRule.Direction;
import io.pryv.sizer.model.FirewallRule.Source;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/firewall-v2.drl (SIZING-v2.md §5) and the shared openings on v2 machines: tcp/443 from the internet to every
 * core; udp/53 only with several cores and Embedded DNS; tcp/4002 between the cores; tcp/4001 kept closed; tcp/587 or
 * tcp/465 out to the mail relay; tcp/5432 (PostgreSQL) or tcp/27017 (MongoDB) from a core to its database host.
 */
class V2FirewallRulesTest {

    private static Questionnaire v2(String databaseHost, String dnsMode) {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").set(Question.DATABASE_HOST, databaseHost)
                .set(Question.DNS_MODE, dnsMode).build();
    }

    private static final Questionnaire PLAIN = v2("On each core", "Embedded DNS");
    private static final PlatformTopology SINGLE = new PlatformTopology(Topology.SINGLE_CORE);
    private static final PlatformTopology SEVERAL = new PlatformTopology(Topology.MULTI_CORE_LOAD);

    private static MachineGroup cores(long n) {
        return new MachineGroup(Role.CORE, Tier.NONE, "Main", n, 2, new BigDecimal("8"), 20, 15);
    }

    private static MachineGroup databaseHosts(long n) {
        return new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "Main", n, 2, new BigDecimal("4"), 20, 15);
    }

    @Test
    void theInternetReachesEveryCoreOverHttps() {
        assertExactly(RuleVerifier.given(PLAIN, SEVERAL, cores(3)).fire("firewall v2: the internet reaches every core over HTTPS").of(FirewallRule.class),
                new FirewallRule(Direction.INBOUND, "internet", "all cores", "443/tcp",
                        "HTTPS: API, web apps, high-frequency series and image previews", Source.GUIDE));
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall v2: the internet reaches every core over HTTPS").of(FirewallRule.class))
                .extracting(FirewallRule::to).containsExactly("core");
        // No core laid out yet: nothing to open.
        assertThat(RuleVerifier.given(PLAIN, SINGLE).fire("firewall v2: the internet reaches every core over HTTPS").of(FirewallRule.class)).isEmpty();
    }

    @Test
    void embeddedDnsOpensUdp53OnlyWithSeveralCores() {
        assertExactly(RuleVerifier.given(PLAIN, SEVERAL, cores(2)).fire("firewall v2: the internet reaches the cores' embedded DNS").of(FirewallRule.class),
                new FirewallRule(Direction.INBOUND, "internet", "all cores", "53/udp",
                        "DNS: the cores answer for the platform's domain and send each user to their core", Source.GUIDE));
        // One core (dnsLess, a host name) or an external DNS provider: no udp/53.
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall v2: the internet reaches the cores' embedded DNS").of(FirewallRule.class)).isEmpty();
        assertThat(RuleVerifier.given(v2("On each core", "External DNS provider"),
                SEVERAL, cores(2)).fire("firewall v2: the internet reaches the cores' embedded DNS").of(FirewallRule.class)).isEmpty();
    }

    @Test
    void severalCoresReplicateOverTcp4002() {
        assertExactly(RuleVerifier.given(PLAIN, new PlatformTopology(
                        Topology.MULTI_CORE_COMPLIANCE), cores(2)).fire("firewall v2: the cores replicate the platform database over mutual TLS").of(FirewallRule.class),
                new FirewallRule(Direction.INBOUND, "core", "core", "4002/tcp",
                        "Platform database replication (rqlite Raft), core to core only; mutually authenticated TLS, "
                                + "or a private network between the cores without it", Source.GUIDE));
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall v2: the cores replicate the platform database over mutual TLS").of(FirewallRule.class)).isEmpty();
    }

    @Test
    void tcp4001IsListedToKeepClosedWhateverTheCores() {
        FirewallRule several = new FirewallRule(Direction.CLOSED, "anything outside the machine", "all cores", "4001/tcp",
                "Platform database HTTP interface (rqlite): plain text, no login; the core reaches it locally", Source.PRYV_CONFIG);
        assertExactly(RuleVerifier.given(PLAIN, SEVERAL, cores(2)).fire("firewall v2: the platform database's HTTP port stays closed").of(FirewallRule.class), several);
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall v2: the platform database's HTTP port stays closed").of(FirewallRule.class))
                .extracting(FirewallRule::to, FirewallRule::direction).containsExactly(org.assertj.core.groups.Tuple.tuple("core", Direction.CLOSED));
        assertThat(Direction.CLOSED.label()).isEqualTo("keep closed");
    }

    @Test
    void theCoresReachTheMailRelayOn587Or465() {
        assertExactly(RuleVerifier.given(PLAIN, SEVERAL, cores(2)).fire("firewall v2: the cores reach the mail relay").of(FirewallRule.class),
                new FirewallRule(Direction.OUTBOUND, "all cores", "mail relay (SMTP)", "587/tcp or 465/tcp",
                        "Account-creation and password-reset e-mails, whichever port the relay takes", Source.GUIDE));
        assertThat(RuleVerifier.given(PLAIN, SEVERAL).fire("firewall v2: the cores reach the mail relay").of(FirewallRule.class)).isEmpty();
    }

    @Test
    void eachCoreReachesItsDatabaseHostOnTheEnginesPort() {
        assertExactly(RuleVerifier.given(v2("PostgreSQL on its own machine", "Embedded DNS"),
                        SINGLE, cores(1), databaseHosts(1)).fire("firewall v2: each core reaches its database host").of(FirewallRule.class),
                new FirewallRule(Direction.INBOUND, "its core only", "database host", "5432/tcp",
                        "PostgreSQL: the core's user data; from no other machine", Source.GUIDE));
        assertExactly(RuleVerifier.given(v2("MongoDB on its own machine", "Embedded DNS"),
                        SEVERAL, cores(2), databaseHosts(2)).fire("firewall v2: each core reaches its database host").of(FirewallRule.class),
                new FirewallRule(Direction.INBOUND, "its core only", "database host", "27017/tcp",
                        "MongoDB: the core's user data; from no other machine", Source.GUIDE));
        // The database on the core: no such opening.
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall v2: each core reaches its database host").of(FirewallRule.class)).isEmpty();
    }

    @Test
    void theSharedOpeningsNameASingleCoreOrAllMachines() {
        // A single core alone is "core"; with its database host, two machines: "all machines".
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall: administrators reach every machine by SSH from their own network only").of(FirewallRule.class))
                .extracting(FirewallRule::to).containsExactly("core");
        assertThat(RuleVerifier.given(v2("PostgreSQL on its own machine", "Embedded DNS"), SINGLE, cores(1), databaseHosts(1)).fire("firewall: administrators reach every machine by SSH from their own network only").of(FirewallRule.class))
                .extracting(FirewallRule::to).containsExactly("all machines");
        assertThat(RuleVerifier.given(PLAIN, SINGLE, cores(1)).fire("firewall: every machine reaches the image registry, update mirrors, resolvers and time servers").of(FirewallRule.class)).extracting(FirewallRule::from).containsOnly("core").hasSize(4);
        assertThat(RuleVerifier.given(PLAIN, SEVERAL, cores(2)).fire("firewall: every machine reaches the image registry, update mirrors, resolvers and time servers").of(FirewallRule.class)).extracting(FirewallRule::from).containsOnly("all machines").hasSize(4);
    }
}
