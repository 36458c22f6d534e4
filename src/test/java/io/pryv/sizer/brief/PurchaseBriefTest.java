package io.pryv.sizer.brief;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief's table of what to order (the purchase lines), after the costs, on a page of its own. */
class PurchaseBriefTest {
    private static SizingRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = SizingRules.packaged();
    }

    /**
     * Two zones over a 2-year plan, priced in CHF: 10 per machine, 20 per vCPU, 5 per GB of RAM, 0.1 per GB of services
     * disk, 0.055 per GB of data disk, a month. Margin 20 %: reads 0.08 × 1.2 = 0.096 req/s per user, a core holds
     * 20 833 users, so one core in each zone; DE has the static-web and the leader, CH the follower.
     * A user's data: 0.1 MB × 365 × 1.25 / 1 000 = 0.045625 GB a year, 2 years kept.
     * DE core: 12 000 × 0.096 = 1 152 req/s, above half its 2 000, so 4 vCPU; its disk 20 000 × 0.09125 = 1 825 GB,
     * provisioned in year 1 ⌈12 000 × 0.045625⌉ = ⌈547.5⌉ = 548. CH core: 480 req/s, 2 vCPU; disk ⌈456.25⌉ = 457 GB,
     * year 1 ⌈228.125⌉ = 229. Registers: 15 GB. Year 1 a month (§9):
     * static-web 10 + 20 + 2.5 + 1 = 33.50; a register 10 + 20 + 10 + 2 + 15 × 0.055 = 42.825 → 42.83;
     * DE core 10 + 80 + 20 + 3 + 548 × 0.055 = 143.14; CH core 10 + 40 + 20 + 3 + 229 × 0.055 = 85.595 → 85.60.
     * Total of the exact amounts 347.885 → 347.89 (the rounded lines would add to 347.90).
     * Data disks: DE 15 + 1 825 = 1 840 GB on 2 disks, CH 15 + 457 = 472 GB; backup, 2 copies: 3 680 and 944 GB.
     * Public addresses: DE 3, CH 2.
     */
    private static Sizing twoZonesPriced(boolean priced) {
        Questionnaires.Builder b = Questionnaires.builder().customer("Acme Health").project("Orders")
                .zone("DE", "Frankfurt", 12_000, 20_000L).zone("CH", "Zürich", 5_000)
                .writeRps("0.02").readRps("0.08").writeMBPerDay("0.1").retentionYears("2").planYears(2);
        if (priced) {
            b.currency("CHF").set(Question.PRICE_MACHINE_MONTH, "10").set(Question.PRICE_VCPU_MONTH, "20")
                    .set(Question.PRICE_RAM_GB_MONTH, "5").set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.1")
                    .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.055");
        }
        return rules.size(b.build());
    }

    @Test
    void aPricedSizingListsEveryOrderWithItsQuantityAndYear1sMonthlyCost() throws IOException {
        String page = orderPage(twoZonesPriced(true));
        assertThat(page).contains("Item Zone Quantity Specification Monthly cost in year 1 (CHF) "
                + "Virtual machine: static-web DE 1 machine 1 vCPU, 0.5 GB RAM, 10 GB services disk, no data disk 33.50 "
                + "Virtual machine: register leader DE 1 machine 1 vCPU, 2 GB RAM, 20 GB services disk, 15 GB data disk 42.83 "
                + "Virtual machine: core DE 1 machine 4 vCPU, 4 GB RAM, 30 GB services disk, 1,825 GB data disk 143.14 "
                + "Virtual machine: register follower CH 1 machine 1 vCPU, 2 GB RAM, 20 GB services disk, 15 GB data disk 42.83 "
                + "Virtual machine: core CH 1 machine 2 vCPU, 4 GB RAM, 30 GB services disk, 457 GB data disk 85.60 "
                + "Data disk DE 1,840 GB 2 disks, one per machine, each sustaining at least 200 MB/s of writes; priced with the machines "
                + "Data disk CH 472 GB 2 disks,");
        // (The cell breaks "static-web" after its hyphen.)
        assertThat(page).contains("Public IPv4 address DE 3 addresses One per machine that answers clients: 1 static-",
                "1 register leader, 1 core Public IPv4 address CH 2 addresses One per machine that answers clients: 1 register "
                        + "follower, 1 core Domain name");
        assertThat(page).contains("Domain name All 1 domain A domain whose DNS zone", "Wildcard TLS certificate All 1 certificate",
                "Pryv.io licence key All 1 licence", "E-mail relay (SMTP) All 1 account");
        assertThat(page).contains("Backup storage DE 3,680 GB 2 full copies of the zone's 1,840 GB of data disks, kept in the zone "
                + "Backup storage CH 944 GB 2 full copies of the zone's 472 GB of data disks, kept in the zone "
                + "Total of the priced lines, per month in year 1 347.89");
    }

    @Test
    void withoutPricesTheTableHasNoCostAndOneSentenceSaysSo() throws IOException {
        String page = orderPage(twoZonesPriced(false));
        assertThat(page).contains("No prices were given, so the plan has no costs: a currency and the prices per month on the "
                + "questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
        assertThat(page).contains("Item Zone Quantity Specification Virtual machine: static-web DE 1 machine 1 vCPU, 0.5 GB RAM, "
                + "10 GB services disk, no data disk Virtual machine: register leader");
        assertThat(page).doesNotContain("Monthly cost", "Total of the priced lines");
    }

    /** The text of the page the section starts on, its white space flattened; it must start a page. */
    private String orderPage(Sizing s) throws IOException {
        Path out = dir.resolve("brief.pdf");
        Brief.write(s, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                if (text.contains(Orders.TITLE + " Everything to order")) {
                    // Nothing of the sections before stands above it (the running header is drawn last).
                    assertThat(text).startsWith(Orders.TITLE);
                    return text;
                }
            }
        }
        throw new AssertionError("no section " + Orders.TITLE);
    }
}
