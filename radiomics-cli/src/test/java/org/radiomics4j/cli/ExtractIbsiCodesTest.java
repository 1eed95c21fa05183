package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code radiomics extract ... -p digital-phantom.yaml --names ibsi-codes} on the IBSI digital phantom: the JSON keys
 * are {@code <ibsi_code>:<aggregation_code>} and each value matches IBSI's reference value
 * (testdata/ibsi/reference_values.csv) by the rule of testdata/ibsi/README.md: {@code |ours - ref| <= tol + u/2},
 * u one unit in the third significant digit printed (1e-6 for the exact 0).
 */
class ExtractIbsiCodesTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));

    @Test
    void digitalPhantomKeysAreIbsiCodesAndMatchTheReference() throws IOException {
        ExitCodesTest.Run r = ExitCodesTest.run("extract", DATA.resolve("ibsi/digital_phantom/image.nii.gz").toString(),
                DATA.resolve("ibsi/digital_phantom/mask.nii.gz").toString(),
                "-p", "../radiomics-examples/params/ibsi/digital-phantom.yaml", "--format", "json",
                "--names", "ibsi-codes");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Map<String, List<double[]>> ref = new HashMap<>();
        try (var reader = Files.newBufferedReader(DATA.resolve("ibsi/reference_values.csv"));
                var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord c : csv) {
                if (c.get("configuration").equals("digital_phantom")) {
                    double tol = c.get("tolerance").isEmpty() ? 0 : Double.parseDouble(c.get("tolerance"));
                    ref.computeIfAbsent(c.get("ibsi_code") + ":" + c.get("aggregation_code"), k -> new ArrayList<>())
                            .add(new double[] {Double.parseDouble(c.get("value")), tol});
                }
            }
        }
        int checked = 0;
        for (var e : ref.entrySet()) {
            if (e.getValue().size() != 1) {
                continue; // BC2M and GBPN: two features share a code (10 % and 90 %), keyed with a suffix
            }
            JsonNode v = json.get(e.getKey());
            assertTrue(v != null, "missing key " + e.getKey());
            double want = e.getValue().get(0)[0];
            double tol = e.getValue().get(0)[1];
            double u = want == 0 ? 2e-6 : Math.pow(10, Math.floor(Math.log10(Math.abs(want))) - 2);
            assertTrue(Math.abs(v.asDouble() - want) <= tol + u / 2, e.getKey() + ": " + v.asDouble() + " vs " + want);
            checked++;
        }
        assertTrue(checked > 400, "checked " + checked);
    }

    @Test
    void ibsiCodesNeedIbsiMode() {
        ExitCodesTest.Run r = ExitCodesTest.run("extract", DATA.resolve("ibsi/digital_phantom/image.nii.gz").toString(),
                DATA.resolve("ibsi/digital_phantom/mask.nii.gz").toString(), "--names", "ibsi-codes");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("IBSI mode"), r.err());
    }
}
