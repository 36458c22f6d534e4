package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCapacity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.pryv.sizer.rules.SizingScenariosTest.assertTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whole runs of the Pryv.io v2 profile through {@link SizingRules#size}: three questionnaires worked by hand from
 * SIZING-v2.md (§2 cores, §3 topology, §4 machines) and SIZING.md §8 (plan). Template defaults unless said: safety
 * margin 20 %, headroom 25 %, storage 200 MB/s, five plan years.
 */
class V2SizingScenariosTest {

    private static SizingRules rules;

    @BeforeAll
    static void load() throws RulesException {
        rules = SizingRules.load(Path.of("rules"));
    }

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2");
    }

    @Test
    void aClinicOnASingleCore() {
        Questionnaire q = v2().zone("Lausanne", "Lausanne", 4_000).writeRps("0.1").readRps("0.2").writeMBPerDay("0.5")
                .retentionYears("2").rapidGrowth(true).build();
        Sizing s = rules.size(q);
        assertThat(s.refusals()).isEmpty();
        // Write 4,000 × 0.1 × 1.2 = 480 req/s (0.24 of a core), read 960 (0.48), users 4,000 / 9,999 (0.40): 1 core, set by reads.
        ZoneCapacity z = s.zones().get(0);
        assertThat(z.cores().cores()).isEqualTo(1);
        assertThat(z.cores().bindingMetric()).isEqualTo(Metric.READ_RPS);
        // The decision log gives every limit of the zone, then the cores they set.
        assertThat(s.decisions()).extracting(Decision::rule).filteredOn(r -> r.startsWith("core count:")).containsExactly(
                "core count: write requests against the per-core limit", "core count: read requests against the per-core limit",
                "core count: attachment reads against the per-core limit", "core count: attachment writes against the storage speed",
                "core count: image previews against the v2 per-core limit", "core count: users against the v2 per-core limit",
                "core count: the most demanding metric sets the zone's cores");
        // One zone, one core: a single core, rapid growth or not.
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_CORE);
        // Disk: 4,000 × 0.5 MB × 365 × 2 years × 1.25 / 1000 = 1,825 GB. Read per core 960 ≤ 1,000: no upgrade.
        assertTypes(s, tuple("core", 1L, 2, "8", 20, 1_825L));
        assertThat(s.machines()).extracting(Machine::hostName).containsExactly("core-lausanne-01");
        assertThat(s.vmCount()).isEqualTo(1);
        assertThat(s.coreCount()).isEqualTo(1);
        // Year 1 holds one year of data: 912.5 → 913 GB; from year 2 the full retention, 1,825 GB.
        assertThat(s.plan()).extracting(PlanYear::topology).containsOnly(Topology.SINGLE_CORE);
        assertThat(s.plan()).extracting(y -> y.inService().get(0).dataDiskGb()).containsExactly(913L, 1_825L, 1_825L, 1_825L, 1_825L);
        assertThat(s.plan()).extracting(PlanYear::machines).containsOnly(1L);
    }

    @Test
    void twoZonesWithPostgreSqlDatabaseHosts() {
        Questionnaire q = v2().set(Question.DATABASE_HOST, "PostgreSQL on its own machine")
                .zone("CH", "Zurich", 12_000).zone("DE", "Frankfurt", 3_000)
                .writeRps("0.05").readRps("0.1").set(Question.PREVIEW_RPS, "0.01").writeMBPerDay("0.1").build();
        Sizing s = rules.size(q);
        assertThat(s.refusals()).isEmpty();
        // CH: previews 12,000 × 0.01 × 1.2 = 144 req/s / 100 = 1.44, users 12,000 / 9,999 = 1.2001, reads 1,440 / 2,000:
        // 2 cores, set by previews. DE: previews 36 / 100, users 0.30003: 1 core, set by previews.
        assertThat(s.zones()).extracting(z -> z.cores().cores(), z -> z.cores().bindingMetric())
                .containsExactly(tuple(2L, Metric.PREVIEW_RPS), tuple(1L, Metric.PREVIEW_RPS));
        assertThat(s.topology()).isEqualTo(Topology.MULTI_CORE_COMPLIANCE);
        // Headroom of CH's 2 cores: previews ⌊2 × 100 × 12,000 / 144⌋ = 16,666 users, users 2 × 9,999 = 19,998: previews.
        assertThat(s.zones().get(0).headroom().userLimit()).isEqualTo(16_666L);
        assertThat(s.zones().get(0).headroom().limitMetric()).isEqualTo(Metric.PREVIEW_RPS);
        // Previews: cores at 4 vCPU, 8 GB, the 15 GB minimum data disk. The database hosts hold the data, 1 year:
        // CH ⌈12,000 / 2⌉ = 6,000 × 0.1 × 365 × 1.25 / 1000 = 273.75 → 274 GB; DE 3,000 users: 136.875 → 137 GB.
        assertTypes(s, tuple("core", 3L, 4, "8", 20, 15L),
                tuple("database host", 2L, 2, "4", 20, 274L),
                tuple("database host", 1L, 2, "4", 20, 137L));
        assertThat(s.machines()).extracting(Machine::hostName)
                .containsExactly("core-ch-01", "core-ch-02", "core-de-01", "db-ch-01", "db-ch-02", "db-de-01");
        assertThat(s.vmCount()).isEqualTo(6);
        assertThat(s.coreCount()).isEqualTo(3);
        assertThat(s.totalDataDiskGb()).isEqualTo(3 * 15 + 2 * 274 + 137);
        // No growth: every plan year the same six machines, retention of one year reached in year 1.
        assertThat(s.plan()).extracting(PlanYear::topology).containsOnly(Topology.MULTI_CORE_COMPLIANCE);
        assertThat(s.plan()).extracting(PlanYear::machines).containsOnly(6L);
        assertThat(s.plan()).extracting(PlanYear::cores).containsOnly(3L);
        assertThat(s.plan().get(0).dataDiskGb()).isEqualTo(730);
    }

    @Test
    void oneZoneGrowingToSeveralCores() {
        // Zurich: 5,000 users, 12,000 in year 2, 25,000 from year 3.
        Questionnaire q = v2().zone("Zurich", "Zurich", 5_000, 12_000L, 25_000L).writeRps("0.02").readRps("0.05")
                .attachmentWriteMBps("0.001").writeMBPerDay("0.2").retentionYears("3").build();
        Sizing s = rules.size(q);
        assertThat(s.refusals()).isEmpty();
        // Year 1: users 5,000 / 9,999 = 0.50005 outweigh reads 300 / 2,000 and uploads 6 / 100: 1 core, set by users.
        assertThat(s.zones().get(0).cores().cores()).isEqualTo(1);
        assertThat(s.zones().get(0).cores().bindingMetric()).isEqualTo(Metric.USERS);
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_CORE);
        // Cores ⌈U / 9,999⌉: 1, 2, 3, 3, 3. F: 5,000; 6,000; ⌈25,000 / 3⌉ = 8,334 from year 3.
        assertThat(s.plan()).extracting(y -> y.zones().get(0).cores()).containsExactly(1L, 2L, 3L, 3L, 3L);
        assertThat(s.plan()).extracting(PlanYear::topology).containsExactly(Topology.SINGLE_CORE, Topology.MULTI_CORE_LOAD,
                Topology.MULTI_CORE_LOAD, Topology.MULTI_CORE_LOAD, Topology.MULTI_CORE_LOAD);
        // Bill of materials: one core for the plan's 8,334 users per core over 3 years:
        // 8,334 × 0.2 × 365 × 3 × 1.25 / 1000 = 2,281.4325 → 2,282 GB; uploads: 4 vCPU, RAM stays 8 GB.
        assertTypes(s, tuple("core", 1L, 4, "8", 20, 2_282L));
        assertThat(s.vmCount()).isEqualTo(1);
        assertThat(s.coreCount()).isEqualTo(1);
        // Provisioned: 5,000 × 0.2 × 365 × 1.25 / 1000 = 456.25 → 457; 6,000 × … × 2 = 1,095; then 2,282.
        assertThat(s.plan()).extracting(y -> y.inService().get(0).dataDiskGb()).containsExactly(457L, 1_095L, 2_282L, 2_282L, 2_282L);
        assertThat(s.plan()).extracting(PlanYear::machines).containsExactly(1L, 2L, 3L, 3L, 3L);
        assertThat(s.plan()).extracting(PlanYear::machinesAdded).containsExactly(1L, 1L, 1L, 0L, 0L);
        assertThat(s.lastPlanYear().cores()).isEqualTo(3);
    }

    @Test
    void aDataDiskCapSetsTheCoresOnBothSidesOfIt() {
        // 1 MB a day, 1 year, no headroom: 0.365 GB per user; a 1,460 GB cap holds 4,000 users per core.
        // 8,000 users: 2 cores, each disk 4,000 × 0.365 = 1,460 GB, at the cap. 8,001: 3 cores, ⌈8,001 / 3⌉ = 2,667 users,
        // 973.455 → 974 GB. The users limit (8,001 / 9,999) asks for one core only.
        for (long users : new long[] {8_000, 8_001}) {
            Questionnaire q = v2().zone("CH", "Bern", users).writeMBPerDay("1").headroom("0")
                    .set(Question.MAX_DATA_DISK_PER_CORE_GB, "1460").build();
            Sizing s = rules.size(q);
            assertThat(s.refusals()).isEmpty();
            assertThat(s.zones().get(0).cores().bindingMetric()).isEqualTo(Metric.DATA_DISK);
            assertThat(s.zones().get(0).cores().cores()).isEqualTo(users == 8_000 ? 2 : 3);
            assertThat(s.topology()).isEqualTo(Topology.MULTI_CORE_LOAD);
            assertTypes(s, tuple("core", users == 8_000 ? 2L : 3L, 2, "8", 20, users == 8_000 ? 1_460L : 974L));
        }
    }
}
