package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Machines of the same role and size, and how many of them stand in each zone (in the order the zones
 * first appear): one line of the bill of materials.
 */
public record MachineType(String label, Role role, Map<String, Long> countByZone,
                          int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {
    public MachineType {
        countByZone = Collections.unmodifiableMap(new LinkedHashMap<>(countByZone));
    }

    /** Machines of the line, in every zone. */
    public long quantity() {
        return countByZone.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<String> zones() {
        return List.copyOf(countByZone.keySet());
    }

    /** The zones of the line, "A, B and 3 more" past six: the list of machines gives each one's zone. */
    public String zonesText() {
        return Names.shortList(zones(), 5);
    }

    public long totalVcpu() { return quantity() * vcpu; }

    public BigDecimal totalRamGb() { return ramGb.multiply(BigDecimal.valueOf(quantity())); }

    public long totalServicesDiskGb() { return quantity() * servicesDiskGb; }

    public long totalDataDiskGb() { return quantity() * dataDiskGb; }
}
