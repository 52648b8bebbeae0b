package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark executor (embedded, {@code local[2]}) against the local executor: the same rows bit for bit - seeded
 * replications, a failing row, whole and decimal grid values - and the rows as Parquet with {@code --out}.
 * One Spark run for the whole class: Spark takes seconds to start.
 */
class SparkSweepTest {

    @TempDir
    Path dir;

    @Test
    void sparkGivesTheLocalExecutorsRowsBitForBitAndWritesParquet() throws IOException {
        // Two seeded replications of a GMSR simulation at each grid point; arrivalRate.0 = 0.1 makes... a valid
        // model too; "stochastic.1.distanceToFluid" exists only for scale 10, so both scales run.
        Path sweep = Files.writeString(dir.resolve("s.json"), "{\"model\": \"sweep\", \"seed\": 2024, \"replications\": 2,"
                + " \"scenario\": {\"model\": \"bipartite\", \"arrivalRate\": [0.4, 0.6], \"serviceRate\": ["
                + "{\"family\": \"saturating\", \"max\": 1, \"half\": 1}, {\"family\": \"saturating\", \"max\": 1, \"half\": 2}],"
                + " \"edges\": [[0, 0], [1, 0], [1, 1]], \"initialWorkload\": [2, 1], \"horizon\": 3, \"scales\": [5, 10]},"
                + " \"grid\": {\"arrivalRate.0\": {\"from\": 0.1, \"to\": 0.5, \"steps\": 5}, \"horizon\": [2, 3]},"
                + " \"collect\": [\"stochastic.0.seed\", \"stochastic.1.timeAverage\", \"stochastic.1.distanceToFluid\","
                + " \"optimum.total\", \"optimum.converged\"]}");
        CliRun local = CliRun.run("solve", sweep.toString(), "--workers", "2");
        assertEquals(0, local.status(), local.err());
        Path out = dir.resolve("rows");
        CliRun spark = CliRun.run("solve", sweep.toString(), "--executor", "spark", "--master", "local[2]", "--out",
                out.toString());
        assertEquals(0, spark.status(), spark.err());
        assertEquals(local.out(), spark.out(), "the same rows, bit for bit");
        assertTrue(spark.err().contains("on spark local[2]"), spark.err());
        assertEquals(20, local.json().get("rows").size());

        // The Parquet folder holds one part file with the CSV's rows and typed columns.
        Path parquet;
        try (Stream<Path> s = Files.list(out.resolve("sweep-rows.parquet"))) {
            parquet = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        List<Group> groups = new ArrayList<>();
        try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(parquet.toUri())).withConf(new Configuration()).build()) {
            for (Group g; (g = r.read()) != null; ) {
                groups.add(g);
            }
        }
        JsonNode rows = spark.json().get("rows");
        assertEquals(rows.size(), groups.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Group g = groups.get(i);
            assertEquals(row.at("/point").get("arrivalRate.0").doubleValue(), g.getDouble("arrivalRate.0", 0), 0.0);
            assertEquals(row.at("/point/horizon").longValue(), g.getLong("horizon", 0));
            assertEquals(row.get("replication").longValue(), g.getLong("replication", 0));
            assertEquals(row.at("/values").get("stochastic.0.seed").longValue(), g.getLong("stochastic.0.seed", 0));
            assertEquals(row.at("/values").get("stochastic.1.distanceToFluid").doubleValue(),
                    g.getDouble("stochastic.1.distanceToFluid", 0), 0.0);
            assertEquals(row.at("/values").get("stochastic.1.timeAverage").toString(),
                    g.getString("stochastic.1.timeAverage", 0));
            assertEquals(row.at("/values").get("optimum.converged").booleanValue(), g.getBoolean("optimum.converged", 0));
        }
        assertEquals(rows.size() + 1, Files.readAllLines(out.resolve("sweep-rows.csv")).size());
    }
}
