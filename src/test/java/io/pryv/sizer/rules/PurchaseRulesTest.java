package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.*;
import io.pryv.sizer.model.PurchaseLine.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/shared/purchase.drl and rules/v1/purchase-v1.drl, on a two-zone priced bill of materials worked by hand: CH has the static-web, the register
 * leader and 2 cores of 2 vCPU, 4 GB, 30 GB, 100 GB; DE a register follower and 3 cores of 4 vCPU, 8 GB, 30 GB, 200 GB.
 * Prices a month: 10 per machine, 20 per vCPU, 5 per GB of RAM, 0.1 per GB of services disk, 0.05 per GB of data disk.
 */
class PurchaseRulesTest {
    private static final MachineGroup WEB = group(Role.STATIC_WEB, Tier.NONE, "CH", 1, 1, "0.5", 10, 0);
    private static final MachineGroup LEADER = group(Role.REGISTER, Tier.LEADER, "CH", 1, 1, "2", 20, 15);
    private static final MachineGroup CORES_CH = group(Role.CORE, Tier.NONE, "CH", 2, 2, "4", 30, 100);
    private static final MachineGroup FOLLOWER = group(Role.REGISTER, Tier.FOLLOWER, "DE", 1, 1, "2", 20, 15);
    private static final MachineGroup CORES_DE = group(Role.CORE, Tier.NONE, "DE", 3, 4, "8", 30, 200);

    private static MachineGroup group(Role role, Tier tier, String zone, long count, int vcpu, String ram, int services, long data) {
        return new MachineGroup(role, tier, zone, count, vcpu, new BigDecimal(ram), services, data);
    }

    /** Year 1 buys the groups, listed out of order: the lines come zone by zone, in role order. */
    private static PlanYear year1(MachineGroup... added) {
        return new PlanYear(1, Topology.CLUSTER_COMPLIANCE_ZONES, List.of(), List.of(), List.of(added), List.of(added), null);
    }

    private static final PlanYear CLUSTER = year1(CORES_DE, CORES_CH, FOLLOWER, LEADER, WEB);

    private static Questionnaires.Builder twoZones() {
        return Questionnaires.builder().zone("CH", "Zürich", 1_000).zone("DE", "Frankfurt", 2_000);
    }

    private static Questionnaire priced() {
        return twoZones().currency("CHF").set(Question.PRICE_MACHINE_MONTH, "10").set(Question.PRICE_VCPU_MONTH, "20")
                .set(Question.PRICE_RAM_GB_MONTH, "5").set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.1")
                .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.05").build();
    }

    private static PurchaseLine line(Kind kind, String item, String zone, String quantity, String unit, String spec, String cost) {
        return new PurchaseLine(kind, item, zone, new BigDecimal(quantity), unit, spec, cost == null ? null : new BigDecimal(cost));
    }

    /** Lines compared with their numbers by value: 2 and 2.00 are the same quantity. */
    private static void assertLines(List<PurchaseLine> made, PurchaseLine... expected) {
        assertThat(made).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(expected);
    }

    @Test
    void eachMachineIsALineWithItsMonthlyCost() {
        // A machine a month: 10 + 20 × vCPU + 5 × RAM + 0.1 × services disk + 0.05 × data disk.
        // static-web 10 + 20 + 2.5 + 1 + 0 = 33.5; a register 10 + 20 + 10 + 2 + 0.75 = 42.75;
        // CH core 10 + 40 + 20 + 3 + 5 = 78, × 2 = 156; DE core 10 + 80 + 40 + 3 + 10 = 143, × 3 = 429.
        var made = RuleVerifier.given(priced(), CLUSTER).fire("purchase: each machine of the bill of materials");
        assertLines(made.of(PurchaseLine.class),
                line(Kind.MACHINE, "Virtual machine: static-web", "CH", "1", "machines",
                        "1 vCPU, 0.5 GB RAM, 10 GB services disk, no data disk", "33.5"),
                line(Kind.MACHINE, "Virtual machine: register leader", "CH", "1", "machines",
                        "1 vCPU, 2 GB RAM, 20 GB services disk, 15 GB data disk", "42.75"),
                line(Kind.MACHINE, "Virtual machine: core", "CH", "2", "machines",
                        "2 vCPU, 4 GB RAM, 30 GB services disk, 100 GB data disk", "156"),
                line(Kind.MACHINE, "Virtual machine: register follower", "DE", "1", "machines",
                        "1 vCPU, 2 GB RAM, 20 GB services disk, 15 GB data disk", "42.75"),
                line(Kind.MACHINE, "Virtual machine: core", "DE", "3", "machines",
                        "4 vCPU, 8 GB RAM, 30 GB services disk, 200 GB data disk", "429"));
        assertThat(made.reasons()).contains("CH: 2 cores to order, 156.00 CHF a month");
    }

