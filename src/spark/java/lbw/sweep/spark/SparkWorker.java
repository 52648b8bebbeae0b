package lbw.sweep.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lbw.sweep.SweepPlan;
import lbw.sweep.SweepProgress;
import lbw.sweep.SweepRow;

/**
 * The child JVM behind {@code SweepExecutor.spark(...)} where Spark is not on the class path (the notebook kernel):
 * {@code SparkWorker MASTER PLAN_FILE} reads a serialized plan and row list, runs them on a {@link SparkExecutor},
 * prints each row as one line of JSON on stdout and {@code progress N} lines on stderr.
 */
public final class SparkWorker {

    private SparkWorker() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 2) {
            System.err.println("usage: SparkWorker MASTER PLAN_FILE");
            System.exit(1);
        }
        SweepPlan plan;
        int[] rows;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[1])))) {
            plan = (SweepPlan) in.readObject();
            rows = (int[]) in.readObject();
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        SweepProgress progress = n -> {
            synchronized (err) {
                err.println("progress " + n);
            }
        };
        try (SparkExecutor ex = new SparkExecutor(args[0])) {
            List<SweepRow> result = ex.run(plan, rows, progress);
            for (SweepRow r : result) {
                out.println(r.wire());
            }
        } catch (RuntimeException | LinkageError e) {
            // One line for the parent, which shows it; the trace is of no use to a notebook reader.
            err.println("error: " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            System.exit(1);
        }
        out.flush();
        System.exit(out.checkError() ? 1 : 0);
    }
}
