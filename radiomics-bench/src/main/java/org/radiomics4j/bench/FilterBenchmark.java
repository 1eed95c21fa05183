package org.radiomics4j.bench;

import java.util.Random;
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
import org.radiomics4j.core.filters.ImageFilter;
import org.radiomics4j.core.filters.IntensityFilter;
import org.radiomics4j.core.filters.WaveletFilter;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * The image-type filters on a whole image (as PyRadiomics filters the whole image): the four intensity filters and
 * the wavelet (coif1, one level: eight FLOAT64 outputs), on an int16 CT-like volume of {@code size}
 * (x by y by z, e.g. 256x256x64 = 4.2M voxels, 512x512x128 = 33.6M voxels).
 *
 * <p>Run: {@code radiomics-bench/run --jmh FilterBenchmark} (e.g. {@code -p filter=wavelet-coif1}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FilterBenchmark {

    @Param({"square", "squareroot", "logarithm", "exponential", "wavelet-coif1", "wavelet-haar"})
    public String filter;

    @Param({"256x256x64", "512x512x128"})
    public String size;

    private Volume image;
    private ImageFilter f;

    @Setup(Level.Trial)
    public void setUp() {
        String[] p = size.split("x");
        Geometry g = Geometry.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), 0.75, 0.75,
                1.25);
        short[] d = new short[g.voxelCount()];
        Random r = new Random(13);
        for (int i = 0; i < d.length; i++) {
            d[i] = (short) (r.nextGaussian() * 200 - 300);
        }
        image = Volume.wrap(d, g, PixelType.INT16);
        f = switch (filter) {
            case "square" -> new IntensityFilter(IntensityFilter.Kind.SQUARE);
            case "squareroot" -> new IntensityFilter(IntensityFilter.Kind.SQUAREROOT);
            case "logarithm" -> new IntensityFilter(IntensityFilter.Kind.LOGARITHM);
            case "exponential" -> new IntensityFilter(IntensityFilter.Kind.EXPONENTIAL);
            case "wavelet-coif1" -> WaveletFilter.defaults();
            case "wavelet-haar" -> new WaveletFilter("haar", 1, 0);
            default -> throw new IllegalArgumentException("unknown filter " + filter);
        };
    }

    /** The whole filter: every derived image of the image type. */
    @Benchmark
    public Object apply() {
        return f.apply(image, null);
    }
}
