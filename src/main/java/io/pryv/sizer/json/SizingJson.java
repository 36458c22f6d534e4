package io.pryv.sizer.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Costs;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.ZoneCapacity;
import io.pryv.sizer.model.ZoneHeadroom;
import io.pryv.sizer.model.ZoneYear;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

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
            g.writeStringField("profile", sizing.questionnaire().profile().answer());
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
            g.writeNumberField("planYears", sizing.plan().size());
            g.writeNumberField("planMachines", sizing.lastPlanYear().machines());
            g.writeNumberField("planCores", sizing.lastPlanYear().cores());
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
                writeLimit(g, z.headroom());
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

            writePlan(g, sizing.plan());
            writeCosts(g, sizing.costs());
            writePurchase(g, sizing.purchase());

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

    /** A zone's user limit and the metric that sets it; both null when no metric has a load (no limit from load). */
    private static void writeLimit(JsonGenerator g, ZoneHeadroom headroom) throws IOException {
        g.writeFieldName("userLimit");
        if (headroom.userLimit() == null) g.writeNull(); else g.writeNumber(headroom.userLimit());
        g.writeStringField("limitMetric", name(headroom.limitMetric()));
    }

    /** A row per plan year (SIZING §8): the zones, the machines in service and bought, the disk provisioned, the cost. */
    private static void writePlan(JsonGenerator g, List<PlanYear> plan) throws IOException {
        g.writeArrayFieldStart("plan");
        for (PlanYear year : plan) {
            g.writeStartObject();
            g.writeNumberField("year", year.year());
            g.writeStringField("topology", year.topology().name());
            g.writeArrayFieldStart("zones");
            for (int i = 0; i < year.zones().size(); i++) {
                ZoneYear z = year.zones().get(i);
                g.writeStartObject();
                g.writeStringField("name", z.zone());
                g.writeNumberField("users", z.users());
                g.writeNumberField("cores", z.cores());
                writeLimit(g, year.headroom().get(i));   // both lists are in questionnaire order
                g.writeNumberField("dataDiskGbPerCore", z.dataDiskGb());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("machines", year.machines());
            g.writeNumberField("cores", year.cores());
            g.writeArrayFieldStart("added");
            for (MachineGroup added : year.added()) {
                g.writeStartObject();
                g.writeStringField("role", added.role().name());
                g.writeStringField("tier", added.tier().name());
                g.writeStringField("zone", added.zone());
                g.writeNumberField("count", added.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("dataDiskGb", year.dataDiskGb());
            writeAmount(g, "cost", year.cost());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** What year 1 and the whole plan cost (SIZING §9), and which prices were left blank; null without prices. */
    private static void writeCosts(JsonGenerator g, Costs costs) throws IOException {
        if (costs == null) {
            g.writeNullField("costs");
            return;
        }
        g.writeObjectFieldStart("costs");
        g.writeStringField("currency", costs.currency());
        writeAmount(g, "year1", costs.year1());
        writeAmount(g, "plan", costs.plan());
        g.writeArrayFieldStart("blankPrices");
        for (Question price : costs.prices().blank()) g.writeString(price.definedName);
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The order lines, in {@link Sizing#purchase()}'s order. The platform's lines (zone "") have a null zone; a line's
     * monthly cost is in the currency of {@code costs}, null without prices and for what the prices do not cover.
     */
    private static void writePurchase(JsonGenerator g, List<PurchaseLine> purchase) throws IOException {
        g.writeArrayFieldStart("purchase");
        for (PurchaseLine l : purchase) {
            g.writeStartObject();
            g.writeStringField("kind", l.kind().name());
            g.writeStringField("item", l.item());
            g.writeStringField("zone", l.zone().isEmpty() ? null : l.zone());
            g.writeNumberField("quantity", exact(l.quantity()));
            g.writeStringField("unit", l.unit());
            g.writeStringField("specification", l.specification());
            writeAmount(g, "monthlyCost", l.monthlyCost());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An amount as every output shows it, to cents (1234.50); null without prices. */
    private static void writeAmount(JsonGenerator g, String field, BigDecimal amount) throws IOException {
        g.writeFieldName(field);
        if (amount == null) g.writeNull(); else g.writeNumber(Costs.cents(amount));
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
