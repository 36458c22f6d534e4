package io.pryv.sizer.brief;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan ahead in the written brief (SIZING.md §7-§9): growth and headroom, costs, and their lines on page one, which
 * answers a buyer: what to buy now, the next purchase, the cost per year, what the data disk figure is for.
 */
class PlanBriefTest {
    private static SizingRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = SizingRules.packaged();
    }

    /**
     * Two zones that grow over a 4-year plan, priced in CHF. Margin 20 %, disk headroom 25 %, retention 2 years.
     * Read requests bind: 0.08 × 1.2 = 0.096 req/s per user (writes 0.02 × 1.2 = 0.024); one core holds
     * ⌊2 000 / 0.096⌋ = 20 833 users.
     * DE: 12 000, 20 000, 20 000 (blank: as the year before), 52 000 users → cores 1, 1, 1, ⌈4 992 / 2 000⌉ = 3.
     * CH: 5 000, 5 000 (blank), 25 000, 25 000 → cores 1, 1, ⌈2 400 / 2 000⌉ = 2, 2.
     * Year-1 headroom: DE 20 833 − 12 000 = 8 833, 73.6 % → 73 %; CH 15 833, 316.66 % → 316 %.
     * Year 4: DE ⌊6 000 / 0.096⌋ = 62 500, room 10 500, 20.19 % → 20 %; CH ⌊4 000 / 0.096⌋ = 41 666, room 16 666
     * (66 %): DE has the least room.
     * Machines: static-web and leader in DE, 1 follower in CH (two cores from year 1), cores 2, 2, 3, 5: 5, 5, 6, 8.
     * A user's data: 0.1 MB × 365 × 1.25 / 1 000 = 0.045625 GB a year. Fullest core F: DE 12 000, 20 000, 20 000,
     * max(20 000, ⌈52 000 / 3⌉) = 20 000; CH 5 000, 5 000, ⌈25 000 / 2⌉ = 12 500, 12 500.
     * Disk provisioned per core: DE ⌈547.5⌉ = 548, then 2 years' worth 20 000 × 0.09125 = 1 825; CH ⌈228.125⌉ = 229,
     * ⌈456.25⌉ = 457, ⌈1 140.625⌉ = 1 141, 1 141. Register: 15 GB (77 000 users at most), leader and follower: 30.
     * Over every machine: 548 + 229 + 30 = 807; 1 825 + 457 + 30 = 2 312; 1 825 + 2 × 1 141 + 30 = 4 137;
     * 3 × 1 825 + 2 × 1 141 + 30 = 7 787.
     * Every core has 4 vCPU: its read load per core tops 1 000 in some year (DE 1 152 in year 1, CH 1 200 in year 3).
     */
    static Sizing twoZonesGrowingPriced() {
        return rules.size(Questionnaires.builder().customer("Acme Health").project("Growth")
                .zone("DE", "Frankfurt", 12_000, 20_000L, null, 52_000L).zone("CH", "Zürich", 5_000, null, 25_000L)
                .writeRps("0.02").readRps("0.08").writeMBPerDay("0.1").retentionYears("2").planYears(4)
                .currency("CHF").set(Question.PRICE_VCPU_MONTH, "20").set(Question.PRICE_RAM_GB_MONTH, "5")
                .set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.1").set(Question.PRICE_DATA_DISK_GB_MONTH, "0.055").build());
    }

    /** One zone of 1 000 users, no growth figures and no prices: a single node over the default 5 years. */
    static Sizing singleNode(String currency) {
        return rules.size(Questionnaires.builder().zone("Main", "Lausanne, CH", 1_000).writeRps("0.01").readRps("0.02")
                .writeMBPerDay("0.5").retentionYears("3").currency(currency).build());
    }

    @Test
    void theGrowthSectionSaysWhatTheBillHoldsAndWhatToAddInWhichYearAndWhy() throws IOException {
        String text = flat(twoZonesGrowingPriced(), "two.pdf");
        // Zone, users, cores, user limit, limiting metric, room to grow.
        assertThat(text).contains("DE 12,000 1 20,833 read requests 8,833 (73 %)", "CH 5,000 1 20,833 read requests 15,833 (316 %)");
        // Year, users, cores, machines, what is bought, data disk provisioned.
        assertThat(text).contains("1 17,000 2 5 the bill of materials: 5 machines 807", "2 25,000 2 5 nothing 2,312",
                "3 45,000 3 6 1 core in CH 4,137", "4 77,000 5 8 2 cores in DE 7,787");
        // Each zone year by year: users, cores in service.
        assertThat(text).contains("DE 12,000 1 core 20,000 1 core 20,000 1 core 52,000 3 cores",
                "CH 5,000 1 core 5,000 1 core 25,000 2 cores 25,000 2 cores");
        assertThat(text).contains("When to buy more Year 3: 1 core added in CH, as 25,000 users need 2 cores (read requests). "
                + "Year 4: 2 cores added in DE, as 52,000 users need 3 cores (read requests). "
                + "In year 4, the last of the plan, the zone with the least room is DE: 3 cores hold up to 62,500 users "
                + "(read requests); 52,000 users: room for 10,500 (20 %).");
        assertThat(text).contains("Plan: 4 years: 17,000 users on 2 cores in year 1, 77,000 users on 5 cores in year 4 "
                + "(see Growth and headroom).");
        assertThat(text).doesNotContain("No growth figures", "No prices were given");
    }

    /**
     * Prices a month in CHF: vCPU 20, GB of RAM 5, GB of services disk 0.1, GB of data disk 0.055, machine blank (0).
     * static-web 20 + 0.5 × 5 + 10 × 0.1 = 23.5; register 20 + 2 × 5 + 20 × 0.1 + 15 × 0.055 = 32.825, two: 65.65;
     * a core without its data disk 4 × 20 + 4 × 5 + 30 × 0.1 = 103; data disks of the cores as in
     * {@link #twoZonesGrowingPriced()}.
     * Year 1: 23.5 + 65.65 + 2 × 103 + (548 + 229) × 0.055 = 337.885 a month, shown half up 337.89; × 12 = 4 054.62.
     * Year 2: 89.15 + 206 + (1 825 + 457) × 0.055 = 420.66; 5 047.92.
     * Year 3: 89.15 + 309 + (1 825 + 2 × 1 141) × 0.055 = 624.035 → 624.04; 7 488.42.
     * Year 4: 89.15 + 515 + (3 × 1 825 + 2 × 1 141) × 0.055 = 1 030.785 → 1,030.79; 12 369.42.
     * The plan: 4 054.62 + 5 047.92 + 7 488.42 + 12 369.42 = 28 960.38.
     */
    @Test
    void costsGiveEachYearPerMonthAndPerYearAndThePlan() throws IOException {
        String text = flat(twoZonesGrowingPriced(), "two.pdf");
        // Year, machines, per month, per year.
        assertThat(text).contains("Year Machines Per month, CHF Per year, CHF 1 5 337.89 4,054.62 2 5 420.66 5,047.92 "
                + "3 6 624.04 7,488.42 4 8 1,030.79 12,369.42 The plan, 4 years 28,960.38");
        assertThat(text).contains("Prices given, per month: price per vCPU 20 CHF, price per GB of RAM 5 CHF, price per GB of "
                + "services disk 0.1 CHF, price per GB of data disk 0.055 CHF. Left blank, so counted as 0: price per machine.");
        // The chart: its scale in CHF, then each year's bar with its amount.
        assertThat(text).contains("CHF 4,054.62 5,047.92 7,488.42 12,369.42 year 4");
        // Page one's box gives each year's cost too (its own line "Costs:" gave year 1 and the plan only).
        assertThat(text).contains("Cost 4,054.62 CHF in year 1, then 5,047.92 in year 2, 7,488.42 in year 3, 12,369.42 in year 4; "
                + "28,960.38 CHF over the 4 years of the plan (see Costs).");
    }

    /**
     * One zone of 10 000 users that grows to 30 000 in year 3 (read 0.096 req/s per user): 960 req/s, one core, then
     * ⌈2 880 / 2 000⌉ = 2 cores: a cluster with a single core from year 1, its automatic follower bought with the second
     * core. Machines 3, 3, 5. Disk per core (0.045625 GB per user and year, 2 years kept): F = 10 000, 10 000,
     * ⌈30 000 / 2⌉ = 15 000; D = ⌈456.25⌉ = 457, ⌈912.5⌉ = 913, ⌈1 368.75⌉ = 1 369; the register's 15 GB:
     * 457 + 15 = 472, 913 + 15 = 928, 2 × 1 369 + 2 × 15 = 2 768.
     * Year 3: 2 cores hold ⌊4 000 / 0.096⌋ = 41 666 users, room 11 666, 38.9 % → 38 %.
     */
    @Test
    void aZoneThatNeedsASecondCoreLaterBuysItWithTheFollower() throws IOException {
        String text = flat(rules.size(Questionnaires.builder().zone("DE", "Frankfurt", 10_000, null, 30_000L)
                .writeRps("0.02").readRps("0.08").writeMBPerDay("0.1").retentionYears("2").planYears(3).build()), "one.pdf");
        assertThat(text).contains("Cluster with a single core", "Plan: 3 years: 10,000 users on 1 core in year 1, "
                + "30,000 users on 2 cores in year 3 (see Growth and headroom).");
        assertThat(text).contains("1 10,000 1 3 the bill of materials: 3 machines 472 2 10,000 1 3 nothing 928 "
                + "3 30,000 2 5 1 register follower in DE, 1 core in DE 2,768");
        assertThat(text).contains("Year 3: 1 core added in DE, as 30,000 users need 2 cores (read requests); 1 register follower "
                + "added in DE, as the platform now has more than one core. In year 3, the last of the plan, DE: 2 cores hold up "
                + "to 41,666 users (read requests); 30,000 users: room for 11,666 (38 %).");
        // One zone: the plan's lines are the zone's, with no table of zones besides.
        assertThat(text).doesNotContain("Zones year by year");
    }

    /** 1 000 users at 0.02 × 1.2 = 0.024 req/s read: ⌊2 000 / 0.024⌋ = 83 333, room 82 333 = 8 233.3 % → 8 233 %. */
    @Test
    void withoutGrowthFiguresOrPricesOneSentenceEachSaysWhatToFillIn() throws IOException {
        // A currency alone gives no costs.
        for (String currency : new String[] {null, "EUR"}) {
            String text = flat(singleNode(currency), "single.pdf");
            assertThat(text).contains("Main 1,000 1 83,333 read requests 82,333 (8,233 %)");
            // The disk grows with the data, 1 000 × 0.5 MB × 365 × 1.25 / 1 000 = 228.125 GB a year, up to 3 years.
            assertThat(text).contains("Year Users Nodes Machines Bought that year Data disk GB 1 1,000 1 1 the bill of materials: "
                    + "1 machine 229 2 1,000 1 1 nothing 457 3 1,000 1 1 nothing 685 4 1,000 1 1 nothing 685 5 1,000 1 1 nothing 685");
            assertThat(text).contains("No growth figures were given: every year has the users of year 1. "
                    + "The users of years 2 to 5 beside the zones (Deployment sheet) would give a plan that grows.");
            assertThat(text).contains("No prices were given, so the plan has no costs: a currency and the prices per month on the "
                    + "questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
            // Page one's box says it with the same sentence as the section Costs (it had a line "Costs: none, …" of its own).
            assertThat(text).contains("Plan: 5 years, with the users of year 1 throughout (no growth figures given).",
                    "Cost No prices were given, so the plan has no costs");
            assertThat(text).doesNotContain("When to buy more", "Cost by year", "Per month");
        }
    }

    /**
     * 40 zones of 10 000 users on one core each (read 0.096 req/s per user: up to 20 833 users, room 10 833 = 108 %),
     * but Zone 40 with 20 833 users, exactly at the limit; zones 1 to 35 grow to 30 000 users in year 2:
     * ⌈2 880 / 2 000⌉ = 2 cores, one more each. Users: 39 × 10 000 + 20 833 = 410 833 on 40 cores, then
     * 35 × 30 000 + 4 × 10 000 + 20 833 = 1 110 833 on 75 cores; machines 40 + 3 = 43 and 78.
     */
    @Test
    void manyZonesKeepTheListsShort() throws IOException {
        Questionnaires.Builder b = Questionnaires.builder().writeRps("0.02").readRps("0.08").writeMBPerDay("0.1")
                .retentionYears("2").planYears(2);
        for (int i = 1; i <= 35; i++) b.zone("Zone " + i, "City " + i, 10_000, 30_000L);
        for (int i = 36; i <= 39; i++) b.zone("Zone " + i, "City " + i, 10_000);
        b.zone("Zone 40", "City 40", 20_833);
        String text = flat(rules.size(b.build()), "forty.pdf");
        // The full zone first, then the least room, up to 12 zones: zones 1 to 11, all alike, in questionnaire order.
        assertThat(text).contains("Of the 40 zones, 1 has no room left (Zone 40). Below, the 12 zones with the least room; "
                + "every zone's headroom stands on its card under Capacity per zone.");
        assertThat(text).contains("Room to grow Zone 40 20,833 1 20,833 read requests none: no room left Zone 1 10,000 1 20,833 read "
                + "requests 10,833 (108 %)", "Zone 11 10,000 1 20,833 read requests 10,833 (108 %)");
        assertThat(text).doesNotContain("Zone 12 10,000 1 20,833 read requests");
        assertThat(text).contains("1 410,833 40 43 the bill of materials: 43 machines", "2 1,110,833 75 78 35 cores in 35 zones");
        assertThat(text).contains("35 of the 40 zones change over the plan, too many to show here: the Plan by Year sheet of the "
                + "workbook made from the same questionnaire gives each one year by year.");
        assertThat(text).contains("Year 2: 35 cores added in 35 zones, as their users outgrow their cores (read requests in 35 zones).");
        assertThat(text).contains("In year 2, the last of the plan, the zone with the least room is Zone 40: 1 core holds up to "
                + "20,833 users (read requests); 20,833 users: no room left: the next user needs another core (read requests).");
    }

    // ---- page one answers a buyer: what to buy now, the next purchase, the cost per year, what the data disk is for ----

    /**
     * {@link #twoZonesGrowingPriced()}, worked there: year 1 buys static-web, register leader (DE), one
     * follower (CH) and a core in each zone, 5 machines; vCPU 1 + 1 + 1 + 4 + 4 = 11; RAM 0.5 + 2 + 2 + 4 + 4 = 12.5 GB;
     * services disk 10 + 20 + 20 + 30 + 30 = 110 GB. Data disk of the bill of materials, each at the size it must
     * reach: DE's core 20 000 users (its most) × 0.09125 GB for 2 years = 1 825, CH's ⌈12 500 × 0.09125⌉ = ⌈1 140.625⌉
     * = 1 141, the two registers 15 each: 2 996 GB. Year 2 buys nothing, year 3 a core in CH. Costs per year as in
     * {@link #costsGiveEachYearPerMonthAndPerYearAndThePlan()}.
     */
    @Test
    void aGrowingPricedPlanSaysWhatToBuyNowWhenNextAndTheCostOfEachYear() throws IOException {
        List<String> pages = pages(twoZonesGrowingPriced(), "two.pdf");
        String one = pages.get(0).replaceAll("\\s+", " ");
        assertThat(one).contains("Buy now 5 machines (1 static-web, 1 register leader, 1 register follower, 2 cores), 11 vCPU, "
                + "12.5 GB RAM, 110 GB services disk and 2,996 GB data disk in total; each machine under Machines by role below, every order line under What to order.");
        assertThat(one).contains("Next purchase Year 3: 1 core in CH (why, and any later purchase: Growth and headroom).");
        assertThat(one).contains("Cost 4,054.62 CHF in year 1, then 5,047.92 in year 2, 7,488.42 in year 3, 12,369.42 in year 4; "
                + "28,960.38 CHF over the 4 years of the plan (see Costs).");
        assertThat(one).contains("Data disk 2,996 GB over every machine, registers included: the size each disk must reach. A disk "
                + "of a machine holding user data has room for 2 years of data (the retention) of the most users that machine "
                + "serves in any year of the plan, plus 25 % free space; a register's holds the directory of which core holds "
                + "each user. The disks may start smaller and grow with the data (see Growth and headroom).");
        assertThat(one).contains("2,996 GB data disk, full size", "Machines by role");
        startsWithTopology(pages.get(1));
    }

    /**
     * {@link #singleNode(String)}: 1 000 users on one node of 2 vCPU, 4 GB RAM, 30 GB services disk; no growth
     * figures, no prices, the default 5-year plan. Data disk ⌈1 000 × 0.5 MB × 365 × 3 years × 1.25 / 1 000⌉ = ⌈684.375⌉
     * = 685 GB; no registers.
     */
    @Test
    void aSingleNodeWithoutPricesSaysNothingMoreIsBoughtAndHowToGetCosts() throws IOException {
        List<String> pages = pages(singleNode(null), "single.pdf");
        String one = pages.get(0).replaceAll("\\s+", " ");
        assertThat(one).contains("Buy now 1 machine (1 single node), 2 vCPU, 4 GB RAM, 30 GB services disk and 685 GB data disk "
                + "in total;");
        assertThat(one).contains("Next purchase None within the 5 years of the plan: the machines bought now serve every year of it.");
        assertThat(one).contains("Cost No prices were given, so the plan has no costs: a currency and the prices per month on the "
                + "questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
        assertThat(one).contains("Data disk 685 GB over every machine: the size each disk must reach. A disk of a machine holding "
                + "user data has room for 3 years of data (the retention) of the most users that machine serves in any year of "
                + "the plan, plus 25 % free space. The disks")
                .doesNotContain("registers included", "register's");
        startsWithTopology(pages.get(1));
    }

    /**
     * 200 zones of 10 000 users (read 0.08 × 1.2 = 0.096 req/s per user, one core holds 20 833), each growing to 30 000
     * in year 2: ⌈2 880 / 2 000⌉ = 2 cores, one more in each zone. Year 1: 200 cores, static-web, leader and one
     * follower = 203 machines; year 2 buys 200 cores in 200 zones.
     */
    @Test
    void twoHundredZonesKeepPageOneToOnePage() throws IOException {
        Questionnaires.Builder b = Questionnaires.builder().writeRps("0.02").readRps("0.08").writeMBPerDay("0.1")
                .retentionYears("2").planYears(2);
        for (int i = 1; i <= 200; i++) b.zone("Zone " + i, "City " + i, 10_000, 30_000L);
        List<String> pages = pages(rules.size(b.build()), "two-hundred.pdf");
        String one = pages.get(0).replaceAll("\\s+", " ");
        assertThat(one).contains("Buy now 203 machines (1 static-web, 1 register leader, 1 register follower, 200 cores)",
                "Next purchase Year 2: 200 cores in 200 zones", "Data disk", "Machines by role");
        startsWithTopology(pages.get(1));
    }

    /** Page two opens with the topology, under the running header: page one held the whole summary. */
    private static void startsWithTopology(String page) {
        List<String> lines = BriefTest.lines(page).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(lines.subList(0, 3)).contains(Platform.TOPOLOGY);
    }

    /** The text of pages 1 and 2 of the written brief. */
    private List<String> pages(Sizing s, String name) throws IOException {
        Path out = dir.resolve(name);
        Brief.write(s, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= 2; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replace("\r\n", "\n"));
            }
            return pages;
        }
    }

    private String flat(Sizing s, String name) throws IOException {
        Path out = dir.resolve(name);
        Brief.write(s, out);
        return BriefTest.text(out).replaceAll("\\s+", " ");
    }

    @Test
    void aZoneNamedWithTheWordInKeepsItsName() {
        // The zone's name is the customer's text: "added in" goes before it, never inside it.
        var follower = new io.pryv.sizer.model.MachineGroup(io.pryv.sizer.model.Role.REGISTER, io.pryv.sizer.model.Tier.FOLLOWER,
                "Data in EU", 1, 1, new java.math.BigDecimal("2"), 20, 15);
        assertThat(Growth.bought(List.of(follower), "added in")).isEqualTo("1 register follower added in Data in EU");
        assertThat(Growth.bought(List.of(follower))).isEqualTo("1 register follower in Data in EU");
    }
}
