package org.radiomics4j.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.radiomics4j.io.Radiomics;
import org.radiomics4j.core.extract.FeatureSet;

/**
 * Step 2: extract the PyRadiomics default feature set (original image, every default family, bin width 25) from
 * one image and mask. Usage: {@code ExtractFeaturesExample [image mask]} (default: brain1).
 */
public final class ExtractFeaturesExample {
    private ExtractFeaturesExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) {
        Path[] files = args.length == 2 ? new Path[] {Path.of(args[0]), Path.of(args[1])} : ExampleData.brain1();
        FeatureSet features = Radiomics.extract(files[0], files[1]);
        System.out.println("Features extracted: " + features.size());
        for (String name : List.of("original_shape_MeshVolume", "original_firstorder_Mean",
                "original_firstorder_Entropy", "original_glcm_Correlation", "original_glrlm_RunLengthNonUniformity",
                "original_glszm_ZoneEntropy")) {
            if (features.contains(name)) {
                System.out.printf(Locale.ROOT, "  %-40s %.6g%n", name, features.get(name));
            }
        }
    }
}
