package lbw.sweep.spark;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import lbw.sweep.SweepExecutor;
import lbw.sweep.SweepPlan;
import lbw.sweep.SweepProgress;
import lbw.sweep.SweepResult;
import lbw.sweep.SweepRow;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs a sweep's rows on Apache Spark: {@code local[*]} embedded in this JVM by default, or any master URL
 * ({@code spark://host:7077}, {@code yarn}, {@code k8s://...}).
 *
 * <p>What travels: the {@link SweepPlan} (the sweep's JSON fields and the stateless scenario runner, a few kilobytes)
 * is broadcast once; each task receives a slice of row numbers and returns each row as one line of JSON. Every row is
 * computed by {@link SweepPlan#run(int)} from the plan alone - the same call the local executor makes - so the rows are
 * the same bit for bit. For a master that is not local, the jars of this JVM's class path other than Spark's own
 * (the project jar, this executor's jar and the model libraries) are shipped through {@code spark.jars}.
 */
public final class SparkExecutor implements SweepExecutor {

    /** The file name of the Parquet folder that {@code --out DIR} adds. */
    public static final String PARQUET = "sweep-rows.parquet";
    /** Slices per core: enough for steady progress and balance, few enough to keep task overhead small. */
    static final int SLICES_PER_CORE = 8;

    private final String master;
    private SparkSession session;

    public SparkExecutor(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("master: needs a URL such as local[*], spark://HOST:7077, yarn or k8s://...");
        }
        this.master = master.strip();
    }

    @Override
    public String name() {
        return "spark " + master;
    }

    /** Whether the master runs everything inside this JVM. */
    boolean local() {
        return master.equals("local") || master.startsWith("local[");
    }

    private synchronized SparkSession session() {
        if (session == null) {
            SparkConf conf = new SparkConf(true).setMaster(master).setAppName("lb-workbench sweep");
            if (local()) {
                conf.setIfMissing("spark.ui.enabled", "false");
                conf.setIfMissing("spark.driver.host", "127.0.0.1");
                conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            } else if (!conf.contains("spark.jars")) {
                conf.set("spark.jars", String.join(",", shippedJars()));
            }
            conf.setIfMissing("spark.sql.session.timeZone", "UTC");
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }

    /** The jars of this JVM's class path that Spark does not have already: what a cluster's executors need. */
    static List<String> shippedJars() {
        List<String> jars = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath().normalize();
            Path parent = p.getParent();
            boolean sparkLib = parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("lib")
                    && parent.getParent() != null && parent.getParent().getFileName().toString().equals("spark");
            if (e.endsWith(".jar") && !sparkLib && !p.getFileName().toString().startsWith("slf4j-nop")) {
                jars.add(p.toUri().toString());
            }
        }
        return jars;
    }

    @Override
    public List<SweepRow> run(SweepPlan plan, int[] rows, SweepProgress progress) {
        if (rows.length == 0) {
            return List.of();
        }
        SparkSession s = session();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(s.sparkContext());
        int slices = Math.min(rows.length, Math.max(1, jsc.defaultParallelism() * SLICES_PER_CORE));
        List<Integer> indices = Arrays.stream(rows).boxed().toList();
        // parallelize cuts a list of n elements into slices [i n / k, (i + 1) n / k).
        int[] sliceSize = new int[slices];
        for (int i = 0; i < slices; i++) {
            sliceSize[i] = (int) ((long) (i + 1) * rows.length / slices - (long) i * rows.length / slices);
        }
        // Spark delivers task ends to listeners asynchronously, possibly after collect() has returned: each slice is
        // reported once, by the listener or, for those still in the listener queue, after collect().
        AtomicIntegerArray reported = new AtomicIntegerArray(slices);
        IntConsumer report = slice -> {
            if (reported.compareAndSet(slice, 0, 1)) {
                progress.advance(sliceSize[slice]);
            }
        };
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful() && end.taskInfo().partitionId() >= 0
                        && end.taskInfo().partitionId() < slices) {
                    report.accept(end.taskInfo().partitionId());
                }
            }
        };
        s.sparkContext().addSparkListener(listener);
        Broadcast<SweepPlan> shipped = jsc.broadcast(plan);
        try {
            List<String> lines = jsc.parallelize(indices, slices).map(i -> shipped.value().run(i).wire()).collect();
            List<SweepRow> out = new ArrayList<>(lines.size());
            for (String line : lines) {
                out.add(SweepRow.fromWire(line));
            }
            for (int slice = 0; slice < slices; slice++) {
                report.accept(slice);
            }
            return out;
        } finally {
            s.sparkContext().removeSparkListener(listener);
            shipped.destroy();
        }
    }

    /** Writes the rows as Parquet, {@code DIR/sweep-rows.parquet}, one file, with the CSV's columns and types. */
    @Override
    public List<String> writeExtra(SweepResult result, Path dir) {
        List<SweepResult.Column> cols = result.columns();
        List<StructField> fields = new ArrayList<>();
        for (SweepResult.Column c : cols) {
            DataType t = switch (c.type()) {
                case INTEGER -> DataTypes.LongType;
                case NUMBER -> DataTypes.DoubleType;
                case BOOLEAN -> DataTypes.BooleanType;
                case TEXT -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, true));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < result.rows().size(); r++) {
            Object[] v = new Object[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                v[c] = cols.get(c).values().get(r);
            }
            rows.add(RowFactory.create(v));
        }
        session().createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))).coalesce(1).write()
                .mode(SaveMode.ErrorIfExists).parquet(dir.resolve(PARQUET).toAbsolutePath().toUri().toString());
        return List.of(PARQUET);
    }

    /** Cancels the running Spark jobs (the sweep was interrupted). */
    @Override
    public void cancel() {
        SparkSession s;
        synchronized (this) {
            s = session;
        }
        if (s != null) {
            s.sparkContext().cancelAllJobs();
        }
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
