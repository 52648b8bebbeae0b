package lbw.bipartite;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Companion to {@link GmsrBenchmark} for a shared machine: the thread CPU time (ThreadMXBean) and the wall time
 * of the stochastic benchmark's operation (F = B = 10,000, degree 10, c = 100, 2,000 periods = 2e7
 * frontend-steps), after warm-up operations. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) lbw.bipartite.GmsrCpuTime [ops]
 * [mixed|saturating]} (both systems by default, one after the other in the same JVM; name one to measure it alone,
 * as a JMH fork does).
 */
public final class GmsrCpuTime {

    private GmsrCpuTime() {
    }

    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = args.length > 1 ? args[1] : null;
        BipartiteModel big = RandomInstances.create(10_000, 10_000, 10, 0.7, 1);
        double[] initial = new double[big.backends()];
        Arrays.fill(initial, 1.0);
        ServiceRate[] sat = new ServiceRate[big.backends()];
        for (int b = 0; b < sat.length; b++) {
            ServiceRate l = big.rate(b);
            sat[b] = l instanceof ServiceRate.Exponential e ? ServiceRate.saturating(e.max(), e.scale()) : l;
        }
        BipartiteModel bigSaturating = new BipartiteModel(big.arrivalRate(), sat, big.edges());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String name : new String[] {"mixed", "saturating"}) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            BipartiteModel m = name.equals("mixed") ? big : bigSaturating;
            for (int i = 0; i < 3; i++) {
                new StochasticEngine(m, RoutingRule.GMSR, 100, initial, 42).run(2000);
            }
            double bestCpu = Double.MAX_VALUE;
            double sumCpu = 0;
            double sumWall = 0;
            long check = 0;
            for (int i = 0; i < ops; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                StochasticEngine e = new StochasticEngine(m, RoutingRule.GMSR, 100, initial, 42);
                e.run(2000);
                check += e.totalJobs();
                double cpu = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
                double wall = (System.nanoTime() - w0) * 1e-9;
                bestCpu = Math.min(bestCpu, cpu);
                sumCpu += cpu;
                sumWall += wall;
            }
            System.out.printf("%-10s cpu mean %.3f s/op (best %.3f) = %.3g frontend-steps per CPU-second; "
                    + "wall mean %.3f s/op = %.3g per second (check %d)%n", name, sumCpu / ops, bestCpu,
                    2e7 / (sumCpu / ops), sumWall / ops, 2e7 / (sumWall / ops), check);
        }
    }
}
