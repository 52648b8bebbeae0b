package lbw.offloading;

import java.util.Optional;
import lbw.report.AbstractDescriptor;
import lbw.report.Report;
import lbw.report.Section;
import lbw.scenario.Fields;

/**
 * {@code "model": "offloading"}: one configuration of the computation-offloading CTMDP. Keys: {@code rho}, {@code K},
 * {@code f}, optional {@code mu0} (1), {@code buffer} (40, at least {@value OffloadingAnalysis#MIN_BUFFER}) and
 * {@code discount} (0.99). Runs {@link OffloadingAnalysis#run} and reports the solver's convergence, the thresholds,
 * the structural claims and the stationary mean delays and loss probabilities.
 */
public final class OffloadingDescriptor extends AbstractDescriptor<OffloadingSetup> {

    public OffloadingDescriptor() {
        super(OffloadingScenario.MODEL,
                "computation-offloading CTMDP: optimal SM1/SM2 policy, thresholds, structure checks, mean delays",
                OffloadingDescriptor::readSolvable);
    }

    /** {@link OffloadingScenario#read}, refusing buffers below {@value OffloadingAnalysis#MIN_BUFFER}. */
    private static OffloadingSetup readSolvable(Fields fields) {
        OffloadingSetup setup = OffloadingScenario.read(fields);
        fields.build(() -> {
            OffloadingAnalysis.requireBuffer(setup.buffer());
            return setup;
        });
        return setup;
    }

    @Override
    public Report solve(OffloadingSetup setup) {
        OffloadingAnalysis a = OffloadingAnalysis.run(setup);
        OffloadingModel m = setup.model();
        DiscountedSolution sol = a.solution();
        StructureReport st = a.structure();

        Report report = new Report(name());
        Section v = report.values();
        Section par = v.section("parameters");
        par.put("rho", m.rho());
        par.put("K", m.k());
        par.put("f", m.f());
        par.put("mu0", m.mu0());
        par.put("lambda", m.lambda());
        par.put("buffer", setup.buffer());
        par.put("discount", setup.discount());
        par.put("states", a.states());
        v.put("withinAssumption", m.withinAssumption());
        Section solver = v.section("solver");
        solver.put("method", sol.method());
        solver.put("iterations", sol.iterations());
        solver.put("residual", sol.residual());
        solver.put("tolerance", sol.tolerance());
        solver.converged("converged", sol.converged());
        v.put("window", a.window());
        Section th = v.section("thresholds");
        th.put("cloudBusySM1", a.busyThresholds());
        th.put("cloudIdleSM1", a.idleThresholds());
        Section s = v.section("structure");
        s.put("cloudFirst", st.cloudFirst());
        s.put("noSM1OutsideSc", st.noSm1OutsideSc());
        s.put("switchType", st.switchType());
        s.put("urgencyMonotone", st.urgencyMonotone());
        s.put("singleThreshold", st.singleThreshold());
        s.put("violations", st.violations());
        Section delay = v.section("delay");
        Section loss = v.section("lossProbability");
        Section conv = v.section("stationaryConverged");
        String[] names = {"optimal", "offloadOnly", "nonIdling"};
        java.util.List<Optional<PolicyPerformance>> perf = java.util.List.of(a.optimal(), a.offloadOnly(), a.nonIdling());
        for (int i = 0; i < names.length; i++) {
            if (perf.get(i).isEmpty()) {
                delay.putNull(names[i]);
                loss.putNull(names[i]);
                conv.putNull(names[i]);
            } else {
                PolicyPerformance p = perf.get(i).get();
                delay.put(names[i], p.meanDelay());
                loss.put(names[i], p.lossProbability());
                conv.converged(names[i], p.converged());
            }
        }
        report.notes(a.notes());

        int window = a.window();
        report.table("offloading-policy-i1-1", sol.policy().gridTable(1, window));
        report.table("offloading-policy-i1-0", sol.policy().gridTable(0, window));
        report.table("offloading-thresholds", st.thresholds());
        return report;
    }
}
