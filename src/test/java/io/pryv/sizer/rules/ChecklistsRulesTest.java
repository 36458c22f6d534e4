package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.ChecklistItem.Checklist;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/shared/checklists.drl and rules/v1/checklists-v1.drl: SIZING.md §6 (checklists to tick: hardening, backups per role, node monitoring)
 * and the guide's "Operational concerns". The texts are the project's own; the tests check that each
 * point of the guide is covered, and which roles bring which items.
 */
class ChecklistsRulesTest {

    private static MachineGroup group(Role role, Tier tier) {
        return new MachineGroup(role, tier, "CH", 1, 1, BigDecimal.ONE, 10, 0);
    }

    /**
     * What a run knows before it makes the machines: the questionnaire, its zones and their cores. The
     * platform-wide checklists must wait for the machines, so none of this may bring them.
     */
    private static Object[] everythingButMachines() {
        return new Object[] {Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("0.01").build(),
                new ZoneCores("CH", 1_000, 1, Metric.WRITE_RPS, 1_000)};
    }

    private static List<ChecklistItem> items(RuleVerifier.Result made) {
        return made.of(ChecklistItem.class);
    }

    private static String text(List<ChecklistItem> items) {
        return String.join("\n", items.stream().map(ChecklistItem::text).toList());
    }

    // --- checklist: system hardening on every machine ---

    @Test
    void systemHardeningOnEveryMachine() {
        var items = items(RuleVerifier.given(group(Role.STATIC_WEB, Tier.NONE), group(Role.CORE, Tier.NONE))
                .fire("checklist: system hardening on every machine"));
        // 6 items, once for the platform (not once per machine group).
        assertThat(items).hasSize(6).allSatisfy(i -> {
            assertThat(i.checklist()).isEqualTo(Checklist.HARDENING);
            assertThat(i.role()).as("every machine").isNull();
        });
        // The guide: a hardening guide, firewalls, no SSH password access, trained administrators.
        assertThat(text(items)).contains("hardening guide").contains("firewall").contains("SSH by key only")
                .contains("trained");
        // The firewall matrix opens SSH from the administrators' network only and closes both directions.
        assertThat(items).extracting(ChecklistItem::text).contains(
                "SSH by key only, and only from the administrators' network (as the firewall matrix opens it): "
                        + "password and root logins disabled.",
                "Host firewall on, default deny in both directions; allow only what the firewall matrix lists.");
    }

    @Test
    void noMachinesNoHardening() {
        assertThat(RuleVerifier.given(everythingButMachines()).fire("checklist: system hardening on every machine").timesFired()).isZero();
    }

    // --- checklist: backups of the machines holding user data ---

    @Test
    void backupsOfTheMachinesHoldingUserData() {
        // Core: MongoDB and InfluxDB dumps plus attachments (SIZING.md §6).
        for (Role role : new Role[] {Role.CORE, Role.SINGLE_NODE}) {
            var items = items(RuleVerifier.given(group(role, Tier.NONE)).fire("checklist: backups of the machines holding user data"));
            assertThat(items).as(role.name()).hasSize(3).allSatisfy(i -> {
                assertThat(i.checklist()).isEqualTo(Checklist.BACKUPS);
                assertThat(i.role()).isEqualTo(Role.CORE);
            });
            assertThat(text(items)).contains("MongoDB").contains("InfluxDB").contains("attachment");
        }
    }

    @Test
    void noCoreNoCoreBackups() {
        assertThat(RuleVerifier.given(group(Role.STATIC_WEB, Tier.NONE), group(Role.REGISTER, Tier.LEADER))
                .fire("checklist: backups of the machines holding user data").timesFired()).isZero();
    }

    // --- checklist: backups of the register ---

    @Test
    void backupsOfTheRegister() {
        // Register: Redis and its configuration.
        for (MachineGroup g : new MachineGroup[] {group(Role.REGISTER, Tier.LEADER), group(Role.SINGLE_NODE, Tier.NONE)}) {
            var items = items(RuleVerifier.given(g).fire("checklist: backups of the register"));
            assertThat(items).as(g.label()).hasSize(1);
            assertThat(items.get(0).checklist()).isEqualTo(Checklist.BACKUPS);
            assertThat(items.get(0).role()).isEqualTo(Role.REGISTER);
            assertThat(items.get(0).text()).contains("Redis").contains("configuration");
        }
        // Leader and follower together: still one item.
        assertThat(items(RuleVerifier.given(group(Role.REGISTER, Tier.LEADER), group(Role.REGISTER, Tier.FOLLOWER))
                .fire("checklist: backups of the register"))).hasSize(1);
    }

    @Test
    void noRegisterNoRegisterBackups() {
        assertThat(RuleVerifier.given(group(Role.CORE, Tier.NONE), group(Role.STATIC_WEB, Tier.NONE))
                .fire("checklist: backups of the register").timesFired()).isZero();
    }

    // --- checklist: backups that apply to every role ---

    @Test
    void backupsThatApplyToEveryRole() {
        var items = items(RuleVerifier.given(group(Role.STATIC_WEB, Tier.NONE)).fire("checklist: backups that apply to every role"));
        assertThat(items).hasSize(3).allSatisfy(i -> {
            assertThat(i.checklist()).isEqualTo(Checklist.BACKUPS);
            assertThat(i.role()).as("every machine").isNull();
        });
        // Every role's configuration; copies of personal data are regulated (SIZING.md §6, guide "Backups").
        assertThat(text(items)).contains("configuration").contains("personal data").contains("regulated");
    }

    @Test
    void noMachinesNoBackups() {
        assertThat(RuleVerifier.given(everythingButMachines()).fire("checklist: backups that apply to every role").timesFired()).isZero();
    }

    // --- checklist: node monitoring ---

    @Test
    void nodeMonitoring() {
        var items = items(RuleVerifier.given(group(Role.SINGLE_NODE, Tier.NONE)).fire("checklist: node monitoring"));
        assertThat(items).hasSize(5).allSatisfy(i -> {
            assertThat(i.checklist()).isEqualTo(Checklist.MONITORING);
            assertThat(i.role()).as("every machine").isNull();
        });
        // The guide's metrics: load and CPU (system, user, iowait, idle, load1/5/15), disk space and IOPS,
        // RAM and swap, network packets, bytes and errors; and a history of them.
        assertThat(text(items)).contains("Load and CPU").contains("system, user, iowait and idle")
                .contains("1, 5 and 15 minutes").contains("space left").contains("operations per second")
                .contains("swap").contains("packets, bytes and errors").contains("past weeks");
    }

    @Test
    void noMachinesNoMonitoring() {
        assertThat(RuleVerifier.given(everythingButMachines()).fire("checklist: node monitoring").timesFired()).isZero();
    }
}
