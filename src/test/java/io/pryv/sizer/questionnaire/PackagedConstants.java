package io.pryv.sizer.questionnaire;

import io.pryv.sizer.rules.RulesException;
import io.pryv.sizer.rules.SizingRules;

import java.math.BigDecimal;
import java.util.Map;

/** The packaged rules' constants, loaded once, for tests that write the template as the template command does. */
public final class PackagedConstants {
    private PackagedConstants() {}

    private static Map<String, BigDecimal> constants;

    public static synchronized Map<String, BigDecimal> get() {
        if (constants == null) {
            try {
                constants = SizingRules.packaged().helpConstants();
            } catch (RulesException e) {
                throw new IllegalStateException(e);
            }
        }
        return constants;
    }
}
