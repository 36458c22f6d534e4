package io.pryv.sizer.rules;

import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.FollowerCount;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * rules/firewall.drl: SIZING.md §4, column "inbound" (single node 443/tcp + 53/udp, static-web 443/tcp,
 * register 443/tcp + 53/udp, core 443/tcp) and the follower link on tcp/6379 (Pryv config).
 */
class FirewallRulesTest {

    private static MachineGroup group(Role role, String tier, String zone, long count) {
        return new MachineGroup(role, tier, zone, count, 1, BigDecimal.ONE, 10, 0);
    }

    private static List<FirewallRule> internet(Object... facts) {
        return RuleVerifier.given(facts).fire("firewall: the internet reaches each role on its service ports").of(FirewallRule.class);
    }

    // --- firewall: the internet reaches each role on its service ports ---

    @Test
    void theInternetReachesEachRoleOnItsServicePorts() {
        // A cluster: one line per role and port, however many machines or zones hold the role.
        var rules = internet(group(Role.STATIC_WEB, "", "CH", 1), group(Role.REGISTER, "leader", "CH", 1),
                group(Role.REGISTER, "follower", "DE", 1), group(Role.CORE, "", "CH", 4), group(Role.CORE, "", "DE", 2));
        assertThat(rules).extracting(FirewallRule::from, FirewallRule::to, FirewallRule::port).containsExactlyInAnyOrder(
                tuple("internet", "static-web", "443/tcp"),
                tuple("internet", "register", "443/tcp"),
                tuple("internet", "register", "53/udp"),
                tuple("internet", "core", "443/tcp"));
        assertThat(rules).allSatisfy(r -> assertThat(r.purpose()).isNotBlank());
    }

    @Test
    void aSingleNodeServesTheWebAndDns() {
        assertThat(internet(group(Role.SINGLE_NODE, "", "CH", 1)))
                .extracting(FirewallRule::from, FirewallRule::to, FirewallRule::port).containsExactlyInAnyOrder(
                        tuple("internet", "single node", "443/tcp"),
                        tuple("internet", "single node", "53/udp"));
    }

    @Test
    void noOpeningForARoleWithoutMachines() {
        // Only cores: static-web, register and single node must not match.
        assertThat(internet(group(Role.CORE, "", "CH", 2)))
                .extracting(FirewallRule::to).containsExactly("core");
        assertThat(internet()).isEmpty();
    }

    // --- firewall: register followers replicate the leader over a private link ---

    @Test
    void registerFollowersReplicateTheLeaderOverAPrivateLink() {
        var made = RuleVerifier.given(new FollowerCount(2))
                .fire("firewall: register followers replicate the leader over a private link");
        FirewallRule r = made.one(FirewallRule.class);
        assertThat(r.from()).isEqualTo("register followers");
        assertThat(r.to()).isEqualTo("register leader");
        assertThat(r.port()).isEqualTo("6379/tcp");
        assertThat(r.purpose()).contains("private").contains("never from the internet");
    }

    @Test
    void noFollowerNoReplicationLink() {
        assertThat(RuleVerifier.given(new FollowerCount(0))
                .fire("firewall: register followers replicate the leader over a private link").timesFired()).isZero();
    }
}
