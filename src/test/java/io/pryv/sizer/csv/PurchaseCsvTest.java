package io.pryv.sizer.csv;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.*;
import io.pryv.sizer.model.PurchaseLine.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The purchase CSV's exact bytes: RFC 4180 quoting, CRLF, UTF-8, and formula-like fields neutralised. */
class PurchaseCsvTest {

    private static Sizing sizing(List<PurchaseLine> purchase) {
        Questionnaire q = Questionnaires.builder().zone("-Nord, Süd", "", 100).currency("CHF")
                .set(Question.PRICE_VCPU_MONTH, "1").build();
        return new Sizing(q, "test", Topology.CLUSTER_COMPLIANCE_ZONES, "", 0, "", List.of(), List.of(), List.of(),
                List.of(), List.of(), new Costs(Prices.of(q), BigDecimal.ZERO, BigDecimal.ZERO), purchase, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static byte[] written(Sizing s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PurchaseCsv.content(s).writeTo(out);
        return out.toByteArray();
    }

    @Test
    void quotesWhatNeedsItNeutralisesFormulasAndEndsLinesWithCrLf() throws Exception {
        Sizing s = sizing(List.of(
                new PurchaseLine(Kind.MACHINE, "Virtual machine: core", "-Nord, Süd", new BigDecimal("2"), "machines",
                        "2 vCPU, 4 GB RAM", new BigDecimal("156.005")),
                new PurchaseLine(Kind.DOMAIN, "Domain name", "", BigDecimal.ONE, "domain", "NS \"dns1\"\nand dns2", null),
                new PurchaseLine(Kind.BACKUP_STORAGE, "Backup storage", "=HYPERLINK(1)", new BigDecimal("1230.0"), "@GB",
                        "+2 copies", null)));
        // The zone "-Nord, Süd" is neutralised, then quoted for its comma; 156.005 rounds half up to 156.01;
        // quotes doubled and the line break kept inside quotes; 1230.0 written 1230; =, @ and + neutralised.
        String expected = "Item,Zone,Quantity,Unit,Specification,Monthly cost in year 1,Currency\r\n"
                + "Virtual machine: core,\"'-Nord, Süd\",2,machines,\"2 vCPU, 4 GB RAM\",156.01,CHF\r\n"
                + "Domain name,,1,domain,\"NS \"\"dns1\"\"\nand dns2\",,\r\n"
                + "Backup storage,'=HYPERLINK(1),1230,'@GB,'+2 copies,,\r\n";
        assertThat(written(s)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCarriageReturnIsQuotedAndTheSameSizingGivesTheSameBytes() throws Exception {
        Sizing s = sizing(List.of(new PurchaseLine(Kind.CERTIFICATE, "Wildcard TLS certificate", "", BigDecimal.ONE, "certificate",
                "a\rb", null)));
        assertThat(new String(written(s), StandardCharsets.UTF_8)).endsWith("certificate,\"a\rb\",,\r\n");
        assertThat(written(s)).isEqualTo(written(s));
    }
}
