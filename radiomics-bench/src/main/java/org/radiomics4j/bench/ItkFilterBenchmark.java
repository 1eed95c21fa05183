package org.radiomics4j.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.GradientFilter;
import org.radiomics4j.core.filters.Lbp2DFilter;
import org.radiomics4j.core.filters.Lbp3DFilter;
import org.radiomics4j.core.filters.LogFilter;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.study.demo.SyntheticCt;

/**
 * The ITK-style and LBP filters on a whole synthetic CT (int16, 0.75×0.75×1.25 mm, fixed seed), as PyRadiomics runs
 * them on the whole image: {@code log} (one sigma; PyRadiomics' ITK filter is 9 recursive passes per sigma),
 * {@code gradient}, {@code lbp2D} (uniform, P 8, R 1, every z-slice) and {@code lbp3D} (defaults: 42 samples per ROI
 * voxel, only ROI voxels). The grid follows {@link BenchData#generator}: 96×96×48 for a 20k-voxel ROI, 256×256×128
 * for 300k, 512×512×300 for 2.4M (a whole liver).
 *
 * <p>Run: {@code radiomics-bench/run --jmh ItkFilterBenchmark [-p roiVoxels=300000] [-p threads=2]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ItkFilterBenchmark {

    /** ROI size, which fixes the grid (see {@link BenchData#generator}). */
    @Param({"20000"})
    public int roiVoxels;

    /** Worker threads of the LoG and gradient filters (results do not depend on it). */
    @Param({"1"})
    public int threads;

    /** LoG sigma in mm. */
    @Param({"1.0"})
    public double sigma;

    private Volume image;
    private Mask mask;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCt.Case c = BenchData.generator(roiVoxels).generate();
        image = c.image();
        mask = c.mask();
    }

    @Benchmark
    public List<DerivedImage> log() {
        return LogFilter.of(sigma).apply(image, mask, threads);
    }

    @Benchmark
    public List<DerivedImage> gradient() {
        return GradientFilter.withDefaults().apply(image, mask, threads);
    }

    @Benchmark
    public List<DerivedImage> lbp2D() {
        return Lbp2DFilter.withDefaults().apply(image, mask);
    }

    @Benchmark
    public List<DerivedImage> lbp3D() {
        return Lbp3DFilter.withDefaults().apply(image, mask);
    }
}
