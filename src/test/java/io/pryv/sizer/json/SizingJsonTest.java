package io.pryv.sizer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pryv.sizer.Output;
import io.pryv.sizer.Pipeline;
import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.rules.SizingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

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

    @ParameterizedTest
    @ValueSource(strings = {"small-clinic", "national-health-service", "multi-country-research"})
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
        assertThat(json.fieldNames()).toIterable().containsExactly("toolVersion", "templateVersion", "rulesVersion",
                "customer", "project", "topology", "totals", "machines", "zones", "findings", "decisions");
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

    @Test
    void ramIsWrittenAsTheExactDecimal() throws Exception {
        // SizeExamplesIT: multi-country-research has 30.5 GB of RAM in all.
        assertThat(Files.readString(sizeToJson("multi-country-research", dir))).contains("\"ramGb\" : 30.5,");
    }

    @Test
    void aZoneWithNoLoadHasNoUserLimitAndNoBindingMetric() throws Exception {
        var sizing = rules.size(Questionnaires.builder().zone("Main", "Bern", 50).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SizingJson.write(sizing, out);
        JsonNode json = SizingJson.read(out.toByteArray());
        JsonNode zone = json.get("zones").get(0);
        assertThat(zone.get("userLimit").isNull()).isTrue();
        assertThat(zone.get("limitMetric").isNull()).isTrue();
        assertThat(zone.get("bindingMetric").isNull()).isTrue();
        assertThat(ResultSchema.problems(json)).isEmpty();
    }

    @Test
    void theSchemaCatchesAResultThatBreaksIt() throws Exception {
        ObjectNode json = (ObjectNode) SizingJson.read(Files.readAllBytes(sizeToJson("small-clinic", dir)));
        ((ObjectNode) json.get("totals")).put("vcpu", "two");
        json.remove("decisions");
        ((ObjectNode) json.get("zones").get(0)).put("colour", "blue");
        List<String> problems = ResultSchema.problems(json);
        assertThat(String.join("\n", problems)).contains("/totals/vcpu", "decisions", "colour");
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
