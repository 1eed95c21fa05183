package org.radiomics4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.VoxelBasedExtractor;
import org.radiomics4j.core.extract.VoxelSettings;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageWriters;
import org.radiomics4j.io.ParameterFiles;

/** {@code radiomics extract --voxel-based}: computes PyRadiomics' feature maps and writes one file per feature. */
final class VoxelMaps {
    private VoxelMaps() {
    }

    /**
     * The map file extension for {@code --map-format}, after checking the options that go with it.
     *
     * @return null when not voxel-based
     * @throws UsageException naming the option and the rule
     */
    static String extension(boolean voxelBased, String mapFormat, String format, Path output) {
        if (!voxelBased) {
            if (mapFormat != null) {
                throw new UsageException("option --map-format needs --voxel-based");
            }
            return null;
        }
        String f = Choices.check("--map-format", mapFormat, "nrrd", "nrrd", "nifti");
        if (output == null) {
            throw new UsageException("option --voxel-based needs -o DIR, the directory for the maps");
        }
        if (format != null) {
            throw new UsageException("option --format does not apply with --voxel-based (maps are images; choose"
                    + " their format with --map-format)");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("option -o: " + output + " exists and is not a directory");
        }
        return f.equals("nifti") ? ".nii.gz" : ".nrrd";
    }

    /** Computes the maps and writes them as {@code dir/<feature name><ext>}, progress on {@code err}. */
    static void write(ExtractionSettings settings, ExecutionSettings execution, Path params, Volume image, Mask mask,
            Path dir, String ext, PrintWriter err) throws IOException {
        VoxelSettings voxel = params != null ? ParameterFiles.readVoxelSettings(params) : VoxelSettings.defaults();
        VoxelBasedExtractor extractor = VoxelBasedExtractor.of(settings, voxel, execution);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        long[] last = {t0, -1};
        VoxelBasedExtractor.Maps maps = extractor.extract(image, mask, (done, total) -> {
            long now = System.nanoTime();
            int percent = (int) (100 * done / total);
            if (done == total || (now - last[0] > 2_000_000_000L && percent != last[1])) {
                err.printf(Locale.ROOT, "voxel-based: %d/%d voxels (%d%%), %.1f s%n", done, total, percent,
                        (now - t0) / 1e9);
                err.flush();
                last[0] = now;
                last[1] = percent;
            }
        });
        for (Map.Entry<String, Volume> e : maps.maps().entrySet()) {
            ImageWriters.writeVolume(e.getValue(), dir.resolve(e.getKey() + ext));
        }
        maps.failures().forEach((c, n) -> err.println("warning: " + c.pyradiomicsName() + " failed on " + n
                + " of " + maps.roiVoxels() + " kernels; those voxels hold initValue " + voxel.initValue()));
        err.println("wrote " + maps.maps().size() + " maps (kernel radius " + voxel.kernelRadius() + ", box "
                + maps.box().toPyRadiomicsString() + ") to " + dir);
        err.flush();
    }
}
