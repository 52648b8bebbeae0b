package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The tiers' boundaries kept by {@link TierSet} against their definition, on seeded random systems of several sizes
 * and degrees 1 to 10: the backends outside tier i joined to a frontend of i ({@code outB[i]}) and the frontends
 * outside i joined to a backend of i ({@code inF[i]}), each once, computed by brute force from the model's edge
 * list. Tiers start as a random partition of the nodes (boundaries scanned); then events, as the fluid solver has
 * them, remove 1 to 5 tiers and add their nodes back as groups of whole former tiers, each group either one tier
 * (boundary joined from the former tiers' boundaries) or cut into random pieces (boundaries scanned), all tiers
 * added before any boundary is set. After every event every tier's boundary, and the neighbouring tiers read from
 * it, must be the brute-force ones.
 */
class TierSetTest {

    /** Systems: frontends, backends, degree (every degree 1..10 at least once). */
    static final int[][] SYSTEMS = {
        {6, 5, 1}, {12, 20, 1}, {40, 30, 2}, {25, 25, 3}, {80, 60, 4}, {60, 90, 5},
        {150, 120, 6}, {30, 40, 7}, {120, 100, 8}, {200, 150, 9}, {50, 50, 10}, {300, 250, 3},
    };
    /** Events per system. */
    static final int EVENTS = 150;

    int joins;
    int merges;
    int scans;
    int splits;
    int events;
    int checkedTiers;
    int neighbourArcs;
    long boundaryNodes;

    @Test
    void boundariesAndNeighbourTiersMatchTheirDefinitionThroughMergesAndSplits() {
        for (int k = 0; k < SYSTEMS.length; k++) {
            int[] sys = SYSTEMS[k];
            double load = sys[2] == 1 ? 0.2 : 0.5;
            BipartiteModel m = RandomInstances.create(sys[0], sys[1], sys[2], load, 100L + k);
            run(m, new SplittableRandom(1000L + k), "system " + k + " (" + sys[0] + " x " + sys[1] + ", degree "
                    + sys[2] + ")");
        }
        // the test must not pass vacuously: many joins of several tiers, many scans and splits, boundaries that
        // are not empty, and tiers with neighbours
        assertEquals(SYSTEMS.length * EVENTS, events);
        assertTrue(merges >= 500, "tiers joined from 2 to 5 former tiers: " + merges);
        assertTrue(joins >= 700, "joined boundaries: " + joins);
        assertTrue(splits >= 300, "tiers cut into pieces: " + splits);
        assertTrue(scans >= 1500, "scanned boundaries: " + scans);
        assertTrue(checkedTiers >= 20000, "tier boundaries checked: " + checkedTiers);
        assertTrue(boundaryNodes >= 100000, "boundary nodes checked: " + boundaryNodes);
        assertTrue(neighbourArcs >= 20000, "neighbour-tier arcs checked: " + neighbourArcs);
        System.out.printf("TierSetTest: %d events: %d joined boundaries (%d of 2-5 tiers), %d scanned (%d cuts);"
                + " %d tier boundaries with %d nodes and %d neighbour arcs checked%n", events, joins, merges, scans,
                splits, checkedTiers, boundaryNodes, neighbourArcs);
    }

    /** One system: a random partition, then {@link #EVENTS} events, everything checked after each. */
    void run(BipartiteModel m, SplittableRandom rnd, String id) {
        BipartiteModel.Graph g = m.graph();
        int nf = g.nf();
        int nb = g.nb();
        TierSet ts = new TierSet(g, m.arrivalRate());
        // the initial partition: 1 .. nb tiers, each with a backend, frontends anywhere (some tiers have none)
        int tiers = 1 + rnd.nextInt(nb);
        List<List<Integer>> fParts = new ArrayList<>();
        List<List<Integer>> bParts = new ArrayList<>();
        int[] order = TierDynamicsTest.shuffled(nb, rnd);
        for (int t = 0; t < tiers; t++) {
            fParts.add(new ArrayList<>());
            bParts.add(new ArrayList<>(List.of(order[t])));
        }
        for (int j = tiers; j < nb; j++) {
            bParts.get(rnd.nextInt(tiers)).add(order[j]);
        }
        for (int f = 0; f < nf; f++) {
            fParts.get(rnd.nextInt(tiers)).add(f);
        }
        List<Integer> created = new ArrayList<>();
        for (int t = 0; t < tiers; t++) {
            created.add(ts.add(ints(fParts.get(t)), ints(bParts.get(t)), 0.1 * t, null, null));
        }
        for (int i : created) {
            ts.scanBoundary(i);
            scans++;
        }
        check(m, ts, id + " initially");
        for (int e = 0; e < EVENTS; e++) {
            event(ts, rnd, id + " event " + e);
            events++;
            check(m, ts, id + " after event " + e);
        }
    }

    /**
     * An event: 1 to 5 random tiers are removed and their nodes added back in groups of whole former tiers; a group
     * stays one tier (its boundary joined from the former ones) or is cut into 2 to 5 random pieces, each with a
     * backend (boundaries scanned). Like the solver, it adds every new tier before it sets any boundary, so that
     * freed slots reused by the new tiers do not confuse nodes of one with another.
     */
    void event(TierSet ts, SplittableRandom rnd, String id) {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                live.add(i);
            }
        }
        int touchedCount = 1 + rnd.nextInt(Math.min(5, live.size()));
        List<Integer> touched = new ArrayList<>();
        for (int p : TierDynamicsTest.shuffled(live.size(), rnd)) {
            if (touched.size() == touchedCount) {
                break;
            }
            touched.add(live.get(p));
        }
        // the touched tiers in groups (consecutive runs of the random order); a group of one tier is always cut
        // (left whole it would be the same tier), a larger one is joined or, now and then, cut
        List<int[]> newF = new ArrayList<>();
        List<int[]> newB = new ArrayList<>();
        List<List<int[]>> joinOut = new ArrayList<>();
        List<List<int[]>> joinIn = new ArrayList<>();
        int start = 0;
        while (start < touched.size()) {
            int size = 1 + rnd.nextInt(touched.size() - start);
            List<Integer> group = touched.subList(start, start + size);
            start += size;
            List<Integer> gf = new ArrayList<>();
            List<Integer> gb = new ArrayList<>();
            List<int[]> outs = new ArrayList<>();
            List<int[]> ins = new ArrayList<>();
            for (int i : group) {
                for (int f : ts.fs[i]) {
                    gf.add(f);
                }
                for (int b : ts.bs[i]) {
                    gb.add(b);
                }
                outs.add(ts.outB[i]);
                ins.add(ts.inF[i]);
            }
            boolean whole = size >= 2 && rnd.nextInt(5) > 0;
            if (!whole && gb.size() < 2) {
                whole = true; // one backend cannot be cut: the tier is re-created as it was
            }
            if (whole) {
                newF.add(ints(gf));
                newB.add(ints(gb));
                joinOut.add(outs);
                joinIn.add(ins);
                merges += size >= 2 ? 1 : 0;
            } else {
                int pieces = 2 + rnd.nextInt(Math.min(4, gb.size() - 1));
                List<List<Integer>> pf = new ArrayList<>();
                List<List<Integer>> pb = new ArrayList<>();
                for (int p = 0; p < pieces; p++) {
                    pf.add(new ArrayList<>());
                    pb.add(new ArrayList<>());
                }
                int[] ob = TierDynamicsTest.shuffled(gb.size(), rnd);
                for (int j = 0; j < gb.size(); j++) {
                    pb.get(j < pieces ? j : rnd.nextInt(pieces)).add(gb.get(ob[j]));
                }
                for (int f : gf) {
                    pf.get(rnd.nextInt(pieces)).add(f);
                }
                for (int p = 0; p < pieces; p++) {
                    newF.add(ints(pf.get(p)));
                    newB.add(ints(pb.get(p)));
                    joinOut.add(null);
                    joinIn.add(null);
                }
                splits++;
            }
        }
        for (int i : touched) {
            ts.remove(i);
        }
        int[] slots = new int[newF.size()];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = ts.add(newF.get(k), newB.get(k), rnd.nextDouble(), null, null);
        }
        for (int k = 0; k < slots.length; k++) {
            int i = slots[k];
            if (joinOut.get(k) == null) {
                ts.scanBoundary(i);
                scans++;
                continue;
            }
            ts.joinBoundary(i, joinOut.get(k), joinIn.get(k));
            joins++;
            // the joined boundary is the scanned one (as sets; the order may differ)
            int[] out = ts.outB[i];
            int[] in = ts.inF[i];
            ts.scanBoundary(i);
            assertEquals(set(ts.outB[i]), set(out), id + ", slot " + i + ": joined outB against scanned");
            assertEquals(set(ts.inF[i]), set(in), id + ", slot " + i + ": joined inF against scanned");
            // keep the joined one, which later joins then build on
            ts.outB[i] = out;
            ts.inF[i] = in;
        }
    }

    /**
     * Every live tier: its nodes' tiers, its boundary against the brute-force one from the edge list (as sets, no
     * node twice), and the neighbouring tiers read from the boundary against the brute-force arcs.
     */
    void check(BipartiteModel m, TierSet ts, String id) {
        int nf = m.frontends();
        int nb = m.backends();
        int[] tierF = new int[nf];
        int[] tierB = new int[nb];
        Arrays.fill(tierF, -1);
        Arrays.fill(tierB, -1);
        int live = 0;
        for (int i = 0; i < ts.slots(); i++) {
            if (!ts.alive(i)) {
                continue;
            }
            live++;
            for (int f : ts.fs[i]) {
                assertEquals(-1, tierF[f], id + ": frontend " + f + " in two tiers");
                tierF[f] = i;
            }
            for (int b : ts.bs[i]) {
                assertEquals(-1, tierB[b], id + ": backend " + b + " in two tiers");
                tierB[b] = i;
            }
        }
        assertEquals(live, ts.size(), id + ": tiers");
        for (int f = 0; f < nf; f++) {
            assertEquals(tierF[f], ts.tierOfF[f], id + ": tier of frontend " + f);
        }
        for (int b = 0; b < nb; b++) {
            assertEquals(tierB[b], ts.tierOfB[b], id + ": tier of backend " + b);
        }
        // brute force from the edge list
        List<Set<Integer>> out = new ArrayList<>();
        List<Set<Integer>> in = new ArrayList<>();
        List<Set<Integer>> to = new ArrayList<>();
        List<Set<Integer>> from = new ArrayList<>();
        for (int i = 0; i < ts.slots(); i++) {
            out.add(new TreeSet<>());
            in.add(new TreeSet<>());
            to.add(new TreeSet<>());
            from.add(new TreeSet<>());
        }
        for (int[] e : m.edges()) {
            int i = tierF[e[0]];
            int j = tierB[e[1]];
            if (i != j) {
                out.get(i).add(e[1]);
                in.get(j).add(e[0]);
                to.get(i).add(j);
                from.get(j).add(i);
            }
        }
        for (int i = 0; i < ts.slots(); i++) {
            if (!ts.alive(i)) {
                continue;
            }
            String at = id + ", slot " + i;
            assertEquals(ts.outB[i].length, set(ts.outB[i]).size(), at + ": a backend twice in outB");
            assertEquals(ts.inF[i].length, set(ts.inF[i]).size(), at + ": a frontend twice in inF");
            assertEquals(out.get(i), set(ts.outB[i]), at + ": outB");
            assertEquals(in.get(i), set(ts.inF[i]), at + ": inF");
            Set<Integer> toTiers = new TreeSet<>();
            for (int b : ts.outB[i]) {
                toTiers.add(ts.tierOfB[b]);
            }
            Set<Integer> fromTiers = new TreeSet<>();
            for (int f : ts.inF[i]) {
                fromTiers.add(ts.tierOfF[f]);
            }
            assertEquals(to.get(i), toTiers, at + ": tiers its frontends reach");
            assertEquals(from.get(i), fromTiers, at + ": tiers whose frontends reach it");
            checkedTiers++;
            boundaryNodes += ts.outB[i].length + ts.inF[i].length;
            neighbourArcs += toTiers.size() + fromTiers.size();
        }
    }

    static int[] ints(List<Integer> a) {
        return a.stream().mapToInt(Integer::intValue).toArray();
    }

    static Set<Integer> set(int[] a) {
        Set<Integer> s = new TreeSet<>();
        for (int x : a) {
            s.add(x);
        }
        return s;
    }
}
