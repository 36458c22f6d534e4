package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;

/** Machines of the same role and size, and the zones they stand in: one line of the bill of materials. */
public record MachineType(String label, Role role, long quantity, List<String> zones,
                          int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {
    public MachineType {
        zones = List.copyOf(zones);
    }

    /** The zones of the line, "A, B and 3 more" past six: the list of machines gives each one's zone. */
    public String zonesText() {
        return Names.shortList(zones, 5);
    }

    public long totalVcpu() { return quantity * vcpu; }

    public BigDecimal totalRamGb() { return ramGb.multiply(BigDecimal.valueOf(quantity)); }

    public long totalServicesDiskGb() { return quantity * servicesDiskGb; }

    public long totalDataDiskGb() { return quantity * dataDiskGb; }
}
