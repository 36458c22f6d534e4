package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Machines of the same role and size, and how many of them stand in each zone (in the order the zones
 * first appear): one line of the bill of materials.
 */
public record MachineType(String label, Role role, Map<String, Long> countByZone,
                          int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {
    /**
     * The columns of a bill-of-materials line, as the workbook and the brief head them: sizes of one machine,
     * the quantity, then the sizes times the quantity. The brief gives the zones under the machine's name.
     */
    public static final List<String> HEADINGS = List.of("Machine", "vCPU", "RAM (GB)", "Services disk (GB)", "Data disk (GB)",
            "Quantity", "Total vCPU", "Total RAM (GB)", "Total services disk (GB)", "Total data disk (GB)", "Zones");

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

    /** Zones the outputs name one by one on a machine line; past one more than this, the rest are summed up. */
    public static final int ZONES_SHOWN = 5;

    /** {@link #zonesText(int)} with {@link #ZONES_SHOWN} zones, as the workbook and the brief give them. */
    public String zonesText() {
        return zonesText(ZONES_SHOWN);
    }

    /**
     * The zones the line's machines stand in. One zone, or one machine per zone: the names alone, since the
     * quantity says the rest. Otherwise each name with its count, "CH-Zürich (1), PL-Łódź (2)", so that nobody
     * has to count host names. Past {@code shown} + 1 zones the rest are summed up: "and 3 more", or
     * "and 9 in 4 more zones" with counts.
     */
    public String zonesText(int shown) {
        if (countByZone.size() == 1 || countByZone.values().stream().allMatch(n -> n == 1)) {
            return Names.shortList(zones(), shown);
        }
        List<Map.Entry<String, Long>> zones = List.copyOf(countByZone.entrySet());
        int named = Names.named(zones.size(), shown);
        String text = zones.subList(0, named).stream()
                .map(z -> z.getKey() + " (" + Numbers.format(z.getValue()) + ")").collect(Collectors.joining(", "));
        if (named == zones.size()) return text;
        long rest = zones.subList(named, zones.size()).stream().mapToLong(Map.Entry::getValue).sum();
        return text + " and " + Numbers.format(rest) + " in " + Numbers.countOf(zones.size() - named, "more zone");
    }

    public long totalVcpu() { return quantity() * vcpu; }

    public BigDecimal totalRamGb() { return ramGb.multiply(BigDecimal.valueOf(quantity())); }

    public long totalServicesDiskGb() { return quantity() * servicesDiskGb; }

    public long totalDataDiskGb() { return quantity() * dataDiskGb; }
}
