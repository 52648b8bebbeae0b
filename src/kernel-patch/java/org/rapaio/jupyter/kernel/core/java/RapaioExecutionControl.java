package org.rapaio.jupyter.kernel.core.java;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.SPIResolutionException;

/**
 * Replacement for the kernel's own {@code RapaioExecutionControl} (rapaio-jupyter-kernel 3.0.1), placed before the
 * kernel jar on the kernel's class path; same public API.
 *
 * <p>The original interrupt cancelled the cell's {@code Future}: the kernel answered at once, but the cell's thread
 * went on running (a {@code while (true) {}} spun on one core for the life of the kernel, and a long computation kept
 * writing into the variables of the next cells). Here an interrupt first sets the thread's interrupt flag, which
 * library loops check (the workbench's {@code lbw.core.Work}) and blocking calls honour, and waits for the cell to
 * end; if it has not ended after {@link #GRACE_MILLIS}, the thread is stopped ({@code Thread.stop}, what JShell's own
 * local execution does; available up to Java 19). The cell ends with an error output, the kernel keeps its state.
 * The original's {@code stop()} also shut the cell executor down; here only {@link #close()} does. A cell whose
 * value is the id that {@code display(x)} returned shows no result ({@link #takeResult}).
 */
public class RapaioExecutionControl extends DirectExecutionControl {

    public static final String TIMEOUT_MARKER = "## Timeout Marker ##";
    public static final String INTERRUPTED_MARKER = "## Interrupted Marker ##";

    /** How long an interrupted cell gets to stop by itself before its thread is stopped. */
    public static final long GRACE_MILLIS = 500;

    private static final Logger LOGGER = Logger.getLogger(RapaioExecutionControl.class.getSimpleName());
    private static final AtomicInteger ID = new AtomicInteger(0);

    /** One cell's run: the thread that runs it (once started) and whether it was interrupted. */
    private static final class Task {
        volatile Thread thread;
        volatile boolean interrupted;
        volatile Future<Object> future;
    }

    private final ExecutorService executor;
    private final ScheduledExecutorService stopper;
    private final long timeoutTime;
    private final ConcurrentMap<String, Task> running = new ConcurrentHashMap<>();
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    public RapaioExecutionControl(long timeoutTime) {
        this.timeoutTime = timeoutTime;
        this.executor = Executors.newCachedThreadPool(r -> new Thread(r, "Engine-thread-" + ID.getAndIncrement()));
        this.stopper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Engine-interrupter");
            t.setDaemon(true);
            return t;
        });
    }

    public long getTimeout() {
        return timeoutTime;
    }

    /**
     * The value of a snippet; {@code null} (no result shown) when the value is the id returned by {@code display(x)},
     * whose output the cell has already shown.
     */
    public Object takeResult(String key) {
        Object result = results.remove(key);
        if (result == null) {
            throw new IllegalStateException("No result with key: " + key);
        }
        return DisplayIds.isDisplayId(result) ? null : result;
    }

    @Override
    protected String invoke(Method methodCall) throws Exception {
        String id = UUID.randomUUID().toString();
        Object value = execute(id, methodCall);
        results.put(id, value);
        return id;
    }

    private Object execute(String id, Method methodCall) throws Exception {
        Task task = new Task();
        running.put(id, task);
        task.future = executor.submit(() -> {
            task.thread = Thread.currentThread();
            try {
                if (task.interrupted) {
                    throw new InterruptedException("interrupted before it started");
                }
                return methodCall.invoke(null);
            } finally {
                task.thread = null; // the pool may give this thread to the next cell: never stop it then
            }
        });
        try {
            if (timeoutTime > 0) {
                return task.future.get(timeoutTime, TimeUnit.MILLISECONDS);
            }
            return task.future.get();
        } catch (CancellationException e) {
            if (executor.isShutdown()) {
                throw new StoppedException();
            }
            throw new UserException("Execution interrupted.", INTERRUPTED_MARKER, e.getStackTrace());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw new UserException("null", "Unknown Invocation Exception", e.getStackTrace());
            } else if (cause instanceof SPIResolutionException spiResCause) {
                throw new ResolutionException(spiResCause.id(), cause.getStackTrace());
            } else if (task.interrupted && (cause instanceof ThreadDeath || cause instanceof InterruptedException)) {
                throw new UserException("Execution interrupted.", INTERRUPTED_MARKER, cause.getStackTrace());
            } else {
                throw new UserException(cause.getMessage(), cause.getClass().getName(), cause.getStackTrace());
            }
        } catch (TimeoutException e) {
            interrupt(task);
            throw new UserException("Execution timed out", TIMEOUT_MARKER, e.getStackTrace());
        } finally {
            running.remove(id, task);
        }
    }

    /** Interrupts every running cell; returns at once (the stop, if needed, follows after {@link #GRACE_MILLIS}). */
    public void interrupt() {
        running.values().forEach(this::interrupt);
    }

    private void interrupt(Task task) {
        task.interrupted = true;
        Thread thread = task.thread;
        if (thread != null) {
            thread.interrupt();
        }
        stopper.schedule(() -> stopIfRunning(task), GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"removal", "deprecation"})
    private void stopIfRunning(Task task) {
        Thread thread = task.thread;
        Future<Object> future = task.future;
        if (thread == null || future == null || future.isDone() || task.thread != thread) {
            return;
        }
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            LOGGER.log(Level.WARNING, "this Java (" + Runtime.version() + ") cannot stop a thread; the interrupted "
                    + "cell keeps running until it checks its interrupt flag");
        }
    }

    /**
     * JShell's "stop the running snippet" (the kernel's interrupt calls it after {@link #interrupt()}): the same
     * interrupt. The original shut the executor down here, which left later cells nothing to run on.
     */
    @Override
    public void stop() {
        interrupt();
    }

    /** The end of the JShell session: no more cells. */
    @Override
    public void close() {
        stopper.shutdownNow();
        executor.shutdownNow();
        super.close();
    }
}
