package io.pryv.sizer.model;

import java.math.BigDecimal;

/** Machines of the same role and size: one line of the bill of materials. */
public record MachineType(String label, Role role, long quantity,
                          int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {

    public long totalVcpu() { return quantity * vcpu; }

    public BigDecimal totalRamGb() { return ramGb.multiply(BigDecimal.valueOf(quantity)); }

    public long totalServicesDiskGb() { return quantity * servicesDiskGb; }

    public long totalDataDiskGb() { return quantity * dataDiskGb; }
}
