package org.tongban.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Not a test: median and 95th percentile render time and the size of a one-page 决定书, after
 * warm-up. Run with {@code ./mvnw -q -Pbenchmark test-compile exec:java}; figures go to
 * {@code docs/benchmarks.md}.
 */
public final class DocumentRenderBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private DocumentRenderBenchmark() {
    }

    public static void main(String[] args) {
        long fontLoad = System.nanoTime();
        DocumentRenderer renderer = new DocumentRenderer();
        DocumentModel model = SampleDocuments.model(SampleDocuments.decisionRefused(), 12);
        byte[] pdf = renderer.render(model);
        fontLoad = System.nanoTime() - fontLoad;
        for (int i = 0; i < WARM_UP; i++) {
            pdf = renderer.render(model);
        }
        // Wall time suffers when other work shares the cores; the thread's CPU time does not.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            pdf = renderer.render(model);
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("One-page 决定书 (%s), %d renders after %d warm-up, %d cores, Java %s%n", model.number(), RUNS,
                WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("first render incl. font loading: %.0f ms%n", fontLoad / 1e6);
        System.out.printf("wall time: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n", ms(times[RUNS / 2]),
                ms(times[RUNS * 95 / 100]), ms(times[0]), ms(times[RUNS - 1]));
        System.out.printf("CPU time: median %.1f ms, p95 %.1f ms%n", ms(cpu[RUNS / 2]), ms(cpu[RUNS * 95 / 100]));
        System.out.printf("load average at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("size %d bytes (%.1f KB)%n", pdf.length, pdf.length / 1024.0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
