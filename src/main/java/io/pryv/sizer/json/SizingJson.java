package io.pryv.sizer.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.ZoneCapacity;

import java.math.BigDecimal;

/**
 * The machine-readable result (SIZING §10), schema {@code docs/sizing-result.schema.json}. The tree is built
 * key by key, not from the records, so names and order are fixed: the same sizing gives the same bytes.
 */
public final class SizingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Exact decimals as plain numbers: 30.5, never 3.05E+1.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The jar's version, as `--version` prints it; "dev" when run from the sources. */
    private static final String TOOL_VERSION = toolVersion();

    private SizingJson() {}

    /** The result, UTF-8, ending with a newline. */
    public static AtomicWrite.Content content(Sizing sizing) {
        return out -> {
            out.write(MAPPER.writeValueAsBytes(tree(sizing)));
            out.write('\n');
        };
    }

    public static ObjectNode tree(Sizing sizing) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("toolVersion", TOOL_VERSION);
        root.put("templateVersion", sizing.questionnaire().templateVersion());
        root.put("rulesVersion", sizing.rulesVersion());
        root.put("customer", sizing.questionnaire().text(Question.CUSTOMER_NAME));
        root.put("project", sizing.questionnaire().text(Question.PROJECT_NAME));
        root.put("topology", sizing.topology().name());

        ObjectNode totals = root.putObject("totals");
        totals.put("machines", sizing.vmCount());
        totals.put("cores", sizing.coreCount());
        totals.put("vcpu", sizing.totalVcpu());
        totals.put("ramGb", exact(sizing.totalRamGb()));
        totals.put("servicesDiskGb", sizing.totalServicesDiskGb());
        totals.put("dataDiskGb", sizing.totalDataDiskGb());

        ArrayNode machines = root.putArray("machines");
        for (Machine m : sizing.machines()) {
            ObjectNode o = machines.addObject();
            o.put("host", m.hostName());
            o.put("role", m.role().name());
            o.put("tier", m.tier().name());
            o.put("zone", m.zone());
            o.put("vcpu", m.vcpu());
            o.put("ramGb", exact(m.ramGb()));
            o.put("servicesDiskGb", m.servicesDiskGb());
            o.put("dataDiskGb", m.dataDiskGb());
        }

        ArrayNode zones = root.putArray("zones");
        for (ZoneCapacity z : sizing.zones()) {
            ObjectNode o = zones.addObject();
            o.put("name", z.zone().name());
            o.put("location", z.zone().location());
            o.put("users", z.zone().users());
            o.put("cores", z.cores().cores());
            o.put("bindingMetric", name(z.cores().bindingMetric()));
            o.put("userLimit", z.headroom().userLimit());   // null: no load, so no limit from load
            o.put("limitMetric", name(z.headroom().limitMetric()));
            ArrayNode loads = o.putArray("loads");
            for (MetricLoad l : z.loads()) {
                ObjectNode load = loads.addObject();
                load.put("metric", l.metric().name());
                load.put("unit", l.metric().unit());
                load.put("load", exact(l.load()));
                load.put("limitPerCore", exact(l.limit()));
                load.put("coresNeeded", l.coresNeeded());
            }
        }

        ArrayNode findings = root.putArray("findings");
        for (Finding f : sizing.findings()) {
            ObjectNode o = findings.addObject();
            o.put("code", f.code());
            o.put("topic", f.topic().name());
            o.put("severity", f.severity().name());
            o.put("text", f.text());
        }

        ArrayNode decisions = root.putArray("decisions");
        for (Decision d : sizing.decisions()) {
            ObjectNode o = decisions.addObject();
            o.put("rule", d.rule());
            o.put("zone", d.zone());
            o.put("reason", d.reason());
        }
        return root;
    }

    /** 4.00 → 4, 30.50 → 30.5: the value, without the scale the arithmetic left. */
    private static BigDecimal exact(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static String name(Metric metric) {
        return metric == null ? null : metric.name();
    }

    private static String toolVersion() {
        String v = SizingJson.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Parses written bytes back, for tests and tools. */
    public static JsonNode read(byte[] json) throws java.io.IOException {
        return MAPPER.readTree(json);
    }
}