    @Test
    void aMachineCostsWhatYear1PaysForItsDataDiskAsProvisioned() {
        // Year 1 runs the CH cores with 40 GB of their 100: 10 + 40 + 20 + 3 + 0.05 × 40 = 75 a month, × 2 = 150.
        PlanYear year1 = new PlanYear(1, Topology.CLUSTER_SINGLE_CORE, List.of(), List.of(),
                List.of(group(Role.CORE, Tier.NONE, "CH", 2, 2, "4", 30, 40)), List.of(CORES_CH), null);
        var made = RuleVerifier.given(priced(), year1).fire("purchase: each machine of the bill of materials");
        assertThat(made.one(PurchaseLine.class).monthlyCost()).isEqualByComparingTo("150");
        assertThat(made.one(PurchaseLine.class).specification()).endsWith("100 GB data disk");
    }

    @Test
    void withoutPricesAMachineHasNoCost() {
        var made = RuleVerifier.given(twoZones().build(), year1(WEB)).fire("purchase: each machine of the bill of materials");
        assertThat(made.one(PurchaseLine.class).monthlyCost()).isNull();
        assertThat(made.reasons()).isEqualTo("CH: 1 static-web to order");
    }

    @Test
    void dataDisksCarryTheWriteSpeedTheCoreCountAssumed() {
        // CH: register leader 15 + 2 cores × 100 = 215 GB on 3 disks; DE: follower 15 + 3 × 200 = 615 GB on 4 disks.
        Questionnaire q = twoZones().set(Question.STORAGE_THROUGHPUT_MBPS, "350").build();
        var made = RuleVerifier.given(q, CLUSTER).fire("purchase: data disks at the write speed the core count assumed");
        assertLines(made.of(PurchaseLine.class),
                line(Kind.DATA_DISK, "Data disk", "CH", "215", "GB",
                        "3 disks, one per machine, each sustaining at least 350 MB/s of writes; priced with the machines", null),
                line(Kind.DATA_DISK, "Data disk", "DE", "615", "GB",
                        "4 disks, one per machine, each sustaining at least 350 MB/s of writes; priced with the machines", null));
    }

    @Test
    void everyMachineThatAnswersClientsHasAPublicAddress() {
        // Every role of the guide has inbound ports: CH 1 + 1 + 2 = 4 addresses, DE 1 + 3 = 4.
        var made = RuleVerifier.given(twoZones().build(), CLUSTER)
                .fire("purchase: a public IPv4 address per machine that answers clients");
        assertLines(made.of(PurchaseLine.class),
                line(Kind.PUBLIC_IPV4, "Public IPv4 address", "CH", "4", "addresses",
                        "One per machine that answers clients: 1 static-web, 1 register leader, 2 cores", null),
                line(Kind.PUBLIC_IPV4, "Public IPv4 address", "DE", "4", "addresses",
                        "One per machine that answers clients: 1 register follower, 3 cores", null));
    }

    @Test
    void theDomainIsDelegatedToTheLeaderAndAFollower() {
        var made = RuleVerifier.given(twoZones().build(), CLUSTER).fire("purchase: the domain, delegated to the register machines");
        assertLines(made.of(PurchaseLine.class), line(Kind.DOMAIN, "Domain name", "", "1", "domain",
                "A domain whose DNS zone you can edit: two A records name the register leader and a register follower as "
                        + "name servers, and two NS records delegate the platform's sub-domain to them", null));
    }

    @Test
    void aSingleRegisterOrASingleNodeIsNamedTwice() {
        Questionnaire q = twoZones().build();
        var oneRegister = RuleVerifier.given(q, year1(WEB, LEADER, CORES_CH)).fire("purchase: the domain, delegated to the register machines");
        assertThat(oneRegister.one(PurchaseLine.class).specification())
                .startsWith("A domain whose DNS zone you can edit: two A records name the register leader twice (there is a "
                        + "single register) as name servers");
        var singleNode = RuleVerifier.given(q, year1(group(Role.SINGLE_NODE, Tier.NONE, "CH", 1, 2, "4", 30, 50)))
                .fire("purchase: the domain, delegated to the register machines");
        assertThat(singleNode.one(PurchaseLine.class).specification())
                .startsWith("A domain whose DNS zone you can edit: two A records name the single node twice as name servers");
    }

