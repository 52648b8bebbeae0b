package lbw.offloading;

import lbw.core.InvalidParameterException;

/**
 * The truncated state space {@code {n0 <= N} x {0,1} x {0,1} x {n2 <= N}} of states {@code (n0, i2, i1, n2)}: jobs in the
 * base queue, an SM2 job at the local server, an SM1 job at the cloud, SM2 jobs at the cloud. States are numbered
 * {@code ((n0*2 + i2)*2 + i1)*(N+1) + n2}, so a sweep in index order visits n0 in increasing order, and within one
 * n0 the targets of the departure events (lower n2, i1 = 0, i2 = 0) come before their sources.
 *
 * @param buffer the buffer limit N on both the base queue and the cloud SM2 queue
 */
public record StateSpace(int buffer) {

    /** Action codes as the paper's figures print them; {@link #SM1_SM2} is SM1 then SM2 at the same instant. */
    public static final int IDLE = 0;
    public static final int SM1 = 1;
    public static final int SM2 = 2;
    public static final int SM1_SM2 = 3;

    public StateSpace {
        if (buffer < 2) {
            throw new InvalidParameterException("buffer", buffer, "must be at least 2");
        }
        if ((long) 4 * (buffer + 1) * (buffer + 1) > 50_000_000L) {
            throw new InvalidParameterException("buffer", buffer, "is too large: at most about 3500");
        }
    }

    /** Number of states, {@code 4 (N+1)^2}. */
    public int size() {
        return 4 * (buffer + 1) * (buffer + 1);
    }

    public int index(int n0, int i2, int i1, int n2) {
        if (n0 < 0 || n0 > buffer || n2 < 0 || n2 > buffer || (i1 & ~1) != 0 || (i2 & ~1) != 0) {
            throw new IndexOutOfBoundsException("state (" + n0 + "," + i2 + "," + i1 + "," + n2 + ") outside buffer " + buffer);
        }
        return ((n0 * 2 + i2) * 2 + i1) * (buffer + 1) + n2;
    }

    public int n0(int s) {
        return s / (4 * (buffer + 1));
    }

    public int i2(int s) {
        return (s / (2 * (buffer + 1))) & 1;
    }

    public int i1(int s) {
        return (s / (buffer + 1)) & 1;
    }

    public int n2(int s) {
        return s % (buffer + 1);
    }

    /** Jobs in the system, {@code n0 + i2 + i1 + n2}. */
    public int jobs(int s) {
        return n0(s) + i2(s) + i1(s) + n2(s);
    }

    /** Whether the action is admissible: SM1 needs n0 >= 1 and i1 = 0, SM2 needs n0 >= 1 and i2 = 0, both needs n0 >= 2. */
    public boolean admissible(int s, int action) {
        int n0 = n0(s);
        return switch (action) {
            case IDLE -> true;
            case SM1 -> n0 >= 1 && i1(s) == 0;
            case SM2 -> n0 >= 1 && i2(s) == 0;
            case SM1_SM2 -> n0 >= 2 && i1(s) == 0 && i2(s) == 0;
            default -> false;
        };
    }

    /** The post-decision state of an admissible action (U1 s, U2 s or U2 U1 s); -1 when it is not admissible. */
    public int post(int s, int action) {
        if (!admissible(s, action)) {
            return -1;
        }
        int n0 = n0(s), i2 = i2(s), i1 = i1(s), n2 = n2(s);
        return switch (action) {
            case SM1 -> index(n0 - 1, i2, 1, n2);
            case SM2 -> index(n0 - 1, 1, i1, n2);
            case SM1_SM2 -> index(n0 - 2, 1, 1, n2);
            default -> s;
        };
    }

    /** Whether s is in S_c = {n0 >= 1, i1 = 0, n2 = 0}: the cloud is empty and a job waits. */
    public boolean inSc(int s) {
        return n0(s) >= 1 && i1(s) == 0 && n2(s) == 0;
    }

    /** The state as text, {@code (n0,i2,i1,n2)}. */
    public String label(int s) {
        return "(" + n0(s) + "," + i2(s) + "," + i1(s) + "," + n2(s) + ")";
    }
}
