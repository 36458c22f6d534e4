package io.pryv.sizer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pryv.sizer.Output;
import io.pryv.sizer.Pipeline;
import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.rules.SizingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON result (SIZING §10) of the examples, written through the pipeline and checked against the committed schema. */
class SizingJsonTest {
    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static SizingRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = SizingRules.load(Path.of("rules"));
    }

    private Path sizeToJson(String example, Path outDir) throws Exception {
        new Pipeline(rules, EnumSet.of(Output.JSON)).run(EXAMPLES.resolve(example + ".xlsx"), outDir, example);
        return outDir.resolve(example + "-sizing.json");
    }

    /** Every committed example, so that a new one is checked too. */
    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx"))
                    .map(n -> n.substring(0, n.length() - ".xlsx".length())).sorted().toList();
            assertThat(names).contains("small-clinic", "national-health-service", "multi-country-research");
            return names.stream();
        }
    }

    private static JsonNode json(Sizing sizing) throws IOException {
        return SizingJson.read(text(sizing).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Sizing sizing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SizingJson.write(sizing, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleWritesJsonThatTheSchemaAcceptsAndTheSameBytesTwice(String example) throws Exception {
        Path first = sizeToJson(example, dir.resolve("a"));
        Path second = sizeToJson(example, dir.resolve("b"));
        assertThat(ResultSchema.problems(first)).isEmpty();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        // Only this output was asked for.
        assertThat(Files.list(dir.resolve("a")).map(p -> p.getFileName().toString())).containsExactly(example + "-sizing.json");
    }

    @Test
    void smallClinicHoldsTheFiguresWorkedByHand() throws Exception {
        Path file = sizeToJson("small-clinic", dir);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode json = SizingJson.read(Files.readAllBytes(file));
        // Keys in the order SIZING §10 lists them, after what the file was made from.
        assertThat(json.fieldNames()).toIterable().containsExactly("toolVersion", "templateVersion", "profile", "rulesVersion",
                "customer", "project", "topology", "totals", "machines", "zones", "plan", "costs", "purchase", "findings", "decisions");
        assertThat(json.get("customer").asText()).isEqualTo("Lakeside Family Clinic");
        assertThat(json.get("project").asText()).isEqualTo("Patient diary app");
        assertThat(json.get("topology").asText()).isEqualTo("SINGLE_NODE");
        // SizeExamplesIT: 800 users, 1 core, single node of 2 vCPU / 4 GB; disk ⌈182.5⌉ = 183 GB.
        assertThat(text).contains("""
                  "totals" : {
                    "machines" : 1,
                    "cores" : 1,
                    "vcpu" : 2,
                    "ramGb" : 4,
                """).contains("\"dataDiskGb\" : 183\n");
        JsonNode zone = json.get("zones").get(0);
        assertThat(zone.get("name").asText() + " " + zone.get("location").asText() + " " + zone.get("users") + " " + zone.get("cores"))
                .isEqualTo("Main Lausanne 800 1");
        // 800 users × 0.001 write req/s × 1.2 peak = 0.96, written exactly.
        assertThat(zone.get("loads").get(0).toString()).startsWith("{\"metric\":\"WRITE_RPS\",\"unit\":\"req/s\",\"load\":0.96,");
        assertThat(json.get("machines").get(0).get("host").asText()).isEqualTo("pryv-node");
        assertThat(json.get("machines").get(0).get("role").asText()).isEqualTo("SINGLE_NODE");
    }

    /**
     * Two zones that grow over 3 years, priced (SIZING §7-§9), worked by hand. No margin; 0.02 write req/s per user
     * against 2,000 per core, so a core holds 100,000 users; 1 MB a day per user kept 2 years, no disk headroom.
     * CH: 40,000 users, then 120,000 in year 2 (year 3 blank: as year 2). DE: 10,000, year 2 blank, 30,000 in year 3.
     */
    static Questionnaire twoGrowingZones() {
        return Questionnaires.builder().zone("CH", "Bern", 40_000, 120_000L).zone("DE", "Frankfurt", 10_000, null, 30_000L)
                .planYears(3).margin("0").writeRps("0.02").writeMBPerDay("1").retentionYears("2").headroom("0")
                .currency("CHF").set(Question.PRICE_VCPU_MONTH, "10").set(Question.PRICE_RAM_GB_MONTH, "2.5")
                .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.005").build();
    }

    @Test
    void thePlanOfTwoGrowingZonesHoldsTheFiguresWorkedByHand() throws Exception {
        Sizing sizing = rules.size(twoGrowingZones());
        String text = text(sizing);
        JsonNode json = json(sizing);
        assertThat(ResultSchema.problems(json)).isEmpty();
        // Cores: CH ⌈800 / 2,000⌉ = 1, ⌈2,400 / 2,000⌉ = 2 in year 2 (kept in year 3); DE 200, 200, 600 req/s: 1 core.
        // Most users on one core F: CH 40,000, then ⌈120,000 / 2⌉ = 60,000; DE 10,000, 10,000, 30,000.
        // Data disk provisioned per core D = ⌈F × 1 MB × 365 × min(k, 2) / 1,000⌉:
        // CH 40,000 × 0.365 = 14,600; 60,000 × 0.73 = 43,800 in years 2 and 3; DE 3,650; 7,300; 30,000 × 0.73 = 21,900.
        // User limit ⌊c × 2,000 / 0.02⌋ = c × 100,000 (write requests, the only load).
        JsonNode plan = json.get("plan");
        assertThat(plan).hasSize(3);
        assertThat(plan.get(0).fieldNames()).toIterable()
                .containsExactly("year", "topology", "zones", "machines", "cores", "added", "dataDiskGb", "cost");
        assertThat(text).contains("""
                      "name" : "CH",
                      "users" : 120000,
                      "cores" : 2,
                      "userLimit" : 200000,
                      "limitMetric" : "WRITE_RPS",
                      "dataDiskGbPerCore" : 43800
                """);
        assertThat(zoneYears(plan)).containsExactly(
                "1 CH 40000 1 100000 14600", "1 DE 10000 1 100000 3650",
                "2 CH 120000 2 200000 43800", "2 DE 10000 1 100000 7300",
                "3 CH 120000 2 200000 43800", "3 DE 30000 1 100000 21900");
        // Two zones: compliance zones every year. Year 1: static-web, register leader, 1 follower (2 cores on the
        // platform; it stands in the second zone), a core in each zone = 5 machines; year 2 buys a core in CH.
        // The registers' disks: 15 × ⌈150,000 / 100,000⌉ = 30 GB for the busiest year's 150,000 users, from year 1.
        // Disk provisioned: 60 + 14,600 + 3,650 = 18,310; 60 + 2 × 43,800 + 7,300 = 94,960; 60 + 87,600 + 21,900 = 109,560.
        assertThat(years(plan)).containsExactly(
                "1 CLUSTER_COMPLIANCE_ZONES 5 2 18310", "2 CLUSTER_COMPLIANCE_ZONES 6 3 94960", "3 CLUSTER_COMPLIANCE_ZONES 6 3 109560");
        assertThat(plan.get(0).get("added").toString()).isEqualTo("[{\"role\":\"STATIC_WEB\",\"tier\":\"NONE\",\"zone\":\"CH\",\"count\":1},"
                + "{\"role\":\"REGISTER\",\"tier\":\"LEADER\",\"zone\":\"CH\",\"count\":1},"
                + "{\"role\":\"REGISTER\",\"tier\":\"FOLLOWER\",\"zone\":\"DE\",\"count\":1},"
                + "{\"role\":\"CORE\",\"tier\":\"NONE\",\"zone\":\"CH\",\"count\":1},"
                + "{\"role\":\"CORE\",\"tier\":\"NONE\",\"zone\":\"DE\",\"count\":1}]");
        assertThat(plan.get(1).get("added").toString()).isEqualTo("[{\"role\":\"CORE\",\"tier\":\"NONE\",\"zone\":\"CH\",\"count\":1}]");
        assertThat(plan.get(2).get("added")).isEmpty();
        // Totals: the bill of materials, CH's cores at 4 vCPU (2,400 / 2 = 1,200 req/s a core in year 2, above half of
        // 2,000) and sized for F: CH 60,000 × 0.73 = 43,800 GB, DE 21,900 GB. vCPU 1 + 1 + 1 + 4 + 2 = 9; RAM 0.5 + 2 + 2
        // + 4 + 4 = 12.5; services 10 + 20 + 20 + 30 + 30 = 110; data 30 + 30 + 43,800 + 21,900 = 65,760. Year 3: 6 machines, 3 cores.
        assertThat(json.get("totals").toString()).isEqualTo("{\"machines\":5,\"cores\":2,\"vcpu\":9,\"ramGb\":12.5,"
                + "\"servicesDiskGb\":110,\"dataDiskGb\":65760,\"planYears\":3,\"planMachines\":6,\"planCores\":3}");
        // Per month: static-web 1 × 10 + 0.5 × 2.5 = 11.25; a register 10 + 2 × 2.5 + 30 × 0.005 = 15.15; a CH core
        // 4 × 10 + 4 × 2.5 = 50, a DE core 30, each + D × 0.005.
        // Year 1: 11.25 + 2 × 15.15 + (50 + 73) + (30 + 18.25) = 212.80 → × 12 = 2,553.60.
        // Year 2: 41.55 + 2 × (50 + 219) + (30 + 36.50) = 646.05 → 7,752.60. Year 3: 41.55 + 538 + (30 + 109.50) = 719.05 → 8,628.60.
        // Plan: 2,553.60 + 7,752.60 + 8,628.60 = 18,934.80. Machine and services-disk prices blank: counted as 0.
        assertThat(text).contains("\"cost\" : 2553.60\n", "\"cost\" : 7752.60\n", "\"cost\" : 8628.60\n", """
                  "costs" : {
                    "currency" : "CHF",
                    "year1" : 2553.60,
                    "plan" : 18934.80,
                    "blankPrices" : [ "PriceMachineMonth", "PriceServicesDiskGbMonth" ]
                  },
                """);
        // Year 1 of the plan is what the bill of materials buys: the zones' headroom is the same.
        assertThat(json.get("zones").get(0).get("userLimit").asLong()).isEqualTo(100_000);
        assertThat(json.get("zones").get(0).get("limitMetric").asText()).isEqualTo("WRITE_RPS");
        assertThat(text(rules.size(twoGrowingZones()))).isEqualTo(text);
    }

    @Test
    void theOrderLinesOfTwoGrowingZonesHoldTheFiguresWorkedByHand() throws Exception {
        Sizing sizing = rules.size(twoGrowingZones());
        String text = text(sizing);
        JsonNode purchase = json(sizing).get("purchase");
        // The bill of materials (see the plan's test): CH a static-web of 1 vCPU, 0.5 GB; a register leader of 1 vCPU,
        // 2 GB, 20 GB services and 30 GB data disk; a core of 4 vCPU, 4 GB, 43,800 GB (14,600 provisioned in year 1).
        // DE a register follower as the leader, a core of 2 vCPU, 4 GB, 21,900 GB (3,650 in year 1).
        // A month, data disk as year 1 provisions it (SIZING §9): static-web 10 + 0.5 × 2.5 = 11.25; a register
        // 10 + 2 × 2.5 + 30 × 0.005 = 15.15; CH core 40 + 10 + 73 = 123; DE core 20 + 10 + 18.25 = 48.25. They add up to
        // 212.80, year 1's 2,553.60 / 12.
        // Data disks: CH 30 + 43,800 = 43,830 GB, DE 30 + 21,900 = 21,930; backup 2 copies (the default) of them.
        // Every machine answers clients: 3 addresses in CH, 2 in DE. No uploads and no reads: no network lines.
        assertThat(rows(purchase)).containsExactly(
                "MACHINE|Virtual machine: static-web|CH|1|machines|11.25",
                "MACHINE|Virtual machine: register leader|CH|1|machines|15.15",
                "MACHINE|Virtual machine: core|CH|1|machines|123.0",
                "MACHINE|Virtual machine: register follower|DE|1|machines|15.15",
                "MACHINE|Virtual machine: core|DE|1|machines|48.25",
                "DATA_DISK|Data disk|CH|43830|GB|null",
                "DATA_DISK|Data disk|DE|21930|GB|null",
                "PUBLIC_IPV4|Public IPv4 address|CH|3|addresses|null",
                "PUBLIC_IPV4|Public IPv4 address|DE|2|addresses|null",
                "DOMAIN|Domain name|null|1|domain|null",
                "CERTIFICATE|Wildcard TLS certificate|null|1|certificate|null",
                "LICENCE|Pryv.io licence key|null|1|licence|null",
                "EMAIL_RELAY|E-mail relay (SMTP)|null|1|account|null",
                "BACKUP_STORAGE|Backup storage|CH|87660|GB|null",
                "BACKUP_STORAGE|Backup storage|DE|43860|GB|null");
        // Keys in a fixed order; amounts in two decimals; the platform's zone and an unpriced cost are JSON nulls.
        assertThat(text).contains("""
                    "kind" : "MACHINE",
                    "item" : "Virtual machine: core",
                    "zone" : "CH",
                    "quantity" : 1,
                    "unit" : "machines",
                    "specification" : "4 vCPU, 4 GB RAM, 30 GB services disk, 43,800 GB data disk",
                    "monthlyCost" : 123.00
                  }, {
                """, """
                    "kind" : "DOMAIN",
                    "item" : "Domain name",
                    "zone" : null,
                    "quantity" : 1,
                    "unit" : "domain",
                    "specification" : "A domain whose DNS zone you can edit: two A records name the register leader and a register follower as name servers, and two NS records delegate the platform's sub-domain to them",
                    "monthlyCost" : null
                  }, {
                """);
        assertThat(ResultSchema.problems(json(sizing))).isEmpty();
    }

    @Test
    void withoutPricesNoOrderLineHasACostAndNetworkLinesComeLast() throws Exception {
        // 1,000 users, no margin: 1,000 × 0.01 = 10 MB/s of uploads × 8 = 80 Mbit/s; 1,000 × 2 MB = 2,000 MB read a day
        // × 365 / 12 / 1,000 = 60.83, rounded up to 61 GB a month.
        Sizing sizing = rules.size(Questionnaires.builder().zone("CH", "Bern", 1_000).margin("0").attachmentWriteMBps("0.01")
                .readMBPerDay("2").currency("CHF").build());
        JsonNode purchase = json(sizing).get("purchase");
        List<String> rows = rows(purchase);
        assertThat(rows).allMatch(row -> row.endsWith("|null"));
        assertThat(rows).contains("DOMAIN|Domain name|null|1|domain|null").endsWith(
                "UPLOAD_BANDWIDTH|Inbound bandwidth|CH|80|Mbit/s|null",
                "OUTBOUND_TRANSFER|Outbound transfer|CH|61|GB per month|null");
        assertThat(ResultSchema.problems(json(sizing))).isEmpty();
    }

    /** An order line as kind|item|zone|quantity|unit|monthlyCost, nulls written null, numbers as read back (123.00 is 123.0). */
    private static List<String> rows(JsonNode purchase) {
        List<String> rows = new ArrayList<>();
        for (JsonNode l : purchase) {
            List<String> fields = new ArrayList<>();
            for (String key : List.of("kind", "item", "zone", "quantity", "unit", "monthlyCost")) {
                fields.add(l.get(key).isTextual() ? l.get(key).asText() : l.get(key).toString());
            }
            rows.add(String.join("|", fields));
        }
        return rows;
    }

    private static List<String> zoneYears(JsonNode plan) {
        List<String> rows = new ArrayList<>();
        for (JsonNode year : plan) {
            for (JsonNode z : year.get("zones")) {
                rows.add(year.get("year") + " " + z.get("name").asText() + " " + z.get("users") + " " + z.get("cores") + " "
                        + z.get("userLimit") + " " + z.get("dataDiskGbPerCore"));
            }
        }
        return rows;
    }

    private static List<String> years(JsonNode plan) {
        List<String> rows = new ArrayList<>();
        for (JsonNode year : plan) {
            rows.add(year.get("year") + " " + year.get("topology").asText() + " " + year.get("machines") + " " + year.get("cores")
                    + " " + year.get("dataDiskGb"));
        }
        return rows;
    }

    @Test
    void withoutPricesCostsAreNullEvenWithACurrency() throws Exception {
        Sizing sizing = rules.size(Questionnaires.builder().zone("CH", "Bern", 1_000).planYears(2).currency("CHF").build());
        String text = text(sizing);
        assertThat(text).contains("\"cost\" : null\n", "\"costs\" : null,\n").doesNotContain("\"cost\" : 0");
        assertThat(ResultSchema.problems(json(sizing))).isEmpty();
    }

    @Test
    void anAmountIsRoundedHalfUpToCents() throws Exception {
        // A single node, 2 vCPU at 0.046875 a month, nothing else priced: 12 × 0.09375 = 1.125 a year, shown 1.13.
        Sizing sizing = rules.size(Questionnaires.builder().zone("CH", "Bern", 100).planYears(1).currency("EUR")
                .set(Question.PRICE_VCPU_MONTH, "0.046875").build());
        assertThat(text(sizing)).contains("\"cost\" : 1.13\n", "\"year1\" : 1.13,", "\"plan\" : 1.13,");
    }

    @Test
    void ramIsWrittenAsTheExactDecimal() throws Exception {
        // SizeExamplesIT: multi-country-research has 30.5 GB of RAM in all.
        assertThat(Files.readString(sizeToJson("multi-country-research", dir))).contains("\"ramGb\" : 30.5,");
    }

    @Test
    void aZoneWithNoLoadHasNoUserLimitAndNoBindingMetric() throws Exception {
        JsonNode json = json(rules.size(Questionnaires.builder().zone("Main", "Bern", 50).build()));
        JsonNode zone = json.get("zones").get(0);
        assertThat(zone.get("userLimit").isNull()).isTrue();
        assertThat(zone.get("limitMetric").isNull()).isTrue();
        assertThat(zone.get("bindingMetric").isNull()).isTrue();
        JsonNode planZone = json.get("plan").get(0).get("zones").get(0);
        assertThat(planZone.get("userLimit").isNull()).isTrue();
        assertThat(planZone.get("limitMetric").isNull()).isTrue();
        assertThat(ResultSchema.problems(json)).isEmpty();
    }

    @Test
    void theSchemaCatchesAResultThatBreaksIt() throws Exception {
        ObjectNode json = (ObjectNode) SizingJson.read(Files.readAllBytes(sizeToJson("small-clinic", dir)));
        ((ObjectNode) json.get("totals")).put("vcpu", "two");
        json.remove("decisions");
        ((ObjectNode) json.get("zones").get(0)).put("colour", "blue");
        ((ObjectNode) json.get("plan").get(0)).put("cost", new BigDecimal("1.125"));
        json.putObject("costs").put("currency", "chf");
        ObjectNode line = (ObjectNode) json.get("purchase").get(0);
        line.put("kind", "SERVER");
        line.remove("monthlyCost");
        List<String> problems = ResultSchema.problems(json);
        assertThat(String.join("\n", problems)).contains("/totals/vcpu", "decisions", "colour", "/plan/0/cost", "/costs/currency",
                "year1", "/purchase/0/kind", "monthlyCost");
    }

    @Test
    void theSchemaNamesWhatTheModelNames() throws Exception {
        // The schema is written by hand: a metric, role, tier, topology, price or kind of order line added to the model must reach it.
        JsonNode defs = SizingJson.read(Files.readAllBytes(ResultSchema.FILE)).get("$defs");
        assertThat(enumOf(defs.get("metric"))).containsExactly(names(Metric.values()));
        assertThat(enumOf(defs.get("role"))).containsExactly(names(Role.values()));
        assertThat(enumOf(defs.get("tier"))).containsExactly(names(Tier.values()));
        assertThat(enumOf(defs.get("topology"))).containsExactlyInAnyOrder(names(Topology.values()));
        assertThat(enumOf(defs.get("purchaseKind"))).containsExactly(names(PurchaseLine.Kind.values()));
        assertThat(enumOf(defs.get("price"))).containsExactlyElementsOf(Question.PRICES.stream().map(p -> p.definedName).toList());
    }

    private static List<String> enumOf(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    @Test
    void contentIsUtf8EndingWithANewline() throws Exception {
        var sizing = rules.size(Questionnaires.builder().zone("PL-Łódź", "Łódź", 50).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SizingJson.content(sizing).writeTo(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"name\" : \"PL-Łódź\"").endsWith("}\n");
    }
}
