package io.pryv.sizer.model;

import java.math.BigDecimal;

/** One machine to procure, with the host name the outputs give it. */
public record Machine(String hostName, Role role, String tier, String zone,
                      int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {

    public String label() {
        return tier.isEmpty() ? role.label() : role.label() + " " + tier;
    }
}
