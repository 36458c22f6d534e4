package io.pryv.sizer.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The zones of a machine line, as the workbook, the brief and the console give them. */
class MachineTypeTest {
    private static MachineType followers(long... perZone) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int z = 0; z < perZone.length; z++) counts.put("Z" + (z + 1), perZone[z]);
        return new MachineType("register follower", Role.REGISTER, counts, 1, BigDecimal.valueOf(2), 20, 15);
    }

    @Test
    void oneMachinePerZoneNamesTheZonesOnly() {
        assertThat(followers(1, 1, 1).zonesText()).isEqualTo("Z1, Z2, Z3");
        assertThat(followers(4).zonesText()).isEqualTo("Z1");
        assertThat(followers(1, 1, 1, 1, 1, 1, 1, 1).zonesText()).isEqualTo("Z1, Z2, Z3, Z4, Z5 and 3 more");
    }

    @Test
    void unevenCountsAreGivenPerZone() {
        MachineType t = followers(1, 2, 2);
        assertThat(t.quantity()).isEqualTo(5);
        assertThat(t.zonesText()).isEqualTo("Z1 (1), Z2 (2), Z3 (2)");
        // Six zones are all named; past that the rest are summed up, machines and zones.
        assertThat(followers(2, 2, 2, 2, 2, 2).zonesText()).isEqualTo("Z1 (2), Z2 (2), Z3 (2), Z4 (2), Z5 (2), Z6 (2)");
        assertThat(followers(2, 2, 2, 2, 2, 2, 1, 3).zonesText())
                .isEqualTo("Z1 (2), Z2 (2), Z3 (2), Z4 (2), Z5 (2) and 6 in 3 more zones");
        // The console's shorter list.
        assertThat(t.zonesText(1)).isEqualTo("Z1 (1) and 4 in 2 more zones");
    }
}
