package org.radiomics4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.factory.Nd4j;
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

/**
 * The counting question behind the design decision "matrix-building loops stay plain Java": histogramming 10 million
 * codes (for example {@code i·Ng + j} pair codes of a GLCM) into {@code bins} counters,
 * <ul>
 *   <li>{@code javaLoop}: {@code counts[code]++} over an {@code int[]};</li>
 *   <li>{@code nd4jScatterAdd}: ND4J {@code scatter_add} of a vector of ones into a zero vector at the codes;</li>
 *   <li>{@code nd4jSegmentSum}: ND4J {@code unsorted_segment_sum} of ones by code.</li>
 * </ul>
 * The ND4J variants get their inputs already as INDArrays (copying the codes in is not timed), which favours ND4J.
 * An ND4J call on 10M codes takes seconds, so each iteration is a single call (hence few iterations).
 * The ratio of an ND4J variant's time to {@code javaLoop}'s is the number the design's claim must rest on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CountingBenchmark {

    @Param({"10000000"})
    public int codes;

    /** 4096 = the pair codes of a 64-level GLCM; pass {@code -p bins=64,4096} for more. */
    @Param({"4096"})
    public int bins;

    private int[] data;
    private INDArray indices;
    private INDArray ones;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
        data = new int[codes];
        for (int i = 0; i < codes; i++) {
            data[i] = rnd.nextInt(bins);
        }
        indices = Nd4j.createFromArray(data);
        ones = Nd4j.ones(DataType.DOUBLE, codes);
    }

    @Benchmark
    public int[] javaLoop() {
        int[] counts = new int[bins];
        for (int c : data) {
            counts[c]++;
        }
        return counts;
    }

    @Benchmark
    public INDArray nd4jScatterAdd() {
        INDArray counts = Nd4j.zeros(DataType.DOUBLE, bins);
        // the op writes a new output array (index 0); counts is its input reference
        return Nd4j.getExecutioner().exec(new ScatterAdd(counts, indices, ones))[0];
    }

    @Benchmark
    public INDArray nd4jSegmentSum() {
        return Nd4j.getExecutioner().exec(new UnsortedSegmentSum(ones, indices, bins))[0];
    }
}
