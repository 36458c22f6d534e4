package io.pryv.sizer.brief;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.rules.SizingRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes briefs from sizings made by the real rules, then reads them back as purchasing's PDF viewer would. */
class BriefTest {
    private static SizingRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = SizingRules.packaged();
    }

    /** One zone, light load, no growth: a single node. */
    static Sizing singleNode() {
        return rules.size(Questionnaires.builder().customer("Praxis Dr. Müller").project("Tagebuch")
                .zone("Main", "Lausanne, CH", 1_000).writeRps("0.01").readRps("0.02").writeMBPerDay("0.5")
                .retentionYears("3").docker("20.10").compose("1.29").build());
    }

    /** Three zones with accented names; 165 000 users, Docker too old. */
    static Sizing threeZones() {
        return rules.size(Questionnaires.builder().customer("Clinique de Genève").project("Suivi patients")
                .preparedBy("Ana Łukasik")
                .zone("Zürich", "Zürich, CH", 120_000).zone("Łódź", "Łódź, PL", 40_000).zone("Genève", "Genève, CH", 5_000)
                .writeRps("0.02").readRps("0.05").writeMBPerDay("0.1").retentionYears("5").readMBPerDay("1")
                .docker("18.09").build());
    }

    /** 60 zones of several cores each: 250 machines. */
    static Sizing sixtyZones() {
        Questionnaires.Builder b = Questionnaires.builder().writeRps("0.05").readRps("0.1").writeMBPerDay("0.2").retentionYears("30");
        for (int i = 1; i <= 60; i++) b.zone("Zone " + i + (i % 7 == 0 ? " Genève–Łódź–Zürich" : ""), "City " + i, 30_000 + i * 1_000L);
        return rules.size(b.build());
    }

    /**
     * The numbers of {@link #threeZones()}, worked by hand from SIZING.md (margin 20 %, headroom 25 %):
     * Zürich 120 000 users: write 120 000 × 0.02 × 1.2 = 2 880 → 2 cores, read 120 000 × 0.05 × 1.2 = 7 200 → 4 cores:
     * 4 cores, read per core 1 800 > 1 000 → 4 vCPU; 30 000 users on the fullest core.
     * Łódź 40 000: write 960 → 1, read 2 400 → 2 cores, read per core 1 200 → 4 vCPU; 20 000 on the fullest core.
     * Genève 5 000: write 120, read 300 → 1 core of 2 vCPU.
     * Core data disk = ⌈users × 0.1 MB × 365 × 5 years × 1.25 / 1000⌉: Zürich ⌈6 843.75⌉ = 6 844 GB,
     * Łódź ⌈4 562.5⌉ = 4 563 GB, Genève ⌈1 140.625⌉ = 1 141 GB. 7 cores, so 1 register follower (in Łódź);
     * register data disk 15 × ⌈165 000 / 100 000⌉ = 30 GB each.
     * Machines: static-web, leader, follower, 7 cores = 10. vCPU 1 + 1 + 1 + 16 + 8 + 2 = 29.
     * RAM 0.5 + 2 + 2 + 7 × 4 = 32.5 GB. Services disk 10 + 20 + 20 + 7 × 30 = 260 GB.
     * Data disk 4 × 6 844 + 2 × 4 563 + 1 141 + 2 × 30 = 37 703 GB.
     * Daily read volume (no margin): 120 000, 40 000 and 5 000 MB.
     */
    @Test
    void textCarriesTheNumbersOfTheContract() throws IOException {
        String text = text(write(threeZones(), "three.pdf"));

        assertThat(text).contains("Cluster partitioned by compliance zone", "3 compliance zones: user data stays in its zone");
        // Headline figures as the summary tiles print them.
        assertThat(text).contains("10\nmachines", "29\nvCPU in total", "32.5 GB\nRAM in total", "260 GB\nservices disk",
                "37,703 GB\ndata disk");
        // The bill of materials' total line: machines, then the sums over every machine.
        assertThat(text).contains("Total 10 29 32.5 260 37,703");
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("4 × core in Zürich: each with 4 vCPU", "2 × core in Łódź: each with 4 vCPU",
                "1 × core in Genève: 2 vCPU", "1 × register follower in Łódź: 1 vCPU, 2 GB RAM, 20 GB services disk and 30 GB data disk");
        assertThat(text).contains("static-web", "register-leader", "register-follower-lodz-01", "core-zurich-01", "core-zurich-04",
                "core-lodz-01", "core-lodz-02", "core-geneve-01").doesNotContain("core-zurich-05", "core-lodz-03", "core-geneve-02");
        // Each zone's card: users, cores and what sets them, the fullest core, its data disk and daily read volume.
        assertThat(flat).contains(
                "120,000 users · 4 cores, set by read requests · 30,000 users on the fullest core · data disk 6,844 GB per core "
                        + "(0.1 MB per user per day) · daily read volume 120,000 MB",
                "40,000 users · 2 cores, set by read requests · 20,000 users on the fullest core · data disk 4,563 GB per core",
                "5,000 users · 1 core, set by read requests · 5,000 users on the fullest core · data disk 1,141 GB per core "
                        + "(0.1 MB per user per day) · daily read volume 5,000 MB");
        assertThat(text).contains("Zürich", "Łódź", "Genève", "Ana Łukasik");
        assertThat(text).contains("443/tcp", "53/udp", "6379/tcp");
        // The drawing labels the replication arrows with the rules' port.
        assertThat(text).contains("tcp/6379\n");
        assertThat(text).contains("DOCKER_TOO_OLD", "Docker 18.09 is planned");
    }

    /** The firewall page lists every opening, in both directions, each with its source. */
    @Test
    void theFirewallMatrixOpensSshAndTheWayOutAsTheProductsChoice() throws IOException {
        String single = text(write(singleNode(), "single.pdf"));
        assertThat(single.replaceAll("\\s+", " ")).contains("Firewall matrix Every opening, in both directions; "
                + "everything else stays closed. Source: the Pryv.io guide, Pryv's configuration, or product");
        assertThat(lines(single)).containsSubsequence(
                "From To Port Purpose Source",
                "Inbound: who may reach the machines",
                "internet single node 53/udp DNS: resolves each user's domain to their core guide",
                "internet single node 443/tcp HTTPS: API, web apps and administration guide",
                "administrators' network single node 22/tcp SSH, by key only; never from the internet product",
                "Outbound: what the machines may reach",
                "single node DNS resolvers 53/udp+tcp Name lookups; over TCP for long answers product",
                "single node time servers 123/udp NTP: keeps the clocks in step product",
                "single node image registry 443/tcp Pryv.io images, from the registry Pryv names product",
                "single node OS update mirrors 443/tcp Security updates of the operating system product",
                "single node mail relay (SMTP) 587/tcp Account-creation and password-reset e-mails product");
        // A cluster: SSH and the way out on one line for all machines; e-mails only from the cores.
        String cluster = text(write(threeZones(), "three.pdf"));
        assertThat(lines(cluster)).containsSubsequence(
                "internet core 443/tcp HTTPS: API, web apps and administration guide",
                // The one purpose that wraps: its source follows the second line.
                "register followers register leader 6379/tcp Register replication (Redis); private network only,",
                "never from the internet", "Pryv config",
                "administrators' network all machines 22/tcp SSH, by key only; never from the internet product",
                "Outbound: what the machines may reach",
                "all machines DNS resolvers 53/udp+tcp Name lookups; over TCP for long answers product",
                "all machines time servers 123/udp NTP: keeps the clocks in step product",
                "all machines image registry 443/tcp Pryv.io images, from the registry Pryv names product",
                "all machines OS update mirrors 443/tcp Security updates of the operating system product",
                "core mail relay (SMTP) 587/tcp Account-creation and password-reset e-mails product");
        assertThat(cluster).containsOnlyOnce("587/tcp").doesNotContain("static-web mail relay", "register mail relay");
    }

    /**
     * The growth chart of {@link #threeZones()}: all cores together once they hold k years, each core's disk
     * rounded up: per core and year Zürich 30 000 × 0.1 × 365 × 1.25 / 1000 = 1 368.75 GB, Łódź 912.5, Genève 228.125.
     * Year 1: 4 × 1 369 + 2 × 913 + 229 = 7 531; year 2: 4 × 2 738 + 2 × 1 825 + 457 = 15 059;
     * year 3: 4 × 4 107 + 2 × 2 738 + 685 = 22 589; year 4: 4 × 5 475 + 2 × 3 650 + 913 = 30 113;
     * year 5: 4 × 6 844 + 2 × 4 563 + 1 141 = 37 643 (the registers' disks are not in it).
     */
    @Test
    void theGrowthChartShowsEachYearsDiskOfAllCores() throws IOException {
        String text = text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " ");
        // The bars' values, year 1 to 5, then their labels.
        assertThat(text).contains("7,531 15,059 22,589 30,113 37,643 year 5");
    }

    /** With several zones the cores of each zone differ: the summary and the bill of materials say where each line stands. */
    @Test
    void machineLinesOfSeveralZonesNameTheirZones() throws IOException {
        Sizing s = threeZones();
        String text = text(write(s, "zones.pdf"));
        for (MachineType m : s.machineTypes()) {
            assertThat(text).contains(n(m.quantity()) + " × " + m.label() + " in " + m.zonesText() + ": "
                    + (m.quantity() == 1 ? "" : "each with ") + m.vcpu() + " vCPU");
            // The bill of materials' line: the machine, its zones below, then its figures, the workbook's columns.
            assertThat(text).contains(m.label() + "\n" + m.zonesText() + "\n" + n(m.vcpu()) + " " + n(m.ramGb()) + " "
                    + n(m.servicesDiskGb()) + " " + n(m.dataDiskGb()) + " " + n(m.quantity()) + " ");
        }
        String single = text(write(singleNode(), "single.pdf"));
        assertThat(single).contains("1 × single node: ").doesNotContain("single node in ");
    }

    /** A single node runs the core role itself: the capacity section speaks of the node, not per core. */
    @Test
    void aSingleNodesCapacitySpeaksOfTheNode() throws IOException {
        Sizing one = singleNode();
        String single = text(write(one, "single.pdf")).replaceAll("\\s+", " ");
        assertThat(single).contains("Peak loads of the zone,", "The single node runs the core role",
                "1,000 users · 1 core needed, set by read requests · data disk " + n(one.totalDataDiskGb())
                        + " GB on the single node (0.5 MB per user per day)", "Load on the node");
        // The decision log, the rules' own words, is left aside.
        assertThat(single.substring(0, single.indexOf("Decision log")))
                .doesNotContain("GB per core", "on the fullest core", "cores of their zone", "Load per core");
        // A cluster keeps its cores.
        String cluster = text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " ");
        assertThat(cluster).contains("GB per core", "on the fullest core", "cores of their zone", "Load per core")
                .doesNotContain("on the single node");
    }

    /**
     * Under a 73 GB data-disk cap, 161 users at 0.5 MB a day for 2 years (0.45625 GB each with 25 % headroom): a core
     * holds 73 / 0.45625 = 160 users, so 2 cores set by the data disk, 81 users and ⌈36.95625⌉ = 37 GB on the fullest.
     */
    @Test
    void aDataDiskCapShowsAsTheMetricThatSetsTheCores() throws IOException {
        Sizing s = rules.size(Questionnaires.builder().zone("Zurich", "Zürich, CH", 161).writeMBPerDay("0.5").retentionYears("2")
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, "73").build());
        String text = text(write(s, "capped.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("161 users · 2 cores, set by data disk · 81 users on the fullest core · data disk 37 GB per core",
                "Data disk: the zone's users against the users that one data disk of at most 73 GB holds over the retention; "
                        + "per core, the users on the fullest core.",
                "● data disk, users 161 160 2 81 50.7 %", "Largest data disk per core 73 GB");
        // Without a cap, no data-disk line and no word of it.
        assertThat(text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " "))
                .doesNotContain("data disk, users", "Data disk: the zone's users").contains("Largest data disk per core no limit");
    }

    /**
     * Headroom on each zone's card (SIZING.md §7), read requests binding at 0.05 × 1.2 = 0.06 req/s per user:
     * Zürich 4 × 2 000 / 0.06 = 133 333.3… → 133 333, room 13 333 = 11.1…% → 11 %; Łódź 2 × 2 000 / 0.06 → 66 666,
     * room 26 666 = 66.665 % → 66 %; Genève 2 000 / 0.06 → 33 333, room 28 333 = 566.66 % → 566 %.
     */
    @Test
    void eachZoneSaysHowFarItGrowsOnItsCores() throws IOException {
        String text = text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains(
                "Headroom: 4 cores hold up to 133,333 users (read requests); 120,000 users: room for 13,333 (11 %)",
                "Headroom: 2 cores hold up to 66,666 users (read requests); 40,000 users: room for 26,666 (66 %)",
                "Headroom: 1 core holds up to 33,333 users (read requests); 5,000 users: room for 28,333 (566 %)");
        // 1 000 users × 2 req/s, no margin: 2 000 req/s, exactly one core's limit.
        Sizing full = rules.size(Questionnaires.builder().zone("Main", "Bern", 1_000).writeRps("2").margin("0").build());
        assertThat(text(write(full, "full.pdf")).replaceAll("\\s+", " ")).contains("Headroom: 1 core holds up to 1,000 users "
                + "(write requests); 1,000 users: no room left: the next user needs another core (write requests)",
                // The same under Growth and headroom: zone, users, nodes, user limit, limiting metric, room.
                "Main 1,000 1 1,000 write requests none: no room left");
        Sizing idle = rules.size(Questionnaires.builder().zone("Main", "Bern", 800).build());
        assertThat(text(write(idle, "idle.pdf")).replaceAll("\\s+", " "))
                .contains("Headroom: 800 users, no load on any metric: no user limit from load",
                        "Main 800 1 none no load on any metric no limit from load");
    }

    /** "each" only where there are several machines, said once, before the sizes it applies to. */
    @Test
    void machineLinesSayEachOnlyForSeveralMachines() throws IOException {
        Sizing one = singleNode();
        String single = text(write(one, "single.pdf"));
        assertThat(single).contains("1 × single node: 2 vCPU, 4 GB RAM, 30 GB services disk and "
                + n(one.totalDataDiskGb()) + " GB data disk\n").doesNotContain(" each\n", "each with");
        String zones = text(write(threeZones(), "zones.pdf")).replaceAll("\\s+", " ");
        assertThat(zones).contains("1 × static-web in Zürich: 1 vCPU, 0.5 GB RAM, 10 GB services disk and no data disk ",
                "1 × register follower in Łódź: 1 vCPU, 2 GB RAM, 20 GB services disk and ")
                .doesNotContain("no data disk each");
        // The decision log keeps the rules' own words.
        assertThat(zones.substring(0, zones.indexOf("Decision log"))).doesNotContain("data disk each");
        // Several cores of one zone.
        Sizing load = rules.size(Questionnaires.builder().zone("Main", "Bern", 100_000).writeRps("0.05").readRps("0.1")
                .writeMBPerDay("0.1").build());
        assertThat(load.coreCount()).isGreaterThan(1);
        assertThat(text(write(load, "load.pdf")).replaceAll("\\s+", " "))
                .contains(n(load.coreCount()) + " × core: each with ");
    }

    /** Past eight machine types the summary sums up the machines holding user data by role, and names the others. */
    @Test
    void manyMachineTypesSumUpTheCoresInTheSummary() throws IOException {
        // Nine zones of 1,000 to 9,000 users, one core each (a few req/s), each with its own data disk:
        // 9 core sizes, plus the static-web, the register leader and its automatic follower.
        Questionnaires.Builder b = Questionnaires.builder().writeRps("0.001").readRps("0.001").writeMBPerDay("0.1").retentionYears("1");
        for (int i = 1; i <= 9; i++) b.zone("Zone " + i, "City " + i, i * 1_000L);
        String text = text(write(rules.size(b.build()), "nine.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("9 × core, in 9 sizes: see Bill of materials", "1 × static-web in Zone 1: ",
                "1 × register leader in Zone 1: ", "1 × register follower in Zone 2: ").doesNotContain("× core in");
    }

    /** Followers spread unevenly over the zones: each zone's count is given, in the summary and the bill of materials. */
    @Test
    void machinesOfALineInSeveralZonesAreCountedPerZone() throws IOException {
        Sizing s = rules.size(Questionnaires.builder().zone("CH-Zürich", "Zürich", 10_000).zone("CH-Genève", "Genève", 5_000)
                .zone("PL-Łódź", "Łódź", 8_000).followers(5).writeRps("0.01").writeMBPerDay("0.1").build());
        String text = text(write(s, "followers.pdf"));
        // Follower i stands in zone (1 + i) mod 3: two in Genève and Łódź, one in Zürich, the leader's zone.
        String where = "CH-Zürich (1), CH-Genève (2), PL-Łódź (2)";
        assertThat(text.replaceAll("\\s+", " ")).contains("5 × register follower in " + where + ": each with ");
        // The bill of materials' line, whose narrow column may break a zone's name after its hyphen.
        assertThat(text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ")).contains("register follower " + where + " 1 2 20 15 5 ");
        // A line of one machine in each zone names the zones alone.
        assertThat(text).contains("core\nCH-Zürich\n", "1 × core in CH-Zürich: ").doesNotContain("core in CH-Zürich (1)");

        // Past six zones, the first five with their counts and the rest summed up.
        Questionnaires.Builder b = Questionnaires.builder().followers(16).writeRps("0.01").writeMBPerDay("0.1");
        for (int i = 1; i <= 8; i++) b.zone("Z" + i, "", 1_000);
        String eight = text(write(rules.size(b.build()), "eight.pdf")).replaceAll("\\s+", " ");
        assertThat(eight).contains("16 × register follower in Z1 (2), Z2 (2), Z3 (2), Z4 (2), Z5 (2) and 6 in 3 more zones: each with ");
    }

    /** The zones are the questionnaire's first answers: each with its location and users, grouped. */
    @Test
    void theAnswersListTheZones() throws IOException {
        String text = text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " ");
        String zones = "Zone Location Users Zürich Zürich, CH 120,000 Łódź Łódź, PL 40,000 Genève Genève, CH 5,000 ";
        assertThat(text).contains("Questionnaire answers", zones, "Load and volume figures are per user.");
        // Before the other answers.
        assertThat(text.indexOf(zones)).isLessThan(text.indexOf("Answer Value Pryv.io version"));
        Sizing noPlace = rules.size(Questionnaires.builder().zone("Main", "", 1_000).writeRps("0.01").writeMBPerDay("1").build());
        // The builder's retention of one year is written in the singular, as everywhere else.
        assertThat(text(write(noPlace, "no-place.pdf")).replaceAll("\\s+", " "))
                .contains("Zone Location Users Main not stated 1,000 ", "Retention 1 year Bytes per data point");
    }

    /** Nothing written: one sentence instead of a row of bars at 0, and the table of years left out too. */
    @Test
    void noDataWrittenGivesASentenceNotAChart() throws IOException {
        Sizing s = rules.size(Questionnaires.builder().zone("Main", "Lausanne", 1_000).writeRps("0.01").readRps("0.02")
                .retentionYears("100").build());
        assertThat(s.coreDataDiskByYear().values()).containsOnly(0L);
        String text = text(write(s, "nothing.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Data disk growth No data is written per day, so the data disk of the single node stays "
                + "at 0 GB and there is no growth to chart: see the NO_DATA_WRITTEN warning under Findings.");
        // Growth and headroom follows on the next page (page one now holds the summary alone, which moved it on): the text
        // of the topology drawing, drawn last on its page, stands between them.
        assertThat(text.indexOf("Growth and headroom What the bill")).isGreaterThan(text.indexOf("under Findings."));
        // Neither the bars' labels (the last, year 100, always stands) nor the table of years.
        assertThat(text).doesNotContain("year 100", "Year Data disk GB");
        assertThat(s.findings()).anyMatch(f -> f.code().equals("NO_DATA_WRITTEN"));
        Sizing cluster = rules.size(Questionnaires.builder().zone("A", "", 1_000).zone("B", "", 1_000).writeRps("0.01").build());
        assertThat(text(write(cluster, "cluster.pdf")).replaceAll("\\s+", " "))
                .contains("so the data disk of every core stays at 0 GB and there is no growth to chart");
    }

    @Test
    void eachFindingIsShownOnceAndAVersionNotStatedIsUnknown() throws IOException {
        // Docker 18.09 (too old) and docker-compose not stated: under System requirements only.
        String text = text(write(threeZones(), "three.pdf")).replaceAll("\\s+", " ");
        assertThat(text.split("Docker 18.09 is planned", -1)).hasSize(2);
        assertThat(text.split("The Docker or docker-compose version is not stated", -1)).hasSize(2);
        assertThat(text).contains("Docker 19 or later 18.09 no", "docker-compose 1.21 or later not stated unknown",
                "Findings about the system software are listed under System requirements.", "ZONING_APPLIES_TO_ALL");
    }

    @Test
    void anOperatingSystemPastItsSupportIsNotMet() throws IOException {
        // 18.04 left standard support on 2023-05-31, before the default questionnaire date 2024-03-01. Reads of
        // 1,000 × 2 req/s × 1.2 = 2,400 req/s need 2 cores, so the register gets a follower: no single point of
        // failure to note, and the OS warning is the only finding.
        Sizing s = rules.size(Questionnaires.builder().zone("Main", "", 1_000).writeRps("0.01").readRps("2")
                .writeMBPerDay("1").retentionYears("1").docker("20.10").compose("1.29").os("Ubuntu 18.04").build());
        String text = text(write(s, "old-os.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Ubuntu 18.04 no", "Findings about the system software are listed under System "
                + "requirements; there are no others.");
        assertThat(text.split("OS_SUPPORT_ENDED", -1)).hasSize(2);
    }

    @Test
    void aReleaseInUbuntuProIsMetUntilItsEndWithANote() throws IOException {
        // 20.04 left standard support on 2025-05-31; on 2026-01-15 Ubuntu Pro keeps it until 2030-04-30.
        Sizing s = rules.size(Questionnaires.builder().zone("Main", "", 1_000).writeRps("0.01").readRps("0.02")
                .writeMBPerDay("1").retentionYears("1").docker("20.10").compose("1.29").os("Ubuntu 20.04")
                .extendedSupport(true).date(java.time.LocalDate.of(2026, 1, 15)).build());
        String text = text(write(s, "pro.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Operating system Ubuntu 16.04, Ubuntu 18.04, Ubuntu 20.04, Ubuntu 22.04, in standard "
                        + "support or in extended maintenance (Ubuntu Pro) Ubuntu 20.04, Ubuntu Pro until 2030-04-30 yes",
                "Ubuntu 20.04 left standard support on 2025-05-31; with the Ubuntu Pro extended maintenance planned it "
                        + "stays supported until 2030-04-30.",
                "Ubuntu 20.04 in extended maintenance (Ubuntu Pro) 2025-05-31 2030-04-30",
                "Ubuntu 16.04 in extended maintenance (Ubuntu Pro) 2021-04-30 2026-04-30",
                "Ubuntu 18.04 in extended maintenance (Ubuntu Pro) 2023-05-31 2028-04-30",
                "Ubuntu 22.04 in standard support 2027-05-31 2032-04-30",
                "Operating system Ubuntu 20.04 Extended support Yes");
        assertThat(text).doesNotContain("OS_SUPPORT_ENDED");
        assertThat(text.split("OS_EXTENDED_SUPPORT", -1)).hasSize(2);
    }

    @Test
    void aQuestionnaireOfLayoutOneZeroSaysSoWithItsDefaults() throws Exception {
        // layout-1.0.xlsx: the 1.0 template filled in, its operating system left blank (Ubuntu 20.04 then), dated 2024-03-01.
        Sizing s = rules.size(io.pryv.sizer.questionnaire.QuestionnaireReader.read(
                Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.0.xlsx")));
        String text = text(write(s, "layout-1.0.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Template version 1.0", "Operating system Ubuntu 20.04 Extended support No",
                "Ubuntu 20.04 in standard support 2025-05-31 2030-04-30");
    }

    @Test
    void capacityRoundsUpAndStorageAddsTheHeadroom() throws IOException {
        // 1 user × 1000.0005 req/s on one core: above half the 2000 limit, so never shown as 1,000 or 50.0 %.
        Sizing s = rules.size(Questionnaires.builder().zone("Main", "", 1).writeRps("1000.0005").readRps("0")
                .margin("0").writeMBPerDay("1").retentionYears("1").build());
        String text = text(write(s, "threshold.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("1,000.0005 2,000 1 1,000.01 50.1 %", "are rounded up", "plus 25 % headroom");
        assertThat(text).doesNotContain("kept free");
    }

    @Test
    void outlineHasTheSectionsInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(threeZones(), "three.pdf").toFile())) {
            List<String> top = new ArrayList<>();
            List<String> checklists = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Checklists")) item.children().forEach(c -> checklists.add(c.getTitle()));
                // Every bookmark leads to a page of the document.
                assertThat(item.findDestinationPage(pdf)).isNotNull();
            }
            assertThat(top).containsExactly("Procurement brief", "Summary", "Topology", "Bill of materials",
                    "Capacity per zone", "Data disk growth", "Growth and headroom", "Costs", "What to order", "Firewall matrix", "System requirements", "Findings",
                    "Checklists", "Assumptions", "Decision log");
            assertThat(top).isEqualTo(Brief.SECTIONS);
            assertThat(checklists).containsExactly("System hardening", "Backups", "Node monitoring");
        }
    }

    @Test
    void singleNodeHasNinePagesNumberedPageXOfY() throws IOException {
        Sizing s = singleNode();
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_NODE);
        Path out = write(s, "single.pdf");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // A sixth page since the firewall matrix lists the nine openings of a single node, both ways; a seventh
            // since the plan by year and the costs; an eighth since page one holds the summary alone; a ninth since what
            // to order starts a page.
            assertThat(pdf.getNumberOfPages()).isEqualTo(9);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
        String text = text(out);
        for (int p = 1; p <= 9; p++) assertThat(text).contains("page " + p + " of 9");
        assertThat(text).contains("Praxis Dr. Müller · Tagebuch", "pryv-node", "single node, all roles");
    }

    @Test
    void metadataComesFromTheQuestionnaire() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(threeZones(), "three.pdf").toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Pryv.io procurement brief: Clinique de Genève, Suivi patients");
            assertThat(info.getAuthor()).isEqualTo("Ana Łukasik");
            assertThat(info.getSubject()).contains("Clinique de Genève", "10 machines");
            assertThat(info.getKeywords()).contains("Pryv.io", "procurement", "Cluster partitioned by compliance zone");
            assertThat(info.getCreator()).startsWith("Pryv.io procurement sizer");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2024);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.MARCH);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(1);
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
        }
        // Without a "prepared by", the tool signs.
        try (PDDocument pdf = Loader.loadPDF(write(singleNode(), "single.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Pryv.io procurement sizer");
        }
    }

    @Test
    void sameSizingGivesTheSameBytesOnAnyThread() throws Exception {
        Sizing s = threeZones();
        String first = sha256(Files.readAllBytes(write(s, "a.pdf")));
        String second = sha256(Files.readAllBytes(write(s, "b.pdf")));
        // Another thread parses its own fonts: the bytes must not depend on that either.
        String third = CompletableFuture.supplyAsync(() -> sha256(bytes(s))).get();
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        // The file ID is the content's, not a random one: another sizing gets another.
        try (PDDocument a = Loader.loadPDF(bytes(s)); PDDocument b = Loader.loadPDF(bytes(singleNode()))) {
            assertThat(a.getDocument().getDocumentID()).isNotNull();
            assertThat(a.getDocument().getDocumentID().toString()).isNotEqualTo(b.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void parallelBatchesGiveTheSameBytes() throws Exception {
        // Different sizings on 4 threads at once: fonts are per thread, the table rules' event is shared.
        List<Sizing> sizings = List.of(singleNode(), threeZones(), sixtyZones());
        List<String> expected = sizings.stream().map(s -> sha256(bytes(s))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Sizing s = sizings.get(i % 3);
                runs.add(pool.submit(() -> sha256(bytes(s))));
            }
            for (int i = 0; i < runs.size(); i++) assertThat(runs.get(i).get()).isEqualTo(expected.get(i % 3));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fontsAreEmbeddedAndTheDrawingIsVector() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(threeZones(), "three.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertResources(page.getResources());
            }
        }
    }

    /** Fonts embedded, and no bitmap anywhere: every XObject is a form (vector), looked into recursively. */
    private static void assertResources(PDResources res) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).contains("Liberation");
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            assertThat(x).isNotInstanceOf(PDImageXObject.class);
            if (x instanceof PDFormXObject form) assertResources(form.getResources());
        }
    }

    @Test
    void sixtyZonesRenderWithCollapsedCores() throws IOException {
        Sizing s = sixtyZones();
        assertThat(s.zones()).hasSize(60);
        assertThat(s.vmCount()).isGreaterThan(TopologyDrawing.DRAW_EACH_MACHINE_UP_TO);
        Path out = write(s, "sixty.pdf");
        String text = text(out);
        // Past 64 machines each zone's cores are one stacked box, named by their host-name range.
        assertThat(text).contains(n(s.zones().get(0).cores().cores()) + " × core", "core-zone-1-01 … 0");
        assertThat(text).contains("Zone 60", "A stacked box marked");
        assertThat(text).contains("too many to list here");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // Over 60 pages, some five of them the order lines: each zone orders its cores, disks, addresses and backups.
            assertThat(pdf.getNumberOfPages()).isBetween(10, 70);
        }
    }

    @Test
    void twentyThousandMachinesStayADrawing() throws IOException {
        Sizing s = rules.size(Questionnaires.builder().zone("Zürich", "Zürich, CH", 400_000_000L).writeRps("0.1").build());
        assertThat(s.vmCount()).isGreaterThan(20_000);
        Path out = write(s, "huge.pdf");
        assertThat(Files.size(out)).isLessThan(300_000);
        String text = text(out);
        assertThat(text).contains(n(s.coreCount()) + " × core", "core-zurich-01 … " + n(s.coreCount()).replace(",", ""));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isLessThan(11);
        }
    }

    /** Zones whose names make host names as long as they get: register-follower-baden-wurttemberg-un-01. */
    static Sizing longZoneNames() {
        return rules.size(Questionnaires.builder().writeRps("0.05").readRps("0.1").writeMBPerDay("0.2").retentionYears("5")
                .zone("Région Île-de-France – Hôpitaux universitaires", "Paris, France", 15_000)
                .zone("Baden-Württemberg Universitätskliniken", "Stuttgart, Deutschland", 12_000)
                .zone("Łódzkie Województwo Szpitale Kliniczne", "Łódź, Polska", 9_000).build());
    }

    @Test
    void namesInAScriptTheFontLacksAreFlaggedOnTheFirstPage() throws IOException {
        Sizing s = rules.size(Questionnaires.builder().zone("北京", "Beijing", 1_000).zone("Zürich", "Zürich", 1_000).build());
        assertThat(Brief.unprintable(s.questionnaire())).containsExactly((int) '北', (int) '京');
        assertThat(text(write(s, "beijing.pdf")).replace("\n", " ")).contains("Some names hold characters this brief's "
                + "font cannot show (U+5317, U+4EAC): they are left out here. The workbook shows every name as typed.");
        assertThat(Brief.unprintable(longZoneNames().questionnaire())).isEmpty();
    }

    @Test
    void theDecisionLogsZoneColumnHoldsEachWordOfAZoneNameWhole() throws IOException {
        String text = text(write(longZoneNames(), "zones.pdf"));
        // "Universitätskliniken" is wider than the column's usual 13 %: the column widens rather than break it.
        assertThat(text).contains("Universitätskliniken\n").doesNotContain("Universitätsklinike\n");
    }

    @Test
    void hostNamesPrintWholeInTheDrawingAndOnOneLineInTheTable() throws IOException {
        Sizing s = longZoneNames();
        assertThat(s.machines()).anyMatch(m -> m.hostName().equals("register-follower-baden-wurttemberg-01"));
        String text = text(write(s, "long.pdf"));
        // The drawing may break a host name after a hyphen, never cut it.
        String joined = text.replace("-\n", "-");
        for (Machine m : s.machines()) {
            // In the table: the whole name, then on the same line its sizes and its machine.
            assertThat(text).contains(m.hostName() + " " + n(m.vcpu()) + " " + n(m.ramGb()) + " " + n(m.servicesDiskGb()) + " "
                    + n(m.dataDiskGb()) + " " + m.label() + " ");
            assertThat(joined.split(java.util.regex.Pattern.quote(m.hostName()), -1).length - 1)
                    .as(m.hostName() + " in the table and the drawing").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void countsOfOneAreSingular() throws IOException {
        // Rapid growth: a cluster of one core, whose card names its fullest core.
        Sizing s = rules.size(Questionnaires.builder().zone("Bern", "Bern, CH", 1).writeRps("0.01").readRps("0.02")
                .retentionYears("1").rapidGrowth(true).build());
        String text = text(write(s, "one.pdf")).replaceAll("[ \t]+", " ");
        // The drawing's zone caption and the capacity card.
        assertThat(text).contains("Bern, CH · 1 user\n", "1 user · 1 core, set by", "· 1 user on the fullest core");
        assertThat(text).doesNotContain("· 1 users", "1 users ·", "1 users on the fullest core");
    }

    /** 100 years of retention: too many bars for their values, so a table of the years follows the chart. */
    static Sizing centuryOfRetention() {
        return rules.size(Questionnaires.builder().zone("Main", "Lausanne", 800).writeRps("0.001").readRps("0.002")
                .writeMBPerDay("0.02").retentionYears("100").build());
    }

    @Test
    void theYearsTableReadsInOrderAlongItsLines() throws IOException {
        Sizing s = centuryOfRetention();
        String text = text(write(s, "century.pdf"));
        List<java.util.Map.Entry<java.math.BigDecimal, Long>> years = List.copyOf(s.coreDataDiskByYear().entrySet());
        assertThat(years).hasSize(100);
        // Four consecutive years to a line, on every page the table spans.
        for (int line = 0; line < 25; line++) {
            StringBuilder expected = new StringBuilder();
            for (int i = 4 * line; i < 4 * line + 4; i++) {
                expected.append(i > 4 * line ? " " : "").append(years.get(i).getKey().toPlainString()).append(' ').append(n(years.get(i).getValue()));
            }
            assertThat(text).contains(expected + "\n");
        }
    }

    @Test
    void theChartLabelsItsLastYearInsideItAndNoLabelsTouch() throws IOException {
        Path out = write(centuryOfRetention(), "century.pdf");
        List<float[]> labels = new ArrayList<>(); // x from and to of each "year N" label
        List<String> names = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<org.apache.pdfbox.text.TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    glyphs.add(t);
                }
            };
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                glyphs.clear();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(pdf);
                // The page's text, line by line, left to right.
                java.util.Map<Integer, List<org.apache.pdfbox.text.TextPosition>> lines = new java.util.TreeMap<>();
                for (var g : glyphs) lines.computeIfAbsent(Math.round(g.getYDirAdj()), k -> new ArrayList<>()).add(g);
                for (var line : lines.values()) {
                    line.sort(java.util.Comparator.comparing(org.apache.pdfbox.text.TextPosition::getXDirAdj));
                    StringBuilder chars = new StringBuilder();
                    for (var g : line) chars.append(g.getUnicode());
                    // The chart's line of labels, not the years named in sentences and tables.
                    if (!chars.toString().matches("(year \\d+\\s*)+")) continue;
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("year \\d+").matcher(chars);
                    while (m.find()) {
                        var last = line.get(m.end() - 1);
                        labels.add(new float[] {line.get(m.start()).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
                        names.add(m.group());
                    }
                }
            }
        }
        assertThat(names).contains("year 100", "year 10");
        float right = 595.3f - Brief.MARGIN;
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i)[1]).as(names.get(i) + " inside the chart").isLessThanOrEqualTo(right + 0.5f);
            if (i > 0) assertThat(labels.get(i)[0]).as(names.get(i) + " clear of the label before").isGreaterThan(labels.get(i - 1)[1]);
        }
    }

    @Test
    void textThatDoesNotFitIsCutInTheMiddle() {
        Look look = new Look(1);
        String host = "core-frankfurt-am-main-07";
        String cut = Look.fit(look.bold, host, 7, 60);
        assertThat(cut).startsWith("core-").endsWith("…n-07");
        assertThat(look.bold.getWidthPoint(cut, 7)).isLessThanOrEqualTo(60);
        assertThat(Look.fit(look.bold, "core-ch-01", 7, 60)).isEqualTo("core-ch-01");
        assertThat(TopologyDrawing.range("core-zurich-01", "core-zurich-18")).isEqualTo("core-zurich-01 … 18");
        assertThat(TopologyDrawing.range("core-a-09", "core-a-10")).isEqualTo("core-a-09 … 10");
    }

    @Test
    void aHostNameThatDoesNotFitIsBrokenAfterAHyphenNotCut() {
        Look look = new Look(1);
        var name = TopologyDrawing.whole(look.bold, "register-follower-baden-wurttemberg-un-01", 7, 86);
        assertThat(name.lines()).hasSize(2);
        assertThat(String.join("", name.lines())).isEqualTo("register-follower-baden-wurttemberg-un-01");
        for (String line : name.lines()) assertThat(look.bold.getWidthPoint(line, name.size())).isLessThanOrEqualTo(86.01f);
        // A name that fits at 80 % of the size stays on one line.
        assertThat(TopologyDrawing.whole(look.bold, "core-region-ile-de-france-01", 7, 86).lines()).hasSize(1);
    }

    @Test
    void chartScaleIsRound() {
        assertThat(BarChart.niceTop(37_643)).isEqualTo(40_000);
        assertThat(BarChart.niceTop(3)).isEqualTo(4);
        assertThat(BarChart.niceTop(0)).isEqualTo(4);
        assertThat(BarChart.niceTop(1_100)).isEqualTo(2_000);
    }

    // ---- helpers ----

    private Path write(Sizing s, String name) throws IOException {
        Path out = dir.resolve(name);
        Brief.write(s, out);
        return out;
    }

    private static byte[] bytes(Sizing s) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Brief.write(s, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a written brief, as a PDF viewer extracts it. */
    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace("\r\n", "\n");
        }
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** RAM as the brief prints it: 0.5, 2 (the sizes of the tests stay below a thousand). */
    private static String n(java.math.BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