    @Test
    void oneWildcardCertificateForThePlatform() {
        var made = RuleVerifier.given(twoZones().build(), CLUSTER).fire("purchase: a wildcard TLS certificate for the platform's domain");
        assertLines(made.of(PurchaseLine.class), line(Kind.CERTIFICATE, "Wildcard TLS certificate", "", "1", "certificate",
                "For *.DOMAIN, DOMAIN being the platform's domain: every user's address falls under it", null));
    }

    @Test
    void theLicenceAndTheImageCredentialsComeFromPryv() {
        var made = RuleVerifier.given(twoZones().build(), CLUSTER)
                .fire("purchase: the licence key and the credentials to pull the images, from Pryv");
        assertLines(made.of(PurchaseLine.class), line(Kind.LICENCE, "Pryv.io licence key", "", "1", "licence",
                "From Pryv, with the credentials to pull the platform's container images and its configuration files", null));
    }

    @Test
    void oneMailRelayOnTheSubmissionPort() {
        var made = RuleVerifier.given(twoZones().build(), CLUSTER)
                .fire("purchase: an e-mail relay for account creation and password reset");
        assertLines(made.of(PurchaseLine.class), line(Kind.EMAIL_RELAY, "E-mail relay (SMTP)", "", "1", "account",
                "An SMTP server or mail service that accepts the platform's mail on tcp/587: it mails users on account creation "
                        + "and password reset", null));
    }

    @Test
    void eachZoneBacksUpItsDataDisksTimesTheCopies() {
        // Default 2 copies: CH 215 × 2 = 430 GB, DE 615 × 2 = 1,230 GB. With 3: CH 645 GB.
        var made = RuleVerifier.given(twoZones().build(), CLUSTER).fire("purchase: backup storage per zone");
        assertLines(made.of(PurchaseLine.class),
                line(Kind.BACKUP_STORAGE, "Backup storage", "CH", "430", "GB",
                        "2 full copies of the zone's 215 GB of data disks, kept in the zone", null),
                line(Kind.BACKUP_STORAGE, "Backup storage", "DE", "1230", "GB",
                        "2 full copies of the zone's 615 GB of data disks, kept in the zone", null));
        var three = RuleVerifier.given(twoZones().set(Question.BACKUP_COPIES, "3").build(), CLUSTER)
                .fire("purchase: backup storage per zone");
        assertThat(three.of(PurchaseLine.class).get(0).quantity()).isEqualByComparingTo("645");
        assertThat(three.reasons()).startsWith("CH: 215 GB of data disks × 3 full copies = 645 GB of backup storage");
    }

    @Test
    void uploadBandwidthIsThePeakAttachmentWritesInMegabits() {
        // CH 12.5 MB/s × 8 = 100 Mbit/s; DE 0.3 × 8 = 2.4, rounded up to 3; a zone without uploads has no line.
        Questionnaire q = twoZones().zone("FR", "Paris", 10).build();
        var made = RuleVerifier.given(q, CLUSTER,
                new MetricLoad("CH", Metric.ATTACHMENT_WRITE_MBPS, new BigDecimal("12.5"), new BigDecimal("100"), 1),
                new MetricLoad("DE", Metric.ATTACHMENT_WRITE_MBPS, new BigDecimal("0.3"), new BigDecimal("100"), 1),
                new MetricLoad("FR", Metric.ATTACHMENT_WRITE_MBPS, BigDecimal.ZERO, new BigDecimal("100"), 0))
                .fire("purchase: upload bandwidth from the attachment writes");
        assertThat(made.of(PurchaseLine.class)).extracting(PurchaseLine::zone, l -> l.quantity().longValueExact(), PurchaseLine::unit)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CH", 100L, "Mbit/s"),
                        org.assertj.core.groups.Tuple.tuple("DE", 3L, "Mbit/s"));
    }

    @Test
    void outboundTransferIsTheDailyReadsOverAMonth() {
        // CH 2,400 MB × 365 / 12 / 1,000 = 73 GB; DE 1,000 × 365 / 12,000 = 30.42, rounded up to 31.
        var made = RuleVerifier.given(twoZones().build(), CLUSTER,
                new DailyEgress("CH", new BigDecimal("2400")), new DailyEgress("DE", new BigDecimal("1000")))
                .fire("purchase: outbound transfer from the daily reads");
        assertThat(made.of(PurchaseLine.class)).extracting(PurchaseLine::zone, l -> l.quantity().longValueExact(), PurchaseLine::unit)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CH", 73L, "GB per month"),
                        org.assertj.core.groups.Tuple.tuple("DE", 31L, "GB per month"));
    }
}
