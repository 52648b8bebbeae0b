package lbw.present.offloading;

import lbw.offloading.Policy;
import lbw.present.Tables;
import tech.tablesaw.api.Table;

/** Policy slices as tables: one row per n2, one column per n0, cells 0 idle / 1 SM1 / 2 SM2. */
public final class PolicyTables {

    private PolicyTables() {
    }

    /** The slice i2 = 0 and the given i1, for n0, n2 in [0, window]. */
    public static Table grid(Policy p, int i1, int window) {
        return grid(p, 0, i1, window, window);
    }

    /** The slice (i2, i1) for n0 in [0, n0Max] and n2 in [0, n2Max]. */
    public static Table grid(Policy p, int i2, int i1, int n0Max, int n2Max) {
        int[][] g = p.grid(i2, i1, n0Max, n2Max);
        Object[] cols = new Object[2 * (n0Max + 2)];
        int[] n2 = new int[n2Max + 1];
        for (int i = 0; i <= n2Max; i++) {
            n2[i] = i;
        }
        cols[0] = "n2";
        cols[1] = n2;
        for (int n0 = 0; n0 <= n0Max; n0++) {
            int[] c = new int[n2Max + 1];
            for (int i = 0; i <= n2Max; i++) {
                c[i] = g[i][n0];
            }
            cols[2 + 2 * n0] = "n0=" + n0;
            cols[3 + 2 * n0] = c;
        }
        return Tables.of(p.name() + ": actions at i2 = " + i2 + ", i1 = " + i1, cols);
    }
}
