package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The tables the notebooks show for convergence, checked against the objects they summarize. */
class ConvergenceStudiesTest {

    private final BipartiteModel nModel = BipartiteScenario.load(Workbench.data("bipartite-n-model.json")).model();
    private final Equilibrium opt = FluidOptimum.solve(nModel);

    @Test
    void totalWorkloadAtTheOptimalRoutingIsOpt() {
        assertEquals(opt.total(), nModel.totalWorkload(opt.routing()), 1e-9 * opt.total());
    }

    @Test
    void movingFlowAwayFromTheOptimumCostsWorkload() {
        double[][] x = opt.routing();
        // the frontend with two backends moves a little of its flow between them
        int f = nModel.backendsOf(0).length > 1 ? 0 : 1;
        int[] bs = nModel.backendsOf(f);
        double eps = 1e-3;
        int from = x[f][bs[0]] >= eps ? bs[0] : bs[1];
        int to = from == bs[0] ? bs[1] : bs[0];
        x[f][from] -= eps;
        x[f][to] += eps;
        assertTrue(nModel.totalWorkload(x) > opt.total());
    }

    @Test
    void theStochasticPathApproachesTheFluidPathAsCGrows() {
        double[] cs = {10, 1000};
        ConvergenceStudies.FluidDistance fd = ConvergenceStudies.distanceToFluid(nModel, new double[] {0, 3}, 10, cs,
                100, 500);
        double[] d = fd.distance();
        assertTrue(d[1] < d[0] / 3, "distance at c = 1000 (" + d[1] + ") vs c = 10 (" + d[0] + ")");
        assertEquals(d[1] * Math.sqrt(1000), fd.table().doubleColumn("distance * sqrt(c)").getDouble(1), 1e-12);
        // the fitted slope is that of the two points
        assertEquals(Math.log(d[1] / d[0]) / Math.log(100), fd.slope(0), 1e-12);
    }

    @Test
    void smallerToleranceTakesLongerAndFirstEventsAreTabulated() {
        // The five-backend graph of Figures 1-4 (the notebook's system), where the fluid path reaches OPT quickly.
        BipartiteModel tiers = BipartiteScenario.load(Workbench.data("bipartite-figures1-4.json")).model();
        ConvergenceStudies.TimeToReach t = ConvergenceStudies.timeToReach(tiers, FluidOptimum.solve(tiers).total(),
                new double[] {1, 4}, new double[] {1e-2, 1e-6});
        for (int i = 0; i < 2; i++) {
            assertTrue(t.time(1)[i] > t.time(0)[i], t.table().print());
        }
        assertEquals(t.time(1)[1], t.table().doubleColumn("eps = " + lbw.table.Tables.format(1e-6)).getDouble(1), 0.0);
        FluidPath p = FluidInclusion.solve(nModel, new double[] {2, 1}, 20);
        Table ev = ConvergenceStudies.firstEvents(List.of(p));
        assertEquals(p.finalWorkload()[1], ev.doubleColumn("N2 at the horizon").getDouble(0), 0.0);
    }

    @Test
    void secondHalfKeepsTheLaterSamplesAndTheAverages() {
        StochasticPath p = GmsrSimulation.run(nModel, RoutingRule.GMSR, new double[] {2, 1}, new GmsrSimulation.Options(50, 20, 1, 100));
        StochasticPath h = p.secondHalf();
        assertEquals(p.times().length - p.times().length / 2, h.times().length);
        assertEquals(p.times()[p.times().length - 1], h.times()[h.times().length - 1], 0.0);
        assertEquals(p.timeAverage()[0], h.timeAverage()[0], 0.0);
    }

    @Test
    void theWorstPigouGridPointIsTheLargestRatioOnTheGrid() {
        double[] w = PigouExample.worstLatencyRatio(1000, 1.1, 2.0, 0.3, 0.5, 1.5, 0.5);
        assertTrue(w[0] >= 1, "expected latency never beats OPT: " + w[0]);
        for (double m : new double[] {1.1, 1.4, 1.7, 2.0}) {
            for (double h : new double[] {0.5, 1.0, 1.5}) {
                BipartiteModel one = new BipartiteModel(new double[] {1},
                        new ServiceRate[] {ServiceRate.saturating(1000, 1000), ServiceRate.saturating(m, h)},
                        new int[][] {{0, 0}, {0, 1}});
                double r = EquilibriumSolver.solve(one, RoutingCost.LATENCY).total() / FluidOptimum.solve(one).total();
                assertTrue(r <= w[0], "grid point (" + m + ", " + h + ") has ratio " + r + " > " + w[0]);
            }
        }
    }
}
