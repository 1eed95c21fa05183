package org.radiomics4j.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grouping of the report's feature tables (Tables 2, 3 and 4) by PyRadiomics image type. Feature names follow
 * PyRadiomics' {@code <imageType>_<class>_<feature>} convention with its image type names (as in the reference
 * feature files of {@code shared/reference/pyradiomics-filters}: {@code log-sigma-1-0-mm-3D}, {@code wavelet-LLH},
 * ...).
 */
class ReportTablesImageTypeTest {
    private static List<List<String>> rowsOf(List<String> features) {
        List<List<String>> rows = new ArrayList<>();
        for (String f : features) {
            rows.add(List.of(f, "x"));
        }
        return rows;
    }

    private static List<String> firstCells(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).toList();
    }

    @Test
    void imageTypeIsThePartBeforeTheFirstUnderscore() {
        assertEquals("original", ReportTables.imageType("original_glcm_Correlation"));
        assertEquals("log-sigma-3-0-mm-3D", ReportTables.imageType("log-sigma-3-0-mm-3D_firstorder_Mean"));
        assertEquals("wavelet-LLH", ReportTables.imageType("wavelet-LLH_glszm_ZoneEntropy"));
        assertEquals("lbp-3D-k", ReportTables.imageType("lbp-3D-k_firstorder_Median"));
        assertEquals("", ReportTables.imageType("ki67"));
    }

    @Test
    void rowsSortedAndSubHeadedByImageTypeKeepingTheirOrderWithinAType() {
        // table order (e.g. by P): image types interleaved; LoG 10 mm must come after 3 mm (numeric, not by name)
        List<String> features = List.of("wavelet-HLL_glcm_Idn", "log-sigma-10-0-mm-3D_glcm_Imc1",
                "original_glcm_Correlation", "square_firstorder_Mean", "log-sigma-3-0-mm-3D_firstorder_Mean",
                "original_firstorder_Median", "wavelet-HHH_glrlm_RunEntropy", "log-sigma-1-5-mm-3D_ngtdm_Busyness");
        List<List<String>> out = ReportTables.groupByImageType(features, rowsOf(features), 2);
        assertEquals(List.of(
                "Image type: original", "original_glcm_Correlation", "original_firstorder_Median",
                "Image type: log-sigma-1-5-mm-3D", "log-sigma-1-5-mm-3D_ngtdm_Busyness",
                "Image type: log-sigma-3-0-mm-3D", "log-sigma-3-0-mm-3D_firstorder_Mean",
                "Image type: log-sigma-10-0-mm-3D", "log-sigma-10-0-mm-3D_glcm_Imc1",
                "Image type: wavelet-HHH", "wavelet-HHH_glrlm_RunEntropy",
                "Image type: wavelet-HLL", "wavelet-HLL_glcm_Idn",
                "Image type: square", "square_firstorder_Mean"), firstCells(out));
        // a sub-header spans the table's width with empty cells
        assertEquals(List.of("Image type: original", ""), out.get(0));
        // feature rows are carried over whole
        assertEquals(List.of("square_firstorder_Mean", "x"), out.get(out.size() - 1));
    }

    @Test
    void originalOnlyTablesAreUnchanged() {
        List<String> features = List.of("original_glcm_Correlation", "original_firstorder_Median");
        List<List<String>> rows = rowsOf(features);
        assertSame(rows, ReportTables.groupByImageType(features, rows, 2));
        assertEquals(List.of(), ReportTables.groupByImageType(List.of(), List.of(), 2));
    }

    @Test
    void mismatchedNamesAndRowsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportTables.groupByImageType(List.of("original_glcm_Idn"), List.of(), 2));
        assertEquals("1 feature names for 0 rows", e.getMessage());
    }
}
