package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every record of this package with array components is a value (issue 11 item 5): an array it hands out, or one it
 * was built from, can be changed without changing the record. The instances come from the solvers on the 2 x 2
 * example of {@code data/setup-delays-figure1.json}.
 */
class ResultCopiesTest {

    private static final OdeOptions ODE = OdeOptions.defaults().withSampleStep(0.5);
    /** What a caller writes into the arrays it holds. */
    private static final double SCRIBBLE = -12345.5;
    /** One record of each type, freshly solved, so that each check starts from untouched instances. */
    private static Map<Class<?>, Record> instances() {
        SetupDelayScenario s = Examples.figure1Scenario();
        SetupDelayModel m = s.model();
        double eps = s.epsilon();
        double[] ct = m.tightenedCapacity(s.capacityMargin());
        FullLoad.Instance full = FullLoad.Instance.saturating(m);
        FullLoad.Prices prices = FullLoad.prices(full, eps);
        UntightenedDynamics.Study study = UntightenedDynamics.compare(m, s.capacityMargin(),
                List.of(new double[] {0, 0}), 10, ODE);
        List<Record> all = List.of(m, s.withHorizon(5),
                new SetupDelayScenario(m, eps, s.capacityMargin(), 5, new double[] {3, 4}, null),
                StaticLp.solve(m), DualSolver.solve(m, eps), ProximalEquilibrium.solve(m, ct),
                MyopicDynamics.simulate(m, eps, null, 5, ODE), SetupQueueDynamics.proximal(m, ct, null, 5, ODE),
                PureDelayDynamics.simulate(m, eps, 0.5, null, 5, 0.01, 0.5),
                StochasticSystem.proximal(m, ct, 5, 5, 0.5, 7), HardSwitching.simulate(m, null, 5, 1e-3, 0.5),
                full, prices, FullLoad.simulate(full, eps, prices, new double[] {40, 30}, 5, ODE),
                ProximalWeights.run(m, ct, ProximalWeights.Loop.GRADIENT, 5, ODE), study.runs().get(0),
                Studies.epsilonSweep(m, new double[] {1, 0.1}), Studies.marginSweep(m, eps, new double[] {0.97, 0.99}),
                Studies.dualSlice(m, eps, 0, new double[] {0.5, 1, 1.5}),
                Studies.fluidLimit(m, eps, s.capacityMargin(), new double[] {5, 20}, 2, 0.5, 1));
        Map<Class<?>, Record> byType = new LinkedHashMap<>();
        for (Record r : all) {
            byType.put(r.getClass(), r);
        }
        return byType;
    }

    @TestFactory
    Stream<DynamicTest> changingAnArrayHandedOutLeavesTheRecordAsItWas() {
        return instances().values().stream().map(r -> DynamicTest.dynamicTest(r.getClass().getSimpleName(), () -> {
            for (RecordComponent c : arrayComponents(r.getClass())) {
                Object out = c.getAccessor().invoke(r);
                if (out == null) {
                    continue;
                }
                double[] before = flatten(out);
                assertTrue(before.length > 0, c.getName() + " is empty: nothing would be checked");
                scribble(out);
                assertArrayEquals(before, flatten(c.getAccessor().invoke(r)), 0.0,
                        r.getClass().getSimpleName() + "." + c.getName() + "() after the caller changed its copy");
                assertNotSame(c.getAccessor().invoke(r), c.getAccessor().invoke(r), c.getName());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> changingAnArrayItWasBuiltFromLeavesTheRecordAsItWas() {
        return instances().values().stream().map(r -> DynamicTest.dynamicTest(r.getClass().getSimpleName(), () -> {
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = cs[i].getAccessor().invoke(r);
                types[i] = cs[i].getType();
            }
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object built = canonical.newInstance(args);
            for (int i = 0; i < cs.length; i++) {
                if (cs[i].getType().isArray() && args[i] != null) {
                    double[] before = flatten(args[i]);
                    scribble(args[i]);
                    assertArrayEquals(before, flatten(cs[i].getAccessor().invoke(built)), 0.0,
                            r.getClass().getSimpleName() + "." + cs[i].getName()
                                    + "() after the caller changed the array it passed in");
                }
            }
        }));
    }

    /** The two results that hold lists keep their own: the caller's list can change afterwards, theirs cannot. */
    @Test
    void resultsWithListsKeepTheirOwn() {
        SetupDelayModel m = Examples.figure1();
        List<double[]> starts = new ArrayList<>(List.of(new double[] {0, 0}, new double[] {5, 1}));
        UntightenedDynamics.Study study = UntightenedDynamics.compare(m, Examples.figure1Scenario().capacityMargin(),
                starts, 10, ODE);
        int runs = study.runs().size();
        List<UntightenedDynamics.Run> handedOut = study.runs();
        assertThrows(UnsupportedOperationException.class, () -> handedOut.remove(0));
        assertEquals(runs, study.runs().size());

        List<StatedComparison.Row> rows = new ArrayList<>(List.of(new StatedComparison.Row("a", 1.0, 0.75)));
        StatedComparison c = new StatedComparison("t", rows);
        rows.clear();
        assertEquals(0.25, c.row("a").difference(), 0.0);
        assertThrows(UnsupportedOperationException.class, () -> c.rows().clear());
    }

    /** A record of this package with array components that this test does not build would go unchecked. */
    @Test
    void everyRecordWithArraysIsChecked() throws IOException, URISyntaxException {
        Path dir = Path.of(SetupDelayModel.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("lbw/setupdelays");
        Map<Class<?>, Record> covered = instances();
        TreeSet<String> missing = new TreeSet<>();
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path p : classes) {
            String name = "lbw.setupdelays." + p.getFileName().toString().replace(".class", "");
            Class<?> k;
            try {
                k = Class.forName(name);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (k.isRecord() && !arrayComponents(k).isEmpty() && !covered.containsKey(k)) {
                missing.add(k.getName());
            }
        }
        assertEquals(new TreeSet<String>(), missing, "records with arrays that no test instance covers");
        assertTrue(covered.size() >= 19, "instances: " + covered.keySet());
    }

    private static List<RecordComponent> arrayComponents(Class<?> k) {
        List<RecordComponent> a = new ArrayList<>();
        for (RecordComponent c : k.getRecordComponents()) {
            if (c.getType().isArray()) {
                a.add(c);
            }
        }
        return a;
    }

    /** Every number of a (possibly nested) numeric array, in order. */
    private static double[] flatten(Object a) {
        List<Double> v = new ArrayList<>();
        collect(a, v);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(Object a, List<Double> v) {
        if (a == null) {
            return;
        }
        if (a instanceof double[] d) {
            Arrays.stream(d).forEach(v::add);
        } else if (a instanceof int[] d) {
            Arrays.stream(d).forEach(x -> v.add((double) x));
        } else {
            for (int i = 0; i < Array.getLength(a); i++) {
                collect(Array.get(a, i), v);
            }
        }
    }

    /** Overwrites every number of a (possibly nested) numeric array. */
    private static void scribble(Object a) {
        if (a == null) {
            return;
        }
        if (a instanceof double[] d) {
            Arrays.fill(d, SCRIBBLE);
        } else if (a instanceof int[] d) {
            Arrays.fill(d, (int) SCRIBBLE);
        } else {
            for (int i = 0; i < Array.getLength(a); i++) {
                scribble(Array.get(a, i));
            }
        }
    }
}
