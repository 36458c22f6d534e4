package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The customer's answers, one field per defined name of the template. Load and volume figures are
 * per user. Optional text is "" when blank; {@code registerFollowers} is null when left automatic.
 * {@code templateVersion} is the layout the answers were read from; {@code extendedSupport} says that
 * extended security maintenance (Ubuntu Pro) is planned for the operating system.
 */
public record Questionnaire(
        String templateVersion,
        String customerName,
        String projectName,
        String preparedBy,
        LocalDate questionnaireDate,
        List<Zone> zones,
        boolean expectRapidGrowth,
        BigDecimal safetyMarginPercent,
        Integer registerFollowers,
        BigDecimal storageThroughputMBps,
        String operatingSystem,
        boolean extendedSupport,
        String dockerVersion,
        String dockerComposeVersion,
        BigDecimal writeRps,
        BigDecimal attachmentWriteMBps,
        BigDecimal writeDataPointsPerDay,
        BigDecimal writeMBPerDay,
        BigDecimal retentionYears,
        BigDecimal readRps,
        BigDecimal pointsPerRequest,
        BigDecimal attachmentReadRps,
        BigDecimal readDataPointsPerDay,
        BigDecimal readMBPerDay,
        BigDecimal bytesPerDataPoint,
        BigDecimal diskHeadroomPercent) {

    public Questionnaire {
        zones = List.copyOf(zones);
        if (zones.isEmpty()) throw new IllegalArgumentException("at least one zone");
        preparedBy = preparedBy == null ? "" : preparedBy;
        dockerVersion = dockerVersion == null ? "" : dockerVersion;
        dockerComposeVersion = dockerComposeVersion == null ? "" : dockerComposeVersion;
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(questionnaireDate, "questionnaireDate");
    }

    /** The answer per user that loads a metric at peak. */
    public BigDecimal perUserPeak(Metric metric) {
        return switch (metric) {
            case WRITE_RPS -> writeRps;
            case READ_RPS -> readRps;
            case ATTACHMENT_READ_RPS -> attachmentReadRps;
            case ATTACHMENT_WRITE_MBPS -> attachmentWriteMBps;
        };
    }

    /** Users over every zone. */
    public long platformUsers() {
        return zones.stream().mapToLong(Zone::users).sum();
    }
}
