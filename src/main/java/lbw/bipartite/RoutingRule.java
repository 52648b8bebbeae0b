package lbw.bipartite;

/**
 * How a frontend picks a backend for the jobs that arrive in a period, from the backends' state at the start of
 * the period (normalised workload {@code y = N / c}):
 * <ul>
 * <li>{@code GMSR}: a connected backend of greatest marginal service rate {@code l'(y)} (the paper's policy);</li>
 * <li>{@code LATENCY}: least expected latency {@code y / l(y)} (Appendix A; {@code 1 / l'(0)} at {@code y = 0});</li>
 * <li>{@code JSQ}: least workload {@code N};</li>
 * <li>{@code RANDOM}: a connected backend uniformly at random;</li>
 * <li>{@code POWER_OF_D}: {@code d} connected backends sampled uniformly with replacement, the least loaded of them
 * (JSQ(d); the first sampled wins a tie).</li>
 * </ul>
 * Ties among a frontend's best backends (GMSR, LATENCY, JSQ) are broken uniformly at random.
 */
public record RoutingRule(Kind kind, int d) {

    /** The rule families. */
    public enum Kind { GMSR, LATENCY, JSQ, RANDOM, POWER_OF_D }

    public static final RoutingRule GMSR = new RoutingRule(Kind.GMSR, 0);
    public static final RoutingRule LATENCY = new RoutingRule(Kind.LATENCY, 0);
    public static final RoutingRule JSQ = new RoutingRule(Kind.JSQ, 0);
    public static final RoutingRule RANDOM = new RoutingRule(Kind.RANDOM, 0);

    public RoutingRule {
        if (kind == null) {
            throw new lbw.core.InvalidParameterException("kind", "is missing");
        }
        if (kind == Kind.POWER_OF_D && d < 1) {
            throw new lbw.core.InvalidParameterException("d", d, "power-of-d needs d >= 1");
        }
    }

    /** JSQ(d). */
    public static RoutingRule powerOf(int d) {
        return new RoutingRule(Kind.POWER_OF_D, d);
    }

    /** The price whose equilibrium is this rule's fluid fixed point, if it is an index rule. */
    public java.util.Optional<RoutingCost> cost() {
        return switch (kind) {
            case GMSR -> java.util.Optional.of(RoutingCost.OPTIMAL);
            case LATENCY -> java.util.Optional.of(RoutingCost.LATENCY);
            case JSQ -> java.util.Optional.of(RoutingCost.WORKLOAD);
            default -> java.util.Optional.empty();
        };
    }

    /** A short name, e.g. {@code JSQ(2)}. */
    public String label() {
        return kind == Kind.POWER_OF_D ? "JSQ(" + d + ")" : kind.name();
    }
}
