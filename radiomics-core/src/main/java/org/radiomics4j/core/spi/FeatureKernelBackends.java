package org.radiomics4j.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.features.internal.GlcmKernels;
import org.radiomics4j.core.features.internal.JavaFeatureKernelBackend;

/**
 * Finds the {@link FeatureKernelBackend} of a {@link ComputeBackend}. {@link ComputeBackend#JAVA} is built in;
 * the others are looked up once per JVM with {@link ServiceLoader} (thread context class loader, then the class
 * loader of radiomics-core) and must be on the class path: {@link ComputeBackend#ND4J} is in the module
 * {@code org.radiomics4j:radiomics-nd4j}, which needs ND4J's native library for the user's platform.
 */
public final class FeatureKernelBackends {
    private FeatureKernelBackends() {
    }

    /** The providers found on the class path, loaded once (immutable). */
    private static final class Providers {
        static final List<FeatureKernelBackend> ALL = load();

        private static List<FeatureKernelBackend> load() {
            List<FeatureKernelBackend> out = new ArrayList<>();
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            ClassLoader own = FeatureKernelBackend.class.getClassLoader();
            for (ClassLoader cl : context == null || context == own ? List.of(own) : List.of(context, own)) {
                for (FeatureKernelBackend b : ServiceLoader.load(FeatureKernelBackend.class, cl)) {
                    if (out.stream().noneMatch(x -> x.getClass().equals(b.getClass()))) {
                        out.add(b);
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    /** The plain-Java reference kernels (the default, {@link ComputeBackend#JAVA}). */
    public static FeatureKernelBackend plainJava() {
        return JavaFeatureKernelBackend.INSTANCE;
    }

    /**
     * The kernels of {@code backend}.
     *
     * @throws InvalidSettingException if no implementation of {@code backend} is on the class path (the message
     *     names the module to add) or it could not be loaded
     */
    public static FeatureKernelBackend forBackend(ComputeBackend backend) {
        Objects.requireNonNull(backend, "backend");
        if (backend == ComputeBackend.JAVA) {
            return plainJava();
        }
        List<FeatureKernelBackend> all;
        try {
            all = Providers.ALL;
        } catch (ServiceConfigurationError | ExceptionInInitializerError e) {
            throw new InvalidSettingException("backend " + backend + ": a FeatureKernelBackend on the class path"
                    + " could not be loaded: " + e, e);
        }
        for (FeatureKernelBackend b : all) {
            if (b.backend() == backend) {
                return b;
            }
        }
        throw new InvalidSettingException("backend " + backend + " is not available: it needs the module "
                + moduleOf(backend) + " on the class path (java.util.ServiceLoader found no "
                + FeatureKernelBackend.class.getName() + " for " + backend + "); use backend JAVA or add "
                + moduleOf(backend) + " with ND4J's native library for your platform (see the README)");
    }

    private static String moduleOf(ComputeBackend backend) {
        return "org.radiomics4j:radiomics-" + backend.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Stores in {@code out[0][a]} and {@code out[1][a]} the real and imaginary parts of the second largest
     * eigenvalue of the {@code n×n} row-major matrix {@code q} (destroyed), in numpy's complex sort order (real
     * part, then imaginary part), as the reference GLCM kernel does for MCC
     * ({@code MCC = sqrt(second largest eigenvalue of Q)}, PyRadiomics {@code glcm.py}). For backends that compute
     * {@code Q} themselves but have no general non-symmetric eigenvalue solver.
     *
     * @param q the matrix, {@code n·n} values, overwritten
     * @param n its side, {@code >= 2}
     * @param re work array of length {@code >= n}
     * @param im work array of length {@code >= n}
     * @param out receives the eigenvalue
     * @param a the column of {@code out} to write
     */
    public static void secondLargestEigenvalue(double[] q, int n, double[] re, double[] im, double[][] out, int a) {
        GlcmKernels.secondLargestEigenvalue(q, n, re, im, out, a);
    }
}
