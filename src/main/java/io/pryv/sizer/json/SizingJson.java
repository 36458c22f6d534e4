package io.pryv.sizer.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.ZoneCapacity;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The machine-readable result (SIZING §10), schema {@code docs/sizing-result.schema.json}. Written key by key,
 * not from the records, so names and order are fixed: the same sizing gives the same bytes. Streamed, as a
 * sizing may list 100,000 machines.
 */
public final class SizingJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Exact decimals as plain numbers: 30.5, never 3.05E+1.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // The stream belongs to AtomicWrite, which closes it once every output is complete.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The jar's version, as `--version` prints it; "dev" when run from the sources. */
    private static final String TOOL_VERSION = toolVersion();

    private SizingJson() {}

    /** The result, UTF-8, indented, ending with a newline. */
    public static AtomicWrite.Content content(Sizing sizing) {
        return out -> write(sizing, out);
    }

    public static void write(Sizing sizing, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("toolVersion", TOOL_VERSION);
            g.writeStringField("templateVersion", sizing.questionnaire().templateVersion());
            g.writeStringField("rulesVersion", sizing.rulesVersion());
            g.writeStringField("customer", sizing.questionnaire().text(Question.CUSTOMER_NAME));
            g.writeStringField("project", sizing.questionnaire().text(Question.PROJECT_NAME));
            g.writeStringField("topology", sizing.topology().name());

            g.writeObjectFieldStart("totals");
            g.writeNumberField("machines", sizing.vmCount());
            g.writeNumberField("cores", sizing.coreCount());
            g.writeNumberField("vcpu", sizing.totalVcpu());
            g.writeNumberField("ramGb", exact(sizing.totalRamGb()));
            g.writeNumberField("servicesDiskGb", sizing.totalServicesDiskGb());
            g.writeNumberField("dataDiskGb", sizing.totalDataDiskGb());
            g.writeEndObject();

            g.writeArrayFieldStart("machines");
            for (Machine m : sizing.machines()) {
                g.writeStartObject();
                g.writeStringField("host", m.hostName());
                g.writeStringField("role", m.role().name());
                g.writeStringField("tier", m.tier().name());
                g.writeStringField("zone", m.zone());
                g.writeNumberField("vcpu", m.vcpu());
                g.writeNumberField("ramGb", exact(m.ramGb()));
                g.writeNumberField("servicesDiskGb", m.servicesDiskGb());
                g.writeNumberField("dataDiskGb", m.dataDiskGb());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("zones");
            for (ZoneCapacity z : sizing.zones()) {
                g.writeStartObject();
                g.writeStringField("name", z.zone().name());
                g.writeStringField("location", z.zone().location());
                g.writeNumberField("users", z.zone().users());
                g.writeNumberField("cores", z.cores().cores());
                g.writeStringField("bindingMetric", name(z.cores().bindingMetric()));
                Long userLimit = z.headroom().userLimit();   // null: no load, so no limit from load
                g.writeFieldName("userLimit");
                if (userLimit == null) g.writeNull(); else g.writeNumber(userLimit);
                g.writeStringField("limitMetric", name(z.headroom().limitMetric()));
                g.writeArrayFieldStart("loads");
                for (MetricLoad l : z.loads()) {
                    g.writeStartObject();
                    g.writeStringField("metric", l.metric().name());
                    g.writeStringField("unit", l.metric().unit());
                    g.writeNumberField("load", exact(l.load()));
                    g.writeNumberField("limitPerCore", exact(l.limit()));
                    g.writeNumberField("coresNeeded", l.coresNeeded());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("findings");
            for (Finding f : sizing.findings()) {
                g.writeStartObject();
                g.writeStringField("code", f.code());
                g.writeStringField("topic", f.topic().name());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("text", f.text());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("decisions");
            for (Decision d : sizing.decisions()) {
                g.writeStartObject();
                g.writeStringField("rule", d.rule());
                g.writeStringField("zone", d.zone());
                g.writeStringField("reason", d.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
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

    /** Parses a written result back, for tests and tools. */
    public static JsonNode read(byte[] json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
