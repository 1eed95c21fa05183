package org.radiomics4j.stats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mid-ranks as R's {@code rank(c(3, 1, 3, 2, 0, -0))}, which gives 5.5 3.0 5.5 4.0 1.5 1.5 (0 and -0 tie). */
class RankSupportTest {
    @Test
    void midRanksAndSignedZeros() {
        RankSupport r = RankSupport.of(new double[] {3, 1, 3, 2, 0.0, -0.0});
        assertArrayEquals(new double[] {5.5, 3, 5.5, 4, 1.5, 1.5}, r.ranks());
        assertTrue(r.hasTies());
        assertEquals(12.0, r.tieCorrectionSum()); // two tied pairs: 2 * (2^3 - 2)
    }
}
