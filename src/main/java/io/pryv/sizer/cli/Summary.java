package io.pryv.sizer.cli;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Sizing;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few lines `size` prints: topology, machines by role, totals. */
final class Summary {
    private Summary() {}

    /** Where the machines of a line stand, when the platform has several zones. */
    private static String zones(Sizing s, MachineType t) {
        if (s.questionnaire().zones().size() < 2) return "";
        return "  (" + t.zonesText(3) + ")";
    }

    static void print(Sizing s, PrintWriter out) {
        out.printf(Locale.ROOT, "%s – %s%n", s.questionnaire().customerName(), s.questionnaire().projectName());
        out.printf(Locale.ROOT, "Sized with the %s%n", s.questionnaire().profile().rules(s.rulesVersion()));
        out.printf(Locale.ROOT, "Topology: %s (%s)%n", s.topology().label(), s.topology());
        out.println("Machines:");
        for (MachineType t : s.machineTypes()) {
            out.printf(Locale.ROOT, "  %5d × %-18s %4d vCPU %6s GB RAM %6d GB services %,10d GB data%s%n",
                    t.quantity(), t.label(), t.vcpu(), Numbers.format(t.ramGb()),
                    t.servicesDiskGb(), t.dataDiskGb(), zones(s, t));
        }
        out.printf(Locale.ROOT, "Total: %s, %,d vCPU, %s GB RAM, %,d GB services disk, %,d GB data disk%n",
                Numbers.countOf(s.vmCount(), "machine"), s.totalVcpu(), Numbers.format(s.totalRamGb()),
                s.totalServicesDiskGb(), s.totalDataDiskGb());
        s.findings().forEach(f -> out.printf(Locale.ROOT, "%s: %s%n", f.severity() == Finding.Severity.WARNING ? "Warning" : "Note", f.text()));
        List<Integer> missing = Brief.unprintable(s.questionnaire());
        if (!missing.isEmpty()) {
            out.println("Note: the brief's font cannot show " + missing.stream().map(Character::toString)
                    .collect(Collectors.joining(", ")) + " in the names: a brief leaves them out and says so; "
                    + "the workbook shows them.");
        }
    }
}
