package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;

/** A role's minimum machine (guide, "System requirements") and the ports it serves to the internet. */
public record RoleSpec(Role role, int vcpu, BigDecimal ramGb, int servicesDiskGb, List<String> inboundPorts) {
    public RoleSpec {
        inboundPorts = List.copyOf(inboundPorts);
    }
}
