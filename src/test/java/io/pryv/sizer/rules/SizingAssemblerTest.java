package io.pryv.sizer.rules;

import io.pryv.sizer.model.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SizingAssembler: the order of the firewall lines by the machine they reach. */
class SizingAssemblerTest {

    @Test
    void openingsToTheMachinesGoInRoleOrderWhateverTheirTier() {
        // static-web 1, register 2 (its leader too), core 3, as Role gives them.
        assertThat(SizingAssembler.machineNameOrder("static-web")).isEqualTo(1);
        assertThat(SizingAssembler.machineNameOrder("register leader")).isEqualTo(2);
        assertThat(SizingAssembler.machineNameOrder("core")).isEqualTo(3);
        assertThat(SizingAssembler.machineNameOrder(Role.SINGLE_NODE.label())).isZero();
    }

    @Test
    void aPlaceOutsideThePlatformIsNoRoleEvenIfItsNameStartsLikeOne() {
        // "mail relay (SMTP)" is the customer's server: a role named "mail relay" must not pull it among the machines.
        assertThat(SizingAssembler.machineNameOrder("core mirror")).isEqualTo(Integer.MAX_VALUE);
        assertThat(SizingAssembler.machineNameOrder("static-web cache")).isEqualTo(Integer.MAX_VALUE);
        assertThat(SizingAssembler.machineNameOrder("all machines")).isEqualTo(Integer.MAX_VALUE);
    }
}
