package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.PurchaseLine.Kind;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pryv.sizer.rules.ExactRecords.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/purchase-v2.drl: the domain as a v2 platform answers DNS (a single core: a host name, no delegation; several
 * cores with Embedded DNS: the domain delegated to the cores; an External DNS provider: the records there, lsc.DOMAIN
 * included), the certificate to match, and no licence line (open-source image).
 */
class V2PurchaseRulesTest {

    private static Questionnaire v2(String dnsMode) {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").set(Question.DNS_MODE, dnsMode).build();
    }

    /** Year 1 with {@code cores} cores over two zones (CH takes the odd one) and a database host per core. */
    private static PlanYear year1(Topology topology, long cores) {
        List<MachineGroup> groups = cores == 1
                ? List.of(new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 2, new BigDecimal("8"), 20, 15),
                        new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "CH", 1, 2, new BigDecimal("4"), 20, 15))
                : List.of(new MachineGroup(Role.CORE, Tier.NONE, "CH", cores - cores / 2, 2, new BigDecimal("8"), 20, 15),
                        new MachineGroup(Role.CORE, Tier.NONE, "DE", cores / 2, 2, new BigDecimal("8"), 20, 15),
                        new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "CH", cores - cores / 2, 2, new BigDecimal("4"), 20, 15),
                        new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "DE", cores / 2, 2, new BigDecimal("4"), 20, 15));
        return new PlanYear(1, topology, List.of(), List.of(), groups, groups, null);
    }

    private static RuleVerifier.Result domain(Questionnaire q, PlanYear y) {
        return RuleVerifier.given(q, y).fire("purchase v2: the domain, as the platform answers DNS");
    }

    @Test
    void aSingleCoreNeedsAHostNameAndNoDelegation() {
        var made = domain(v2("Embedded DNS"), year1(Topology.SINGLE_CORE, 1));
        assertSame(made.one(PurchaseLine.class), new PurchaseLine(Kind.DOMAIN, "Host name", "", BigDecimal.ONE, "host name",
                "A host name for the platform's public URL, with an A record to the core's public address; nothing is "
                        + "delegated, as a single core runs without DNS of its own", null));
        assertThat(made.reasons()).isEqualTo("single core: a host name for the public URL, no delegation");
        // The DNS answer is for several cores only: the same line with an External DNS provider.
        assertThat(domain(v2("External DNS provider"), year1(Topology.SINGLE_CORE, 1)).one(PurchaseLine.class).item())
                .isEqualTo("Host name");
    }

    @Test
    void severalCoresWithEmbeddedDnsGetTheDomainDelegated() {
        // 3 cores: 2 in CH, 1 in DE; the database hosts are not name servers.
        var made = domain(v2("Embedded DNS"), year1(Topology.MULTI_CORE_COMPLIANCE, 3));
        assertSame(made.one(PurchaseLine.class), new PurchaseLine(Kind.DOMAIN, "Domain name", "", BigDecimal.ONE, "domain",
                "A domain whose DNS zone you can edit; the platform's domain is delegated by NS records to the 3 cores, "
                        + "which answer DNS for it", null));
        assertThat(made.reasons()).isEqualTo("3 cores, Embedded DNS: the domain delegated to the cores");
    }

    @Test
    void anExternalDnsProviderHoldsTheRecordsTheCoresFindEachOtherBy() {
        var made = domain(v2("External DNS provider"), year1(Topology.MULTI_CORE_LOAD, 2));
        assertSame(made.one(PurchaseLine.class), new PurchaseLine(Kind.DOMAIN, "Domain name", "", BigDecimal.ONE, "domain",
                "A domain at your DNS provider, holding the platform's records: an A record for each of the 2 cores' host "
                        + "names, and lsc.DOMAIN with an A record per core, by which the cores find each other", null));
        assertThat(made.reasons()).isEqualTo("2 cores, External DNS provider: the records at the provider, lsc.DOMAIN included");
    }

    @Test
    void theCertificateFollowsTheNames() {
        assertSame(RuleVerifier.given(v2("Embedded DNS"), year1(Topology.SINGLE_CORE, 1))
                        .fire("purchase v2: a TLS certificate for the platform's names").one(PurchaseLine.class),
                new PurchaseLine(Kind.CERTIFICATE, "TLS certificate", "", BigDecimal.ONE, "certificate",
                        "For the host name of the platform's public URL", null));
        assertSame(RuleVerifier.given(v2("External DNS provider"), year1(Topology.MULTI_CORE_LOAD, 2))
                        .fire("purchase v2: a TLS certificate for the platform's names").one(PurchaseLine.class),
                new PurchaseLine(Kind.CERTIFICATE, "Wildcard TLS certificate", "", BigDecimal.ONE, "certificate",
                        "For DOMAIN and *.DOMAIN, DOMAIN being the platform's domain: every core's and user's address falls "
                                + "under it", null));
    }

    @Test
    void noLicenceNorRegisterDelegationInV2() {
        // v1's rules are not in the v2 profile: the open-source image needs no licence key.
        assertThat(RuleVerifier.given(v2("Embedded DNS"), year1(Topology.SINGLE_CORE, 1))
                .fire("purchase: the licence key and the credentials to pull the images, from Pryv").timesFired()).isZero();
        assertThat(RuleVerifier.given(v2("Embedded DNS"), year1(Topology.SINGLE_CORE, 1))
                .fire("purchase: the domain, delegated to the register machines").timesFired()).isZero();
        // The shared lines come to v2: its machines, database hosts included.
        Questionnaire ch = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(ch, year1(Topology.SINGLE_CORE, 1))
                .fire("purchase: each machine of the bill of materials").of(PurchaseLine.class))
                .extracting(PurchaseLine::item).containsExactly("Virtual machine: core", "Virtual machine: database host");
    }
}
