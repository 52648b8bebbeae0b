package lbw.sweep;

/**
 * The seed of each (grid point, replication) of a sweep, derived from the sweep's seed alone, so that the numbers do
 * not depend on the executor, the number of workers or the order in which points run.
 *
 * <pre>
 *   z = mix(seed + G * (point + 1))
 *   z = mix(z + G * (replication + 1))
 *   derived = z &gt;&gt;&gt; 11                         (53 bits: exact in any JSON reader that uses doubles)
 * </pre>
 * with {@code G = 0x9E3779B97F4A7C15} (the golden-ratio increment) and {@code mix} the SplitMix64 finalizer
 * (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014). Two mixing rounds keep
 * neighbouring points and replications far apart in seed space.
 */
public final class Seeds {

    /** The golden-ratio increment of SplitMix64. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The seed of replication {@code replication} at grid point {@code point} of a sweep seeded with {@code seed}. */
    public static long derive(long seed, long point, long replication) {
        if (point < 0 || replication < 0) {
            throw new IllegalArgumentException("point = " + point + ", replication = " + replication + ": must be >= 0");
        }
        long z = mix(seed + GOLDEN * (point + 1));
        z = mix(z + GOLDEN * (replication + 1));
        return z >>> 11;
    }

    /** The SplitMix64 finalizer: a bijection of 64-bit words with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
