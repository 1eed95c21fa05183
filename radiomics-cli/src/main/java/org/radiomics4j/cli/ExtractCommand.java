package org.radiomics4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.table.FeatureTables;

/** {@code radiomics extract IMAGE MASK [-p params.yaml] [--label N] [--format table|json|csv] [-o out]}. */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "extract radiomic features from an image and a mask";
    }

    @Override
    public String usage() {
        return """
                usage: radiomics extract IMAGE MASK [options]

                Extracts radiomic features (PyRadiomics' 107 defaults unless a parameter file says otherwise).
                IMAGE and MASK: .nrrd, .nhdr, .seg.nrrd (3D Slicer), .nii, .nii.gz

                options:
                  -p, --params FILE     PyRadiomics YAML parameter file (setting, imageType, featureClass)
                  --label N             mask label to use (overrides the parameter file; default 1)
                  --segment NAME        for a .seg.nrrd mask: the segment to use, by name
                  --format F            table (default), json (flat object, diagnostics_* keys), csv (PyRadiomics batch layout)
                  -o, --output FILE     write there instead of standard output
                  --backend B           java (default) or nd4j: which kernels compute texture features
                  --threads N           threads for one case (default 1); results do not depend on it

                image types (parameter file, imageType block; default Original alone; shape always from the original):
                  Original              original_<class>_<feature>
                  Wavelet               wavelet-LLH ... wavelet-LLL; wavelet (coif1, haar, db1-db10, sym2-sym3),
                                        level (1), start_level (0)
                  Square, SquareRoot, Logarithm, Exponential
                                        square, squareroot, logarithm, exponential
                  LoG                   log-sigma-<s>-mm-3D; sigma (mm list)           [not available yet]
                  Gradient              gradient; gradientUseSpacing (true)             [not available yet]
                  LBP2D                 lbp-2D; lbp2DRadius (1), lbp2DSamples (8), lbp2DMethod (uniform)
                                                                                        [not available yet]
                  LBP3D                 lbp-3D-m1, lbp-3D-m2, lbp-3D-k; lbp3DLevels (2), lbp3DIcosphereRadius (1),
                                        lbp3DIcosphereSubdivision (1)                   [not available yet]
                  Each entry may override binWidth, binCount, voxelArrayShift, force2D, force2Ddimension, distances,
                  symmetricalGLCM, weightingNorm, gldm_a for its own features, e.g. Wavelet: {binWidth: 10}.
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("--params", "--label", "--format", "--output", "--backend", "--threads", "--segment"),
                Set.of(), Map.of("-p", "--params", "-o", "--output"));
        if (a.positional().size() != 2) {
            throw new UsageException("extract needs IMAGE and MASK but got " + a.positional().size() + " arguments: "
                    + a.positional());
        }
        Path imagePath = Path.of(a.positional().get(0));
        Path maskPath = Path.of(a.positional().get(1));
        String format = a.choice("--format", "table", "table", "json", "csv");
        ExtractionSettings settings = a.has("--params")
                ? PyRadiomicsParameters.read(Path.of(a.get("--params", null)))
                : ExtractionSettings.defaults();
        if (a.has("--label")) {
            settings = settings.withLabel(a.getInt("--label", 1));
        }
        settings = settings.withBackend(ComputeBackend.valueOf(a.choice("--backend", "java", "java", "nd4j").toUpperCase(java.util.Locale.ROOT)))
                .withThreads(a.getInt("--threads", 1));
        Volume image = ImageReaders.readVolume(imagePath);
        Mask mask = a.has("--segment")
                ? org.radiomics4j.io.nrrd.SlicerSegmentation.read(maskPath).mask(a.get("--segment", null))
                : ImageReaders.readMask(maskPath);
        FeatureSet fs = RadiomicsExtractor.of(settings).extract(image, mask);

        Writer w = a.has("--output")
                ? Files.newBufferedWriter(Path.of(a.get("--output", null)), StandardCharsets.UTF_8)
                : new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            switch (format) {
                case "json" -> FeatureTables.writeJson(fs, w);
                case "csv" -> FeatureTables.writeCsv(List.of(new FeatureTables.Row(imagePath.toString(), maskPath.toString(), fs)), w);
                default -> {
                    w.write(fs.toString());
                    w.flush();
                }
            }
        } finally {
            if (a.has("--output")) {
                w.close();
                err.println("wrote " + fs.size() + " features to " + a.get("--output", null));
            } else {
                w.flush();
            }
        }
        return 0;
    }
}
