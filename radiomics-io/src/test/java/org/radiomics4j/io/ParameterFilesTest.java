package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.extract.VoxelSettings;

/** Parameter files opened from disk; the parsing itself is tested in radiomics-core (PyRadiomicsParametersTest). */
class ParameterFilesTest {

    @Test
    void readsWhatTheCoreParses(@TempDir Path tmp) throws IOException {
        String yaml = "setting:\n  binCount: 16\n  label: 2\nvoxelSetting:\n  kernelRadius: 2\n";
        Path p = Files.writeString(tmp.resolve("p.yaml"), yaml);
        ExtractionSettings s = ParameterFiles.read(p);
        assertEquals(PyRadiomicsParameters.parse(yaml, p.toString()), s);
        assertEquals(new Binning.FixedBinCount(16), s.binning());
        assertEquals(2, s.label());
        VoxelSettings v = ParameterFiles.readVoxelSettings(p);
        assertEquals(VoxelSettings.defaults().withKernelRadius(2), v);
    }

    @Test
    void errorsNameTheFile(@TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("does-not-exist.yaml");
        RadiomicsException e = assertThrows(RadiomicsException.class, () -> ParameterFiles.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
        e = assertThrows(RadiomicsException.class, () -> ParameterFiles.readVoxelSettings(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());

        Path typo = Files.writeString(tmp.resolve("typo.yaml"), "setting:\n  binWidht: 10\n");
        InvalidSettingException i = assertThrows(InvalidSettingException.class, () -> ParameterFiles.read(typo));
        assertTrue(i.getMessage().contains(typo.toString()) && i.getMessage().contains("'binWidht'")
                && i.getMessage().contains("did you mean 'binWidth'"), i.getMessage());

        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "setting:\n  binWidth: -1\n");
        i = assertThrows(InvalidSettingException.class, () -> ParameterFiles.read(bad));
        assertTrue(i.getMessage().contains(bad.toString()) && i.getMessage().contains("-1"), i.getMessage());

        Path latin1 = Files.write(tmp.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        e = assertThrows(RadiomicsException.class, () -> ParameterFiles.read(latin1));
        assertTrue(e.getMessage().contains(latin1.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());

        e = assertThrows(RadiomicsException.class, () -> ParameterFiles.read(tmp));
        assertTrue(e.getMessage().contains(tmp.toString()) && e.getMessage().contains("is a folder"), e.getMessage());
    }
}
