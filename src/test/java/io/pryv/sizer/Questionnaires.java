package io.pryv.sizer;

import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds questionnaires in code for tests: the template's defaults, then only what a test changes.
 * {@code Questionnaires.builder().zone("CH", "Zürich", 100_000).writeRps("0.02").build()}
 */
public final class Questionnaires {
    private Questionnaires() {}

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Zone> zones = new ArrayList<>();
        private String customer = "Test Clinic";
        private String project = "Patient portal";
        private String preparedBy = "";
        private LocalDate date = LocalDate.of(2024, 3, 1);
        private boolean rapidGrowth;
        private BigDecimal margin = new BigDecimal("20");
        private Integer followers;
        private BigDecimal throughput = new BigDecimal("200");
        private String os = "Ubuntu 20.04";
        private boolean extendedSupport;
        private String docker = "";
        private String compose = "";
        private BigDecimal writeRps = BigDecimal.ZERO;
        private BigDecimal attachmentWriteMBps = BigDecimal.ZERO;
        private BigDecimal writePointsPerDay = BigDecimal.ZERO;
        private BigDecimal writeMBPerDay = BigDecimal.ZERO;
        private BigDecimal retentionYears = BigDecimal.ONE;
        private BigDecimal readRps = BigDecimal.ZERO;
        private BigDecimal pointsPerRequest = BigDecimal.ZERO;
        private BigDecimal attachmentReadRps = BigDecimal.ZERO;
        private BigDecimal readPointsPerDay = BigDecimal.ZERO;
        private BigDecimal readMBPerDay = BigDecimal.ZERO;
        private BigDecimal bytesPerPoint = new BigDecimal("250");
        private BigDecimal headroom = new BigDecimal("25");

        public Builder zone(String name, String location, long users) { zones.add(new Zone(name, location, users)); return this; }
        public Builder customer(String v) { customer = v; return this; }
        public Builder project(String v) { project = v; return this; }
        public Builder preparedBy(String v) { preparedBy = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder rapidGrowth(boolean v) { rapidGrowth = v; return this; }
        public Builder margin(String v) { margin = new BigDecimal(v); return this; }
        public Builder followers(Integer v) { followers = v; return this; }
        public Builder throughput(String v) { throughput = new BigDecimal(v); return this; }
        public Builder os(String v) { os = v; return this; }
        public Builder extendedSupport(boolean v) { extendedSupport = v; return this; }
        public Builder docker(String v) { docker = v; return this; }
        public Builder compose(String v) { compose = v; return this; }
        public Builder writeRps(String v) { writeRps = new BigDecimal(v); return this; }
        public Builder attachmentWriteMBps(String v) { attachmentWriteMBps = new BigDecimal(v); return this; }
        public Builder writePointsPerDay(String v) { writePointsPerDay = new BigDecimal(v); return this; }
        public Builder writeMBPerDay(String v) { writeMBPerDay = new BigDecimal(v); return this; }
        public Builder retentionYears(String v) { retentionYears = new BigDecimal(v); return this; }
        public Builder readRps(String v) { readRps = new BigDecimal(v); return this; }
        public Builder pointsPerRequest(String v) { pointsPerRequest = new BigDecimal(v); return this; }
        public Builder attachmentReadRps(String v) { attachmentReadRps = new BigDecimal(v); return this; }
        public Builder readPointsPerDay(String v) { readPointsPerDay = new BigDecimal(v); return this; }
        public Builder readMBPerDay(String v) { readMBPerDay = new BigDecimal(v); return this; }
        public Builder bytesPerPoint(String v) { bytesPerPoint = new BigDecimal(v); return this; }
        public Builder headroom(String v) { headroom = new BigDecimal(v); return this; }

        public Questionnaire build() {
            List<Zone> z = zones.isEmpty() ? List.of(new Zone("Main", "Lausanne", 1000)) : zones;
            return new Questionnaire("1.1", customer, project, preparedBy, date, z, rapidGrowth, margin, followers,
                    throughput, os, extendedSupport, docker, compose, writeRps, attachmentWriteMBps, writePointsPerDay, writeMBPerDay,
                    retentionYears, readRps, pointsPerRequest, attachmentReadRps, readPointsPerDay, readMBPerDay,
                    bytesPerPoint, headroom);
        }
    }
}
