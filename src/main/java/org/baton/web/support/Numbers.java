package org.baton.web.support;

import java.math.BigDecimal;

/** Numbers as people write them: 12.50 shows as 12.5, 1E+2 as 100. */
public final class Numbers {

    private Numbers() {}

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
