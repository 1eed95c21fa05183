package org.radiomics4j.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.PreparedMask;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.extract.ComplianceMode;
import org.radiomics4j.core.extract.FeatureNaming;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.io.dicom.DicomReaders;
import org.radiomics4j.io.table.FeatureTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomics extract IMAGE MASK [-p params.yaml] [--label N] [--format table|json|csv] [-o out]}. */
@Command(name = "extract", sortOptions = false,
        description = {"Extract radiomic features from an image and a mask (PyRadiomics' 107 defaults unless a "
                + "parameter file says otherwise).",
            "IMAGE: .nrrd, .nhdr, .nii, .nii.gz, .mha, .mhd, or a DICOM series (its folder or one of its files)",
            "MASK: a label volume in those formats, a .seg.nrrd (3D Slicer; --segment), a DICOM RTSTRUCT (--roi) or a "
                + "DICOM SEG (--segment)"},
        footer = {"",
            "image types (parameter file, imageType block; default Original alone; shape always from the original):",
            "  Original     original_<class>_<feature>",
            "  Wavelet      wavelet-LLH ... wavelet-LLL; wavelet (coif1, haar, db1-db10, sym2-sym3), level (1),",
            "               start_level (0)",
            "  Square, SquareRoot, Logarithm, Exponential: square, squareroot, logarithm, exponential",
            "  LoG          log-sigma-<s>-mm-3D; sigma (list, mm; required)",
            "  Gradient     gradient; gradientUseSpacing (true)",
            "  LBP2D        lbp-2D; lbp2DRadius (1), lbp2DSamples (8), lbp2DMethod (uniform)",
            "  LBP3D        lbp-3D-m1, lbp-3D-m2, lbp-3D-k; lbp3DLevels (2), lbp3DIcosphereRadius (1),",
            "               lbp3DIcosphereSubdivision (1)",
            "  Each entry may override binWidth, binCount, voxelArrayShift, force2D, force2Ddimension, distances,",
            "  symmetricalGLCM, weightingNorm, gldm_a for its own features, e.g. Wavelet: {binWidth: 10}.",
            "",
            "IBSI mode: a parameter file with setting: {complianceMode: IBSI, ...}; the IBSI chapter 1 configurations",
            "  ship as radiomics-examples/params/ibsi/digital-phantom.yaml and config-A.yaml ... config-E.yaml; output",
            "  names <family>_<Name>_<code>_<aggregation code>, or <code>:<aggregation code> with --names ibsi-codes",
            "  (docs/ibsi-mode.md lists them).",
            "",
            "voxel-based mode: --voxel-based -o DIR writes DIR/original_<class>_<feature>.nrrd (or .nii.gz with",
            "  --map-format nifti), float64 maps on the ROI's box padded by kernelRadius; voxelSetting: kernelRadius (1),",
            "  maskedKernel (true), initValue (0), voxelBatch (-1); docs/voxel-based.md.",
            "",
            "example: radiomics extract ct.nrrd liver.nrrd -p params.yaml --format json -o ct.json",
            "example: radiomics extract phantom.nii.gz mask.nii.gz -p radiomics-examples/params/ibsi/config-A.yaml "
                + "--format json --names ibsi-codes"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "the image")
    Path image;

    @Parameters(index = "1", paramLabel = "MASK", description = "the mask (label map or segmentation)")
    Path mask;

    @Option(names = {"-p", "--params"}, paramLabel = "FILE",
            description = "PyRadiomics YAML parameter file (setting, imageType, featureClass)")
    Path params;

    @Option(names = "--label", paramLabel = "N",
            description = "mask label to use (overrides the parameter file; default 1)")
    Integer label;

    @Option(names = "--segment", paramLabel = "NAME",
            description = "for a .seg.nrrd (3D Slicer) or DICOM SEG mask: the segment to use, by name")
    String segment;

    @Option(names = "--roi", paramLabel = "NAME", description = "for a DICOM RTSTRUCT mask: the structure to use, by name")
    String roi;

    @Option(names = "--series", paramLabel = "UID",
            description = "for a DICOM folder holding several series: the Series Instance UID to read")
    String series;

    @Option(names = "--format", paramLabel = "F", completionCandidates = Formats.class,
            description = "table (default), json (flat object, diagnostics_* keys), csv (PyRadiomics batch layout)")
    String format;

    @Option(names = "--names", paramLabel = "N",
            description = "default (PyRadiomics names; IBSI-mode names in IBSI mode) or ibsi-codes (JSON keys "
                    + "<feature code>:<aggregation code>, e.g. RNU0:DHQ4; IBSI mode only)")
    String names;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write there instead of standard output")
    Path output;

    @Option(names = "--backend", paramLabel = "B", completionCandidates = Backends.class,
            description = "java (default) or nd4j: which kernels compute texture features")
    String backend;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads for one case (default: the number of processors); results do not depend on it")
    Integer threads;

    @Option(names = "--voxel-based",
            description = "PyRadiomics' voxel-based mode: write one feature map per feature into the directory -o"
                    + " (kernel settings from the parameter file's voxelSetting block)")
    boolean voxelBased;

    @Option(names = "--map-format", paramLabel = "F", completionCandidates = MapFormats.class,
            description = "with --voxel-based: nrrd (default) or nifti")
    String mapFormat;

    @Override
    public Integer call() throws Exception {
        String fmt = Choices.check("--format", format, "table", "table", "json", "csv");
        String be = Choices.check("--backend", backend, "java", "java", "nd4j");
        FeatureNaming naming = FeatureNaming.parse(Choices.check("--names", names, "default", "default",
                "ibsi-codes"));
        if (threads != null && threads < 1) {
            throw new UsageException("option --threads must be >= 1 but was " + threads);
        }
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (label != null && label < 1) {
            throw new UsageException("option --label must be >= 1 but was " + label);
        }
        String mapExt = VoxelMaps.extension(voxelBased, mapFormat, format, output);
        if (output != null && !voxelBased) {
            OutputFiles.checkWritable(output, "-o");
        }
        ExtractionSettings settings = params != null ? ParameterFiles.read(params) : ExtractionSettings.defaults();
        if (label != null) {
            settings = settings.withLabel(label);
        }
        if (naming == FeatureNaming.IBSI_CODES && settings.mode() != ComplianceMode.IBSI) {
            throw new UsageException("option --names ibsi-codes needs IBSI mode (setting: {complianceMode: IBSI} in "
                    + "the parameter file, e.g. radiomics-examples/params/ibsi/config-A.yaml)");
        }
        ExecutionSettings execution = ExecutionSettings.defaults()
                .withBackend(ComputeBackend.valueOf(be.toUpperCase(Locale.ROOT))).withThreads(nThreads);
        if (segment != null && roi != null) {
            throw new UsageException("options --segment and --roi exclude each other: --segment names a segment of a "
                    + ".seg.nrrd or DICOM SEG mask, --roi a structure of an RTSTRUCT");
        }
        RadiomicsExtractor extractor = RadiomicsExtractor.of(settings, execution);
        Volume img;
        Mask m;
        PreparedMask prepared = null;
        if (series == null && roi == null && segment == null) {
            // a label map: read (and inflate) the mask on a second thread while this one reads the image, and there
            // do the mask's part of the extraction (hash, bounding box, ROI checks, shape) while the image inflates
            Inputs in = readImageAndLabelMap(image, mask, nThreads, voxelBased ? null : extractor::prepare);
            img = in.image();
            m = in.mask();
            prepared = in.prepared();
        } else {
            img = series != null ? DicomReaders.readVolume(image, series) : ImageReaders.readVolume(image);
            if (roi != null || (segment != null && DicomReaders.looksLikeDicom(mask))) {
                m = DicomReaders.readMask(mask, roi != null ? roi : segment, img.geometry());
            } else if (segment != null) {
                m = org.radiomics4j.io.nrrd.SlicerSegmentation.read(mask).mask(segment);
            } else {
                m = ImageReaders.readMask(mask);
            }
        }
        if (voxelBased) {
            VoxelMaps.write(settings, execution, params, img, m, output, mapExt, spec.commandLine().getErr());
            return 0;
        }
        FeatureSet fs = naming.apply(prepared != null ? extractor.extract(img, prepared) : extractor.extract(img, m));

        PrintWriter out = spec.commandLine().getOut();
        Writer w = output != null ? OutputFiles.open(output, "-o") : out;
        try {
            switch (fmt) {
                case "json" -> FeatureTables.writeJson(fs, w);
                case "csv" -> FeatureTables.writeCsv(List.of(new FeatureTables.Row(image.toString(), mask.toString(), fs)), w);
                default -> w.write(fs.toString());
            }
            w.flush();
        } finally {
            if (output != null) {
                w.close();
                spec.commandLine().getErr().println("wrote " + fs.size() + " features to " + output);
            }
        }
        return 0;
    }

    /** An image and its mask as read, and the prepared mask (null when no preparation was asked for). */
    record Inputs(Volume image, Mask mask, PreparedMask prepared) {
    }

    /**
     * Reads {@code imageFile} and the label map {@code maskFile}; with {@code threads > 1} the mask on a second
     * thread while this one reads the image (each file is inflated and converted by one thread, so the two run
     * side by side), and there also {@code prepare} (if not null) on the mask, while the image is still inflating.
     * The same values either way; an image error is reported first, as when reading in turn.
     */
    static Inputs readImageAndLabelMap(Path imageFile, Path maskFile, int threads,
            java.util.function.Function<Mask, PreparedMask> prepare) throws Exception {
        if (threads <= 1) {
            Volume img = ImageReaders.readVolume(imageFile);
            Mask mk = ImageReaders.readMask(maskFile);
            return new Inputs(img, mk, prepare == null ? null : prepare.apply(mk));
        }
        java.util.concurrent.FutureTask<Inputs> maskTask = new java.util.concurrent.FutureTask<>(() -> {
            Mask mk = ImageReaders.readMask(maskFile);
            return new Inputs(null, mk, prepare == null ? null : prepare.apply(mk));
        });
        Thread t = new Thread(maskTask, "radiomics4j-read-mask");
        t.setDaemon(true);
        t.start();
        Volume img;
        try {
            img = ImageReaders.readVolume(imageFile);
        } catch (RuntimeException | Error e) {
            maskTask.cancel(true);
            throw e;
        }
        try {
            Inputs m = maskTask.get();
            return new Inputs(img, m.mask(), m.prepared());
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Completion candidates of --format. */
    static final class Formats extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(List.of("table", "json", "csv"));
        }
    }

    /** Completion candidates of --map-format. */
    static final class MapFormats extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MapFormats() {
            super(List.of("nrrd", "nifti"));
        }
    }

    /** Completion candidates of --backend. */
    static final class Backends extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Backends() {
            super(List.of("java", "nd4j"));
        }
    }
}
