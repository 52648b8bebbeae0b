package lbw.offloading;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * The reader and settings of {@code "model": "offloading-figure5"} scenario files such as
 * {@code data/offloading-figure5.json} (PLACEHOLDER values: the paper's settings were lost), used by
 * {@link DelayStudy}.
 *
 * @param k              K
 * @param f              f
 * @param mu0            mu0
 * @param buffer         N
 * @param discount       gamma of the discounted problem
 * @param rhos           the loads of the exact curves
 * @param simulationRhos the loads with simulation points
 * @param horizon        simulated time per replication (reproduce mode)
 * @param replications   replications per point
 * @param seed           master seed
 */
public record Figure5Scenario(double k, double f, double mu0, int buffer, double discount, double[] rhos,
                              double[] simulationRhos, double horizon, int replications, long seed) {
    public Figure5Scenario {
        rhos = rhos.clone();
        simulationRhos = simulationRhos.clone();
        for (int i = 0; i < rhos.length; i++) {
            Check.openInterval("rhos[" + i + "]", rhos[i], 0, 1);
        }
        for (int i = 0; i < simulationRhos.length; i++) {
            Check.openInterval("simulationRhos[" + i + "]", simulationRhos[i], 0, 1);
        }
        OffloadingModel.ofLoad(0.5, k, f, mu0);
        new StateSpace(buffer);
        Check.openInterval("discount", discount, 0, 1);
        Check.positive("horizon", horizon);
        if (replications < 2) {
            throw new InvalidParameterException("replications", replications, "must be at least 2");
        }
    }

    @Override
    public double[] rhos() {
        return rhos.clone();
    }

    @Override
    public double[] simulationRhos() {
        return simulationRhos.clone();
    }

    /**
     * The quick-mode variant (the test command): every third load of the exact curve (and the last), the
     * first two simulation loads, and a buffer of at most 40.
     */
    public Figure5Scenario quick() {
        double[] r = java.util.stream.IntStream.range(0, rhos.length).filter(i -> i % 3 == 0 || i == rhos.length - 1)
                .mapToDouble(i -> rhos[i]).toArray();
        double[] sr = java.util.Arrays.copyOf(simulationRhos, Math.min(2, simulationRhos.length));
        return new Figure5Scenario(k, f, mu0, Math.min(buffer, 40), discount, r, sr, horizon, replications, seed);
    }

    public OffloadingSetup at(double rho) {
        return new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f, mu0), buffer, discount);
    }

    /** The scenario model name, {@code "offloading-figure5"}. */
    public static final String MODEL = "offloading-figure5";

    public static Figure5Scenario load(Path file) {
        return Scenario.load(file, MODEL, Figure5Scenario::read);
    }

    /** Reads the Figure 5 keys; a bad value is a {@link lbw.scenario.ScenarioException} naming the field. */
    public static Figure5Scenario read(Fields in) {
        double k = in.number("K"), f = in.number("f"), mu0 = in.number("mu0", 1.0);
        int buffer = in.integer("buffer");
        double discount = in.number("discount");
        double[] rhos = in.numbers("rhos");
        double[] sim = in.numbers("simulationRhos");
        double horizon = in.number("horizon");
        int reps = in.integer("replications");
        long seed = in.longInteger("seed", 1L);
        return in.build(() -> new Figure5Scenario(k, f, mu0, buffer, discount, rhos, sim, horizon, reps, seed),
                p -> p.equals("k") ? "K" : p);
    }
}
