package io.pryv.sizer.workbook;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
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
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, "73").build());
    }

    /**
     * Two zones growing over a 3-year plan, with prices (SIZING.md §8, §9). Each user writes 0.01 req/s, margin 0:
     * a core holds ⌊2 000 / 0.01⌋ = 200 000 users. DE (Frankfurt): 150 000, 300 000, blank (300 000) → 1, 2, 2 cores;
     * CH (Zürich): 40 000, blank (40 000), 250 000 → 1, 1, 2 cores. Per-core write load above 1 000 req/s in some
     * year in both zones (DE 1 500 from year 1, CH 1 250 in year 3) → cores of 4 vCPU, 4 GB RAM, 30 GB services.
     * Fullest core F(DE,k) = 150 000 every year; F(CH,k) = 40 000, 40 000, 125 000.
     * Data disk D(z,k) = ⌈F × 0.01 MB × 365 × min(k, 2 years) × 1.25 / 1000⌉: DE 685, 1 369, 1 369 GB
     * (684.375, 1 368.75); CH 183, 365, 1 141 (182.5, 365, 1 140.625). Bill of materials: DE cores 1 369, CH 1 141.
     * Platform users 190 000, 340 000, 550 000: register disk 15 × ⌈550 000 / 100 000⌉ = 90 GB, leader and follower.
     * Followers: 1 from year 1 (2 cores), in CH (the zone after the leader's); static-web and leader in DE.
     * Machines: 5 in year 1 (2 cores), 6 in year 2 (1 core added in DE), 7 in year 3 (1 core added in CH).
     * Data disk provisioned: 90 + 90 + 685 + 183 = 1 048; 180 + 2 × 1 369 + 365 = 3 283; 180 + 2 738 + 2 × 1 141 = 5 200.
     * Prices (CHF a month): machine 10, vCPU 20, RAM GB 5, services disk blank (0), data disk GB 0.045. A machine:
     * static-web 10 + 20 + 2.5 = 32.5; register 10 + 20 + 10 + 0.045 × 90 = 44.05; core 10 + 80 + 20 + 0.045 × D
     * = 110 + 0.045 D: DE 140.825, 171.605, 171.605; CH 118.235, 126.425, 161.345.
     * Month: year 1 32.5 + 2 × 44.05 + 140.825 + 118.235 = 379.66; year 2 120.6 + 2 × 171.605 + 126.425 = 590.235;
     * year 3 120.6 + 343.21 + 2 × 161.345 = 786.5. Years: 4 555.92, 7 082.82, 9 438; plan 21 076.74.
     */
    static Sizing growingPriced() {
        return RULES.size(growing().planYears(3).currency("CHF").set(Question.PRICE_MACHINE_MONTH, "10")
                .set(Question.PRICE_VCPU_MONTH, "20").set(Question.PRICE_RAM_GB_MONTH, "5")
                .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.045").build());
    }

    /** One zone named {@code zone}, of 1 000 users, no load: a single node. */
    static Sizing oneZoneNamed(String zone) {
        return RULES.size(Questionnaires.builder().zone(zone, "Lausanne", 1000).build());
    }

    /** The same two zones, without prices: a plan of the default 5 years, no costs. */
    static Sizing growingUnpriced() {
        return RULES.size(growing().build());
    }

    private static Questionnaires.Builder growing() {
        return Questionnaires.builder().zone("DE", "Frankfurt", 150_000, 300_000L, null)
                .zone("CH", "Zürich", 40_000, null, 250_000L)
                .writeRps("0.01").margin("0").writeMBPerDay("0.01").retentionYears("2");
    }
}
