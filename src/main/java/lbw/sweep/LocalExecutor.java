package lbw.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lbw.core.InvalidParameterException;
import lbw.core.Work;

/**
 * The default executor: {@code workers} threads of this JVM take rows one at a time from a shared counter, so a slow
 * row never holds up the others. Interrupting the calling thread stops the sweep.
 */
final class LocalExecutor implements SweepExecutor {

    /** Above this the threads only contend. */
    static final int MAX_WORKERS = 1024;

    private final int workers;

    LocalExecutor(int workers) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new InvalidParameterException("workers", workers, "must be from 1 to " + MAX_WORKERS);
        }
        this.workers = workers;
    }

    @Override
    public String name() {
        return "local (" + workers + (workers == 1 ? " thread)" : " threads)");
    }

    @Override
    public List<SweepRow> run(SweepPlan plan, int[] rows, SweepProgress progress) {
        SweepRow[] out = new SweepRow[rows.length];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < rows.length && !Thread.currentThread().isInterrupted()
                    && !Work.cancellationRequested(); i = next.getAndIncrement()) {
                out[i] = plan.run(rows[i]);
                progress.advance(1);
            }
        };
        int threads = Math.min(workers, Math.max(1, rows.length));
        if (threads == 1) {
            worker.run();
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("the sweep was interrupted");
            }
            return List.of(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<SweepRow> list = new ArrayList<>(rows.length);
        Collections.addAll(list, out);
        return list;
    }
}
