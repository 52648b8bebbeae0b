package lbw.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Confidence bands over replications: mean and Student-t half-width, entry by entry. */
class ReplicationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** t quantile 0.975 with 3 degrees of freedom (tables: 3.182446305). */
    private static final double T975_3 = 3.182446305284263;
    /** Commons Math inverts the t distribution to an absolute accuracy of about 1e-9. */
    private static final double QUANTILE = 1e-8;

    private static SweepResult result(double[][] perReplication) throws Exception {
        Sweep s = Sweep.parse("t.json", "{\"model\": \"sweep\", \"scenario\": {\"model\": \"m\"}, \"grid\": {},"
                + " \"replications\": " + perReplication.length + ", \"collect\": [\"v\", \"x\"]}");
        List<SweepRow> rows = new ArrayList<>();
        for (int r = 0; r < perReplication.length; r++) {
            ObjectNode values = JSON.createObjectNode();
            values.set("v", JSON.valueToTree(new double[][] {perReplication[r], {r}}));
            values.put("x", perReplication[r][0]);
            rows.add(new SweepRow(r, s.point(0), r, values, null));
        }
        return new SweepResult(s, rows);
    }

    @Test
    void meanAndStudentTBandEntryByEntry() throws Exception {
        SweepResult r = result(new double[][] {{1, 10}, {2, 10}, {3, 10}, {4, 10}});
        Replications.Band b = Replications.band(r, 0, "v");
        assertEquals(4, b.n());
        assertEquals(2.5, b.mean()[0][0], 1e-15);
        double half = T975_3 * Math.sqrt((1.5 * 1.5 * 2 + 0.5 * 0.5 * 2) / 3) / 2;
        assertEquals(2.5 - half, b.low()[0][0], QUANTILE);
        assertEquals(2.5 + half, b.high()[0][0], QUANTILE);
        assertEquals(10, b.low()[0][1], 0.0, "no spread, no band");
        assertEquals(1.5, b.mean()[1][0], 1e-15);
        var t = Replications.table(r, "x");
        assertEquals(2.5, t.doubleColumn("mean").get(0), 1e-15);
        assertEquals(2.5 + half, t.doubleColumn("95% high").get(0), QUANTILE);
        assertThrows(IllegalArgumentException.class, () -> Replications.band(r, 0, "w"));
        assertThrows(IllegalArgumentException.class, () -> Replications.band(r, 1, "v"));
        assertThrows(IllegalArgumentException.class, () -> Replications.table(r, "v"));
    }
}
