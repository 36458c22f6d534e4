package io.pryv.sizer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pryv.sizer.json.ResultSchema;
import io.pryv.sizer.json.SizingJson;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as a user runs it, on each committed example. Expected figures are worked by hand from
 * SIZING.md (see the comments), and read back from the written workbook's defined names.
 */
class SizeExamplesIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # small clinic: 800 users, 0.96 write / 1.92 read req/s → 1 core, no growth → single node;
            # disk ⌈800 × max(0.05, 200 × 250 / 10^6) × 365 × 10 × 1.25 / 1000⌉ = ⌈182.5⌉ = 183 GB
            small-clinic            | SINGLE_NODE              | 1 | 1 | 2  | 4    | 183   | 1 | 1
            # 250 000 users: read 250 000 × 0.03 × 1.2 = 9000 → ⌈4.5⌉ = 5 cores; per core 1800 > 1000 → 4 vCPU;
            # fullest core 50 000 users × max(0.05, 200 × 250 / 10^6) MB × 365 × 10 × 1.25 / 1000 = ⌈11 406.25⌉
            # = 11 407 GB, under the large-disk warning's 16 000; register 15 × ⌈250 000 / 100 000⌉ = 45 GB;
            # 1 follower → 8 machines, 1+1+1+5×4 = 23 vCPU, 0.5+2+2+5×4 = 24.5 GB RAM, 45+45+5×11 407 = 57 125 GB
            national-health-service | CLUSTER_LOAD_PARTITIONED | 8 | 5 | 23 | 24.5 | 57125 | 8 | 5
            # 3 zones (1 200, 800, 2 000 users), margin 30%: 1 core each; uploads → 4 vCPU / 8 GB; disks
            # 2.5 MB × 365 × 10 × 1.3 / 1000 = 11.8625 GB per user: 14 235 + 9 490 + 23 725 GB, register 15 GB × 3;
            # 2 followers → 7 machines, 1+1+2+3×4 = 16 vCPU, 0.5+2+4+3×8 = 30.5 GB, 47 450 + 45 = 47 495 GB
            multi-country-research  | CLUSTER_COMPLIANCE_ZONES | 7 | 3 | 16 | 30.5 | 47495 | 7 | 3
            # growing telehealth, CH 3 000 → 15 000 and DE 5 000 → 25 000 users over years 1–5 (§8): reads per user
            # 0.08 × 1.2 = 0.096 req/s; CH 15 000 × 0.096 = 1 440 ≤ 2 000 → 1 core every year; DE 20 000 × 0.096 = 1 920
            # → 1 core to year 4, 25 000 × 0.096 = 2 400 → 2 in year 5; both above 1 000 per core in some year → 4 vCPU.
            # Year 1 buys 1 core per zone; disks for the most users a core holds: CH 15 000, DE 20 000 (year 4) ×
            # 0.1 MB × 365 × 10 × 1.25 / 1000 = ⌈6 843.75⌉ = 6 844 and 9 125 GB; register 15 × ⌈40 000 / 100 000⌉ = 15 GB;
            # 2 cores → 1 follower: 5 machines, 1+1+1+2×4 = 11 vCPU, 0.5+2+2+2×4 = 12.5 GB, 15+15+6 844+9 125 = 15 999 GB;
            # year 5 adds DE's second core: 6 machines, 3 cores (the examples without growth keep year 1's)
            growing-telehealth      | CLUSTER_COMPLIANCE_ZONES | 5 | 2 | 11 | 12.5 | 15999 | 6 | 3
            # the same customer on Pryv.io v2 (SIZING-v2.md): a core holds at most 9 999 users, so CH needs 2 cores from
            # year 4 (12 000) and DE 2 from year 3 (14 000), 3 from year 4 (20 000); reads stay under 2 000 per core.
            # Previews → 4 vCPU cores of 8 GB; a PostgreSQL host per core (2 vCPU, 4 GB) holds the data, the core 15 GB.
            # Disks for the most users a core holds: CH 8 000 (year 3), DE 9 000 (year 2) × 0.1 MB × 365 × 10 × 1.25
            # / 1000 = 3 650 and ⌈4 106.25⌉ = 4 107 GB. Year 1: 2 cores + 2 hosts = 4 machines, 2 × 4 + 2 × 2 = 12 vCPU,
            # 2 × 8 + 2 × 4 = 24 GB, 15 + 15 + 3 650 + 4 107 = 7 787 GB; year 5: 5 cores and their 5 hosts = 10 machines
            growing-telehealth-v2   | MULTI_CORE_COMPLIANCE    | 4 | 2 | 12 | 24   | 7787  | 10 | 5
            """)
    void sizesEachExample(String example, String topology, long vms, long cores, long vcpu, String ramGb, long dataDiskGb,
                          long planVms, long planCores) throws Exception {
        Path input = Path.of("input-templates", "examples", example + ".xlsx").toAbsolutePath();
        byte[] before = Files.readAllBytes(input);

        JarRunner.Run run = JarRunner.run(work, "size", input.toString(), "-o", "out");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sized with the Pryv.io " + (example.endsWith("-v2") ? "v2" : "v1") + " rules ")
                .contains("Topology:").contains("(" + topology + ")")
                .contains("Wrote out/" + example + "-sizing.xlsx").contains("Wrote out/" + example + "-brief.pdf");
        assertThat(Files.readAllBytes(input)).as("the input is never modified").isEqualTo(before);
        try (InputStream in = Files.newInputStream(work.resolve("out/" + example + "-sizing.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(text(book, "Result_Topology")).isEqualTo(topology);
            assertThat(number(book, "Result_VmCount")).isEqualTo(vms);
            assertThat(number(book, "Result_CoreCount")).isEqualTo(cores);
            assertThat(number(book, "Result_TotalVcpu")).isEqualTo(vcpu);
            assertThat(number(book, "Result_TotalRamGb")).isEqualTo(Double.parseDouble(ramGb));
            assertThat(number(book, "Result_TotalDataDiskGb")).isEqualTo(dataDiskGb);
        }
        assertThat(work.resolve("out/" + example + "-brief.pdf")).isNotEmptyFile();
        // The JSON result: the same figures, written exactly, and the file as the schema says.
        Path json = work.resolve("out/" + example + "-sizing.json");
        assertThat(run.out()).contains("Wrote out/" + example + "-sizing.json");
        assertThat(ResultSchema.problems(json)).isEmpty();
        JsonNode result = SizingJson.read(Files.readAllBytes(json));
        assertThat(result.get("topology").asText()).isEqualTo(topology);
        assertThat(result.get("totals").toString()).startsWith("{\"machines\":" + vms + ",\"cores\":" + cores
                + ",\"vcpu\":" + vcpu + ",\"ramGb\":" + ramGb + ",").endsWith(",\"dataDiskGb\":" + dataDiskGb
                        // Every example keeps the default 5 plan years.
                        + ",\"planYears\":5,\"planMachines\":" + planVms + ",\"planCores\":" + planCores + "}");
    }

    @Test
    void onlyThePurchaseCsvIsWrittenWithEveryOrderOfTheSmallClinic() throws Exception {
        Path input = Path.of("input-templates", "examples", "small-clinic.xlsx").toAbsolutePath();

        JarRunner.Run run = JarRunner.run(work, "size", input.toString(), "-o", "out", "--only", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote out/small-clinic-purchase.csv");
        try (var files = Files.list(work.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("small-clinic-purchase.csv");
        }
        // A single node of 2 vCPU, 4 GB, 30 GB and the 183 GB disk above, no prices; backup 2 × 183 = 366 GB; no
        // uploads, so no bandwidth line; reads 800 × max(0.1, 400 × 250 / 10^6) = 80 MB a day × 365 / 12 / 1,000
        // = 2.43, rounded up to 3 GB a month.
        assertThat(Files.readString(work.resolve("out/small-clinic-purchase.csv"))).isEqualTo(String.join("\r\n",
                "Item,Zone,Quantity,Unit,Specification,Monthly cost in year 1,Currency",
                "Virtual machine: single node,Main,1,machines,\"2 vCPU, 4 GB RAM, 30 GB services disk, 183 GB data disk\",,",
                "Data disk,Main,183,GB,\"1 disk, one per machine, each sustaining at least 200 MB/s of writes; priced with the machines\",,",
                "Public IPv4 address,Main,1,addresses,One per machine that answers clients: 1 single node,,",
                "Domain name,,1,domain,\"A domain whose DNS zone you can edit: two A records name the single node twice as name "
                        + "servers, and two NS records delegate the platform's sub-domain to them\",,",
                "Wildcard TLS certificate,,1,certificate,\"For *.DOMAIN, DOMAIN being the platform's domain: every user's "
                        + "address falls under it\",,",
                "Pryv.io licence key,,1,licence,\"From Pryv, with the credentials to pull the platform's container images and its "
                        + "configuration files\",,",
                "E-mail relay (SMTP),,1,account,An SMTP server or mail service that accepts the platform's mail on tcp/587: it "
                        + "mails users on account creation and password reset,,",
                "Backup storage,Main,366,GB,\"2 full copies of the zone's 183 GB of data disks, kept in the zone\",,",
                "Outbound transfer,Main,3,GB per month,\"Data read back by users, 80 MB a day\",,",
                ""));
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook book, String name) {
        XSSFName n = book.getName(name);
        assertThat(n).as("defined name " + name).isNotNull();
        CellReference ref = new AreaReference(n.getRefersToFormula(), book.getSpreadsheetVersion()).getFirstCell();
        return book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String text(XSSFWorkbook book, String name) {
        return cell(book, name).getStringCellValue();
    }

    private static double number(XSSFWorkbook book, String name) {
        return cell(book, name).getNumericCellValue();
    }
}
