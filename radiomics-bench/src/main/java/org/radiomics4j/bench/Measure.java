package org.radiomics4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/** What every bench row measures: medians, the process's CPU time and the peak heap since the last reset. */
final class Measure {
    private Measure() {
    }

    /** The median of {@code xs} (the mean of the two middle values for an even count). */
    static double median(List<Double> xs) {
        List<Double> v = new ArrayList<>(xs);
        v.sort(null);
        int m = v.size();
        return m % 2 == 1 ? v.get(m / 2) : (v.get(m / 2 - 1) + v.get(m / 2)) / 2;
    }

    /** CPU time of the whole JVM process in ns (all threads, GC included), or -1 where the platform does not say. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Resets the peak usage of every heap memory pool. */
    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last {@link #resetPeaks}, in MB. */
    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
