package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prices of SIZING.md §9, per month, a blank one as 0; {@code blank} lists the prices the questionnaire left
 * blank, which the outputs name. Only a questionnaire with a price has prices: see {@link #of(Questionnaire)}.
 */
public record Prices(String currency, BigDecimal machine, BigDecimal vcpu, BigDecimal ramGb, BigDecimal servicesDiskGb,
                     BigDecimal dataDiskGb, List<Question> blank) {
    public Prices {
        blank = List.copyOf(blank);
    }

    /** The questionnaire's prices; null when it gives none (a currency alone gives no costs). */
    public static Prices of(Questionnaire q) {
        if (!q.priced()) return null;
        return new Prices(q.text(Question.CURRENCY), q.price(Question.PRICE_MACHINE_MONTH), q.price(Question.PRICE_VCPU_MONTH),
                q.price(Question.PRICE_RAM_GB_MONTH), q.price(Question.PRICE_SERVICES_DISK_GB_MONTH),
                q.price(Question.PRICE_DATA_DISK_GB_MONTH),
                Question.PRICES.stream().filter(p -> q.number(p) == null).toList());
    }

    /** What one machine of {@code g} costs per month, its data disk at the size {@code g} gives (the one provisioned). */
    public BigDecimal monthly(MachineGroup g) {
        return machine.add(vcpu.multiply(BigDecimal.valueOf(g.vcpu()))).add(ramGb.multiply(g.ramGb()))
                .add(servicesDiskGb.multiply(BigDecimal.valueOf(g.servicesDiskGb())))
                .add(dataDiskGb.multiply(BigDecimal.valueOf(g.dataDiskGb())));
    }
}
