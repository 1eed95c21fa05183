package org.radiomics4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.RadiomicsExtractor;

/**
 * radiomics-core has no ND4J on its class path (its dependency tree must not): {@code ComputeBackend.ND4J} fails
 * with an error naming the module to add, at {@code RadiomicsExtractor.of}, before any image is read.
 */
class FeatureKernelBackendsTest {

    @Test
    void javaIsBuiltIn() {
        assertEquals(ComputeBackend.JAVA, FeatureKernelBackends.plainJava().backend());
        assertSame(FeatureKernelBackends.plainJava(), FeatureKernelBackends.forBackend(ComputeBackend.JAVA));
    }

    @Test
    void nd4jWithoutItsModuleNamesTheModule() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> FeatureKernelBackends.forBackend(ComputeBackend.ND4J));
        assertTrue(e.getMessage().contains("org.radiomics4j:radiomics-nd4j"), e.getMessage());
        assertTrue(e.getMessage().contains("ND4J"), e.getMessage());
    }

    @Test
    void extractorRejectsAMissingBackendAtOnce() {
        ExecutionSettings x = ExecutionSettings.defaults().withBackend(ComputeBackend.ND4J);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> RadiomicsExtractor.of(ExtractionSettings.defaults(), x));
        assertTrue(e.getMessage().contains("radiomics-nd4j"), e.getMessage());
    }
}
