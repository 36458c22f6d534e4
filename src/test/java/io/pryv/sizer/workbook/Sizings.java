package io.pryv.sizer.workbook;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.RulesException;
import io.pryv.sizer.rules.SizingRules;

import java.nio.file.Path;

/**
 * The sizings the writer tests write, made by the rules of rules/ from questionnaires stated here, so that
 * the writer is tested on what the rules really produce. The tests' expected numbers are worked by hand
 * from SIZING.md in the comments below, never read from the sizing.
 */
final class Sizings {
    private static final SizingRules RULES = rules();

    private Sizings() {}

    private static SizingRules rules() {
        try {
            return SizingRules.load(Path.of("rules"));
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One zone, 100 000 users, margin 20 %:
     * write 100 000 × 0.02 × 1.2 = 2 400 req/s → ⌈2400/2000⌉ = 2 cores (the write load sets them);
     * read 100 000 × 0.01 × 1.2 = 1 200 req/s → 1 core. Per core: write 1 200 (60 % of 2 000, above
     * half the limit → 4 vCPU, RAM unchanged), read 600 (30 %). Users on the fullest core: 50 000.
     * Daily MB per user = max(0.01, 20 points × 250 B / 10^6 = 0.005) = 0.01.
     * Core data disk = ⌈50 000 × 0.01 × 365 × 2 years × 1.25 / 1000⌉ = ⌈456.25⌉ = 457 GB; after
     * year 1 ⌈228.125⌉ = 229 GB. Platform: 2 cores → 458 and 914 GB.
     * Egress: 100 000 × 0.5 MB = 50 000 MB/day.
     * Machines: static-web (1 vCPU, 0.5 GB, 10 GB), register leader and 1 follower (1, 2, 20, data 15),
     * 2 cores (4, 4, 30, 457) → 5 machines, 11 vCPU, 12.5 GB RAM, data 15+15+914 = 944 GB,
     * services 10+20+20+60 = 110 GB.
     */
    static Sizing loadPartitioned(String customer) {
        return RULES.size(Questionnaires.builder().customer(customer).project("Patient portal")
                .zone("Switzerland", "Zürich", 100_000)
                .writeRps("0.02").readRps("0.01").writeMBPerDay("0.01").writePointsPerDay("20")
                .retentionYears("2").readMBPerDay("0.5").docker("20.10").compose("1.29").build());
    }

    /**
     * {@code zones} zones of {@code coresPerZone} cores each: 1 000 users per core writing 2 req/s each,
     * margin 0 → exactly 2 000 req/s per core, the limit, which a core still takes; no follower asked
     * for, so static-web, the register leader and the cores: 2 + zones × coresPerZone machines.
     */
    static Sizing large(int zones, int coresPerZone) {
        Questionnaires.Builder b = Questionnaires.builder().writeRps("2").margin("0").followers(0).retentionYears("3");
        for (int i = 1; i <= zones; i++) b.zone("Zone " + i, "City " + i, coresPerZone * 1000L);
        return RULES.size(b.build());
    }

    /**
     * A single node whose planned Docker is too old (a warning and an unmet requirement) and whose reads
     * return 20 000 points (a note: paging): 1 000 users × 0.1 write req/s × 1.2 = 120 req/s, one core;
     * data disk ⌈1 000 × 0.01 MB × 365 × 1 year × 1.25 / 1000⌉ = ⌈4.5625⌉ = 5 GB.
     */
    static Sizing singleNodeWithFindings() {
        Questionnaire q = Questionnaires.builder().zone("Main", "Lausanne", 1000).writeRps("0.1").writeMBPerDay("0.01")
                .pointsPerRequest("20000").docker("18.09").build();
        return RULES.size(q);
    }

    /**
     * One zone of 161 users under a 73 GB data-disk cap, no load: 0.5 MB per user per day for 2 years, headroom
     * 25 % → 0.5 × 365 × 2 × 1.25 / 1000 = 0.45625 GB per user; a core holds 73 / 0.45625 = 160 users, so
     * ⌈161 / 160⌉ = 2 cores, set by the data disk (load partitioned). Fullest core ⌈161 / 2⌉ = 81 users:
     * ⌈81 × 0.45625⌉ = ⌈36.95625⌉ = 37 GB each, at 81 / 160 = 50.625 % of what the cap holds.
     */
    static Sizing dataDiskCapped() {
        return RULES.size(Questionnaires.builder().zone("Zurich", "Zürich", 161).writeMBPerDay("0.5").retentionYears("2")
                .set(io.pryv.sizer.model.Question.MAX_DATA_DISK_PER_CORE_GB, "73").build());
    }
}
