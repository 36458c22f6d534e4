package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Constant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/constants.drl: each constant at the value SIZING.md and the guide state, with its source.
 * The verifier lets every input rule fire (constants, role minima, supported systems), so each test
 * checks that its rule fired once and that its constants are in what the input rules made.
 */
class ConstantsRulesTest {

    /** Two zones, so a rule that fired per zone would show up as firing twice. */
    private static final Object TWO_ZONES = Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).build();

    private static Map<String, Constant> constants(RuleVerifier.Result made) {
        // No condition: once per run, not once per questionnaire or zone.
        assertThat(made.timesFired()).isEqualTo(1);
        return made.of(Constant.class).stream().collect(Collectors.toMap(Constant::key, c -> c));
    }

    private static void assertConstant(Map<String, Constant> all, String key, String value, String unit, String source) {
        assertThat(all).containsKey(key);
        Constant c = all.get(key);
        assertThat(c.value()).as(key).isEqualByComparingTo(value);
        assertThat(c.unit()).as(key).isEqualTo(unit);
        assertThat(c.source()).as(key).isEqualTo(source);
        assertThat(c.meaning()).as(key).isNotBlank();
    }

    @Test
    void perCoreLimitsOfTheGuide() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: per-core limits of the guide"));
        // Guide, "Core number considerations": write 2000 rps, read 2000 rps, attachment reads 600 rps,
        // attachment writes "roughly speed of underlying storage system / 2" = share 0.5.
        assertConstant(all, "CORE_MAX_WRITE_RPS", "2000", "req/s", "guide");
        assertConstant(all, "CORE_MAX_READ_RPS", "2000", "req/s", "guide");
        assertConstant(all, "CORE_MAX_ATTACHMENT_READ_RPS", "600", "req/s", "guide");
        assertConstant(all, "ATTACHMENT_WRITE_SHARE_OF_STORAGE", "0.5", "ratio", "guide");
    }

    @Test
    void purchase() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: purchase"));
        assertConstant(all, "BITS_PER_BYTE", "8", "bits", "product");
        assertConstant(all, "MONTHS_PER_YEAR", "12", "months", "product");
    }

    @Test
    void upgradesForLoadSituations() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: upgrades for load situations"));
        // SIZING.md §4: above 50 % of the limit (the product's threshold; the guide gives none) → at least 4 vCPU
        // (guide); uploads → at least 4 vCPU (guide) and 8 GB RAM (product: the guide says "depending on needs").
        assertConstant(all, "HIGH_REQUEST_SHARE_OF_LIMIT", "0.5", "ratio", "product");
        assertConstant(all, "HIGH_REQUEST_MIN_VCPU", "4", "vCPU", "guide");
        assertConstant(all, "UPLOAD_MIN_VCPU", "4", "vCPU", "guide");
        assertConstant(all, "UPLOAD_MIN_RAM_GB", "8", "GB", "product");
    }

    @Test
    void storage() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: storage"));
        // SIZING.md §2: 365 days a year, /1000 MB per GB, 10^6 bytes per MB.
        assertConstant(all, "DAYS_PER_YEAR", "365", "days", "product");
        assertConstant(all, "MB_PER_GB", "1000", "MB", "product");
        assertConstant(all, "BYTES_PER_MB", "1000000", "bytes", "product");
    }

    @Test
    void platform() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: platform"));
        // §5 / guide: paging above 10 000 points; one virtual disk stops at 16 TB (product).
        assertConstant(all, "PAGING_POINTS_PER_REQUEST", "10000", "points", "guide");
        assertConstant(all, "LARGE_DATA_DISK_GB", "16000", "GB", "product");
    }

    @Test
    void theRegisterOfPryvIoV1() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: the register"));
        // SIZING.md §4: 1 automatic follower with several cores; followers replicate on tcp/6379 (Pryv config);
        // a register's data disk is 15 GB, one step more per started 100,000 users (guide: "> 100'000 ... increase the data disk").
        assertConstant(all, "AUTO_FOLLOWERS_WITH_SEVERAL_CORES", "1", "follower", "product");
        assertConstant(all, "REGISTER_REPLICATION_PORT", "6379", "tcp port", "Pryv config");
        assertConstant(all, "REGISTER_DATA_DISK_GB", "15", "GB", "guide");
        assertConstant(all, "REGISTER_USERS_PER_DISK_STEP", "100000", "users", "guide");
    }

    @Test
    void softwareOfPryvIoV1() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: software"));
        // Guide v1: Docker 19 or later; docker-compose 1.21 or later.
        assertConstant(all, "MIN_DOCKER_VERSION", "19", "version", "guide");
        assertConstant(all, "MIN_DOCKER_COMPOSE_VERSION", "1.21", "version", "guide");
        // Written as "1.21", not 1.210 or 1.2: versions are compared as text parts, so the scale matters.
        assertThat(all.get("MIN_DOCKER_COMPOSE_VERSION").value().toPlainString()).isEqualTo("1.21");
    }

    @Test
    void plausibility() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: plausibility"));
        // SIZING.md §5: a zone above 100 cores, a platform above 1,000 machines (the product's choice).
        assertConstant(all, "PLAUSIBLE_MAX_ZONE_CORES", "100", "cores", "product");
        assertConstant(all, "PLAUSIBLE_MAX_MACHINES", "1000", "machines", "product");
    }

    @Test
    void theLargestSizingLaidOut() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: the largest sizing laid out"));
        // The product's bound: 100,000 machines, one workbook line each (SECURITY.md).
        assertConstant(all, "MAX_MACHINES", "100000", "machines", "product");
    }

    @Test
    void firewallOpenings() {
        var all = constants(RuleVerifier.given(TWO_ZONES).fire("constants: firewall openings"));
        // SIZING.md §4: HTTPS tcp/443 and DNS 53 are the guide's service ports; SSH 22, NTP 123 and mail
        // submission 587 are the well-known ports of the openings this tool adds (RFC 4253, 5905, 6409).
        assertConstant(all, "HTTPS_PORT", "443", "tcp port", "guide");
        assertConstant(all, "DNS_PORT", "53", "udp and tcp port", "guide");
        assertConstant(all, "SSH_PORT", "22", "tcp port", "product");
        assertConstant(all, "NTP_PORT", "123", "udp port", "product");
        assertConstant(all, "SMTP_SUBMISSION_PORT", "587", "tcp port", "product");
    }

    @Test
    void everyConstantIsListedOnceAndTestedHere() {
        // Must not match anything unlisted: the constants made are exactly the 27 above, each key once.
        var made = RuleVerifier.given().fire("constants: storage").of(Constant.class);
        List<String> keys = made.stream().map(Constant::key).toList();
        assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "CORE_MAX_WRITE_RPS", "CORE_MAX_READ_RPS", "CORE_MAX_ATTACHMENT_READ_RPS", "ATTACHMENT_WRITE_SHARE_OF_STORAGE",
                "HIGH_REQUEST_SHARE_OF_LIMIT", "HIGH_REQUEST_MIN_VCPU", "UPLOAD_MIN_VCPU", "UPLOAD_MIN_RAM_GB",
                "DAYS_PER_YEAR", "MB_PER_GB", "BYTES_PER_MB", "REGISTER_DATA_DISK_GB", "REGISTER_USERS_PER_DISK_STEP",
                "AUTO_FOLLOWERS_WITH_SEVERAL_CORES", "REGISTER_REPLICATION_PORT", "PAGING_POINTS_PER_REQUEST", "LARGE_DATA_DISK_GB",
                "MIN_DOCKER_VERSION", "MIN_DOCKER_COMPOSE_VERSION", "BITS_PER_BYTE", "MONTHS_PER_YEAR", "PLAUSIBLE_MAX_ZONE_CORES", "PLAUSIBLE_MAX_MACHINES", "MAX_MACHINES",
                "HTTPS_PORT", "DNS_PORT", "SSH_PORT", "NTP_PORT", "SMTP_SUBMISSION_PORT");
    }
}
