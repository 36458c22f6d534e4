package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;

/** One machine to procure, with the host name the outputs give it. */
public record Machine(String hostName, Role role, Tier tier, String zone,
                      int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {

    /** The columns of the list of machines, in the workbook and the brief: sizes as the bill of materials gives them. */
    public static final List<String> HEADINGS = List.of("Host name", "vCPU", "RAM (GB)", "Services disk (GB)", "Data disk (GB)",
            "Machine", "Zone");

    public String label() {
        return tier.label(role);
    }
}
