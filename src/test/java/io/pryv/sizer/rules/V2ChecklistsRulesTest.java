package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.ChecklistItem.Checklist;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/checklists-v2.drl: SIZING-v2.md §6 (a non-root service user; backups with the built-in tool: full and
 * incremental runs, encryption to a recipient public key whose private key stays offline, a restore rehearsal with
 * integrity verification; liveness checks on ports 3000 and 4000). Each applies to the cores, and only once there are.
 */
class V2ChecklistsRulesTest {

    private static final Object V2 = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").build();

    private static MachineGroup group(Role role, long count) {
        return new MachineGroup(role, Tier.NONE, "CH", count, 2, new BigDecimal("8"), 20, 15);
    }

    @Test
    void aServiceUserOnTheCores() {
        assertExactly(RuleVerifier.given(V2, group(Role.CORE, 3), group(Role.DATABASE_HOST, 3))
                        .fire("checklist v2: Pryv.io runs as a service user").of(ChecklistItem.class),
                new ChecklistItem(Checklist.HARDENING, Role.CORE, "Run Pryv.io under a service user of its own, not root, "
                        + "that can write only to Pryv.io's data, log and configuration folders."));
        assertThat(RuleVerifier.given(V2, group(Role.DATABASE_HOST, 1)).fire("checklist v2: Pryv.io runs as a service user")
                .timesFired()).isZero();
    }

    @Test
    void backupsWithTheBuiltInTool() {
        var items = RuleVerifier.given(V2, group(Role.CORE, 2)).fire("checklist v2: backups with the built-in backup tool")
                .of(ChecklistItem.class);
        assertThat(items).hasSize(4).allSatisfy(i -> {
            assertThat(i.checklist()).isEqualTo(Checklist.BACKUPS);
            assertThat(i.role()).isEqualTo(Role.CORE);
        });
        String all = String.join("\n", items.stream().map(ChecklistItem::text).toList());
        // The contract's four points: full and incremental runs, a recipient key kept offline, a restore rehearsal
        // with integrity verification; and what the tool leaves out.
        assertThat(all).contains("a full run, then incremental runs").contains("recipient public key")
                .contains("private key offline").contains("integrity verification on").contains("once a year")
                .contains("certificate authority");
        assertThat(RuleVerifier.given(V2).fire("checklist v2: backups with the built-in backup tool").timesFired()).isZero();
    }

    @Test
    void livenessOfPorts3000And4000() {
        assertExactly(RuleVerifier.given(V2, group(Role.CORE, 1)).fire("checklist v2: liveness of each core's workers")
                        .of(ChecklistItem.class),
                new ChecklistItem(Checklist.MONITORING, Role.CORE, "Check from the core itself, every minute, that port 3000 "
                        + "(API) and port 4000 (high-frequency series) answer, and raise an alarm when one does not."));
        assertThat(RuleVerifier.given(V2).fire("checklist v2: liveness of each core's workers").timesFired()).isZero();
    }

    @Test
    void theSharedItemsComeToV2Too() {
        // Hardening, the backups of every machine and node monitoring: the same items as v1's, on every v2 machine.
        assertThat(RuleVerifier.given(V2, group(Role.CORE, 1)).fire("checklist: system hardening on every machine")
                .of(ChecklistItem.class)).hasSize(6);
        assertThat(RuleVerifier.given(V2, group(Role.CORE, 1)).fire("checklist: backups that apply to every role")
                .of(ChecklistItem.class)).extracting(ChecklistItem::text)
                .anyMatch(t -> t.contains("personal data and are regulated"));
        assertThat(RuleVerifier.given(V2, group(Role.CORE, 1)).fire("checklist: node monitoring").of(ChecklistItem.class)).hasSize(5);
    }
}
