package org.radiomics4j.examples;

import java.nio.file.Path;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * Step 1: read an image and its segmentation (NRRD here; NIfTI, MetaImage and DICOM work the same way) and look at
 * their geometry. Usage: {@code ReadImageExample [image mask]} (default: PyRadiomics' brain1 test case).
 */
public final class ReadImageExample {
    private ReadImageExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) {
        Path[] files = args.length == 2 ? new Path[] {Path.of(args[0]), Path.of(args[1])} : ExampleData.brain1();
        Volume image = ImageReaders.readVolume(files[0]);
        Mask mask = ImageReaders.readMask(files[1]);
        System.out.println("Image: " + files[0].getFileName());
        System.out.println("  " + image);
        System.out.println("Mask:  " + files[1].getFileName());
        System.out.println("  " + mask);
        System.out.println("ROI voxels: " + mask.count());
        System.out.println("ROI bounding box: " + mask.boundingBox());
    }
}
