package lbw.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code SweepExecutor.spark(...)} from a JVM without Spark (the notebook kernel) runs the rows in a child JVM: the
 * plan goes over serialized, rows and progress come back. Here the child gets this test JVM's class path, which has
 * Spark and the executor's classes.
 */
class SparkChildJvmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChildJvmRunsTheRowsOnSparkWithTheLocalExecutorsResults() throws Exception {
        Sweep s = Sweep.parse("t.json", "{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0},"
                + " \"grid\": {\"x\": {\"from\": 0, \"to\": 2, \"steps\": 9}}, \"replications\": 2, \"seed\": 9,"
                + " \"collect\": [\"y\", \"draw\"]}");
        List<String> cp = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        AtomicInteger done = new AtomicInteger();
        SweepPlan plan = SweepPlan.check(s, new SweepTest.SquareRunner());
        int[] rows = java.util.stream.IntStream.range(0, s.rows()).toArray();
        List<SweepRow> child = new SparkLauncher.ChildJvm("local[2]", cp).run(plan, rows, done::addAndGet);
        SweepResult local = s.run(SweepExecutor.local(2), new SweepTest.SquareRunner());
        assertEquals(JSON.writeValueAsString(local.json()), JSON.writeValueAsString(
                new SweepResult(s, child.stream().sorted(java.util.Comparator.comparingInt(SweepRow::index)).toList()).json()));
        assertEquals(18, done.get(), "every row reported by the child");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.run(
                new SparkLauncher.ChildJvm("nonsense://", cp), new SweepTest.SquareRunner()));
        assertTrue(e.getMessage().startsWith("the Spark child JVM failed (exit 1): ")
                && e.getMessage().contains("nonsense://"), e.getMessage());
    }
}
