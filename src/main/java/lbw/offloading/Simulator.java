package lbw.offloading;

import java.util.SplittableRandom;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.core.Work;
import lbw.table.Summarizable;
import lbw.table.Tables;
import org.apache.commons.math3.distribution.TDistribution;
import tech.tablesaw.api.Table;

/**
 * A job-level discrete-event simulation of the offloading system under a policy, with the same truncation as the
 * chain (arrivals finding N jobs in the base queue are lost; a local completion waits while the cloud SM2 queue
 * holds N). Jobs carry their arrival times through the FIFO base queue, the local server, the cloud SM1 slot and
 * the FIFO cloud SM2 queue (served with preemptive priority over SM1), so delays are measured per job rather
 * than through Little's law. Independent replications give a Student-t confidence interval.
 */
public final class Simulator {

    /**
     * @param horizon      simulated time per replication (after the warm-up)
     * @param warmup       time discarded at the start of each replication
     * @param replications independent replications (at least 2)
     * @param seed         master seed; replication r uses the r-th split of a {@link SplittableRandom}
     * @param confidence   confidence level of the interval, e.g. 0.95
     */
    public record Options(double horizon, double warmup, int replications, long seed, double confidence) {
        public Options {
            Check.positive("horizon", horizon);
            Check.nonNegative("warmup", warmup);
            if (replications < 2) {
                throw new InvalidParameterException("replications", replications, "must be at least 2 for an interval");
            }
            Check.openInterval("confidence", confidence, 0, 1);
        }

        public static Options of(double horizon, int replications, long seed) {
            return new Options(horizon, horizon / 10, replications, seed, 0.95);
        }
    }

    /**
     * @param meanDelay      mean sojourn time of jobs completed after the warm-up, averaged over replications
     * @param halfWidth      half-width of the confidence interval for the mean delay
     * @param meanJobs       time-average number in system
     * @param jobsHalfWidth  half-width for the time-average number in system
     * @param lossFraction   fraction of arrivals lost at the base-queue limit
     * @param completed      jobs whose delay was measured, over all replications
     * @param replications   replications run
     */
    public record Result(String policy, double meanDelay, double halfWidth, double meanJobs, double jobsHalfWidth,
                         double lossFraction, long completed, int replications) implements Summarizable {
        @Override
        public Table summary() {
            return Tables.of("Simulation of " + policy + ", " + replications + " replications",
                    "quantity", new String[] {"mean delay", "CI half-width", "mean jobs", "CI half-width (jobs)",
                            "loss fraction", "jobs measured"},
                    "value", new double[] {meanDelay, halfWidth, meanJobs, jobsHalfWidth, lossFraction, completed});
        }
    }

    private Simulator() {
    }

    public static Result simulate(OffloadingModel model, Policy policy, Options options) {
        SplittableRandom master = new SplittableRandom(options.seed());
        int r = options.replications();
        double[] delay = new double[r];
        double[] jobs = new double[r];
        long completed = 0, arrived = 0, lost = 0;
        try (Work work = Work.start("simulation of " + policy.name(), (long) r * Run.PROGRESS_UNITS, "per-mille")) {
            for (int k = 0; k < r; k++) {
                Run run = new Run(model, policy, master.split());
                run.go(options.warmup(), options.warmup() + options.horizon(), work, (long) k * Run.PROGRESS_UNITS);
                delay[k] = run.delaySum / run.done;
                jobs[k] = run.area / options.horizon();
                completed += run.done;
                arrived += run.arrived;
                lost += run.lost;
            }
            work.summary("simulation of " + policy.name() + ": " + r + " replications, " + completed
                    + " jobs measured in " + Work.seconds(work.elapsed()));
        }
        double t = new TDistribution(r - 1).inverseCumulativeProbability(0.5 + options.confidence() / 2);
        return new Result(policy.name(), mean(delay), t * sd(delay) / Math.sqrt(r), mean(jobs), t * sd(jobs) / Math.sqrt(r),
                arrived == 0 ? 0 : (double) lost / arrived, completed, r);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** One replication's state: the jobs' arrival times in their queues. */
    private static final class Run {
        /** Progress units per replication, and the events between two progress reports (a power of two minus 1). */
        static final long PROGRESS_UNITS = 1000, EVENTS_PER_CHECK = (1 << 16) - 1;
        final StateSpace sp;
        final Policy policy;
        final SplittableRandom rng;
        final int big;
        final double lambda, muL2, muC1, muC2;
        final double[] base;   // ring buffer of arrival times, FIFO
        int baseHead, n0;
        final double[] cloud2; // ring buffer, FIFO
        int c2Head, n2;
        double localJob = -1, sm1Job = -1;
        double now, area, delaySum;
        long done, arrived, lost;

        Run(OffloadingModel m, Policy p, SplittableRandom rng) {
            this.sp = p.space();
            this.policy = p;
            this.rng = rng;
            this.big = sp.buffer();
            this.lambda = m.lambda();
            this.muL2 = m.muL2();
            this.muC1 = m.muC1();
            this.muC2 = m.muC2();
            base = new double[big];
            cloud2 = new double[big];
        }

        void go(double warmup, double end, Work work, long progressOffset) {
            for (long events = 1; ; events++) {
                if ((events & EVENTS_PER_CHECK) == 0) {
                    work.advanceTo(progressOffset + (long) (PROGRESS_UNITS * now / end));
                }
                boolean localOn = localJob >= 0 && n2 < big;
                double rl = localOn ? muL2 : 0;
                double rc = n2 >= 1 ? muC2 : sm1Job >= 0 ? muC1 : 0;
                double total = lambda + rl + rc;
                double dt = -Math.log(1 - rng.nextDouble()) / total;
                double next = now + dt;
                int inSystem = n0 + n2 + (localJob >= 0 ? 1 : 0) + (sm1Job >= 0 ? 1 : 0);
                if (next > warmup) {
                    area += inSystem * (Math.min(next, end) - Math.max(now, warmup));
                }
                if (next >= end) {
                    return;
                }
                now = next;
                boolean counting = now >= warmup;
                double u = rng.nextDouble() * total;
                if (u < lambda) {
                    if (counting) {
                        arrived++;
                    }
                    if (n0 < big) {
                        base[(baseHead + n0) % big] = now;
                        n0++;
                    } else if (counting) {
                        lost++;
                    }
                } else if (u < lambda + rl) {
                    cloud2[(c2Head + n2) % big] = localJob;
                    n2++;
                    localJob = -1;
                } else if (n2 >= 1) {
                    finish(cloud2[c2Head], counting);
                    c2Head = (c2Head + 1) % big;
                    n2--;
                } else {
                    finish(sm1Job, counting);
                    sm1Job = -1;
                }
                decide();
            }
        }

        private void finish(double arrivalTime, boolean counting) {
            if (counting) {
                delaySum += now - arrivalTime;
                done++;
            }
        }

        private void decide() {
            for (int guard = 0; guard < 4; guard++) {
                int s = sp.index(n0, localJob >= 0 ? 1 : 0, sm1Job >= 0 ? 1 : 0, n2);
                int a = policy.action(s);
                if (a == StateSpace.IDLE) {
                    return;
                }
                if (a == StateSpace.SM1 || a == StateSpace.SM1_SM2) {
                    sm1Job = takeHead();
                }
                if (a == StateSpace.SM2 || a == StateSpace.SM1_SM2) {
                    localJob = takeHead();
                }
            }
            throw new IllegalStateException("policy keeps assigning");
        }

        private double takeHead() {
            double t = base[baseHead];
            baseHead = (baseHead + 1) % big;
            n0--;
            return t;
        }
    }
}
