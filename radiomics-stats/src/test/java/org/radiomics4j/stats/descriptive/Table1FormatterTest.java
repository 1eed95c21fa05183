package org.radiomics4j.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.OracleCases;

/**
 * Table-1 cells. Numbers: group_comparison case gc01 x, whose R descriptives are mean 69.9506666666667,
 * sd 5.10348825617855, median 69.8, type-7 quartiles 67.09 / 73.905, type-6 quartiles 67 / 73.96 (R 4.2.2).
 */
class Table1FormatterTest {

    private static double[] gc01x() {
        Map<String, double[]> g = OracleCases.groups("group_comparison",
                OracleCases.expectedCase("group_comparison", "gc01_normal_equal_n"));
        return g.get("A");
    }

    @Test
    void formatsMeanSdAndMedianIqr() {
        DescriptiveSummary s7 = DescriptiveSummary.of(gc01x());
        Table1Formatter f = Table1Formatter.withDefaults();
        assertEquals("70.0 ± 5.1", f.meanSd(s7));
        assertEquals("69.8 (67.1–73.9)", f.medianIqr(s7));
        assertEquals("69.80 (67.00–73.96)", f.withDecimals(2).medianIqr(DescriptiveSummary.of(gc01x(),
                QuantileType.TYPE_6)));
        assertEquals("69.95 ± 5.10", f.withDecimals(2).meanSd(s7));
        assertEquals(73.905 - 67.09, s7.iqr(), 1e-12);
    }

    @Test
    void formatsCountsAndPercentages() {
        Table1Formatter f = Table1Formatter.withDefaults();
        assertEquals("7 (46.7%)", f.countPercent(7, 15));
        assertEquals("7 (47%)", f.withPercentDecimals(0).countPercent(7, 15));
        // cohort_01 sex among responders (R table in cohort/expected.json): F 9, M 6
        List<CategoryCount> c = CategoryCount.tabulate(new String[] {"F", "M", "F", "F", "M", "F", "F", "M", "F",
            "F", "M", "F", "M", "F", "M"});
        assertEquals("F", c.get(0).category());
        assertEquals(9, c.get(0).count());
        assertEquals(60.0, c.get(0).percent(), 1e-12);
        assertEquals("6 (40.0%)", f.countPercent(c.get(1)));
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> DescriptiveSummary.of(new double[] {1, Double.NaN}));
        assertTrue(ex.getMessage().contains("values[1]"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DescriptiveSummary.of(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Table1Formatter.withDefaults().countPercent(8, 7));
        assertThrows(IllegalArgumentException.class, () -> Table1Formatter.withDefaults().withDecimals(-1));
        assertThrows(IllegalArgumentException.class, () -> CategoryCount.tabulate(new String[] {"a", null}));
        assertThrows(IllegalArgumentException.class, () -> QuantileType.TYPE_7.quantile(new double[] {1, 2}, 1.5));
    }
}
