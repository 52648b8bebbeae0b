package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replacement for the kernel's own {@code LoopThread} (rapaio-jupyter-kernel 3.0.1), placed before the kernel jar on
 * the kernel's class path. It fixes a start-up race that left about one kernel start in five deaf to
 * {@code kernel_info_request}:
 * <ol>
 *   <li>the original {@code start()} called {@code super.start()} before setting {@code running}, so a loop thread
 *       could read {@code running == false} and end at once; here the flag is set first;</li>
 *   <li>{@code Channels.connect()} starts the socket loops before it fills its handler map, so an early request
 *       threw a {@code NullPointerException} that ended the loop; here an exception ends one pass only (clients
 *       resend {@code kernel_info_request} until answered, so the lost request is harmless).</li>
 * </ol>
 * The public API is the same as the original's.
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOGGER.log(Level.WARNING, "loop '" + getName() + "' survived an exception in one pass", e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        STARTED_BY.set(this);
        super.start();
    }

    /** The loop thread most recently started by the calling thread (then forgotten), or null. */
    static LoopThread takeLastStarted() {
        LoopThread t = STARTED_BY.get();
        STARTED_BY.remove();
        return t;
    }

    /** Lets {@link Channels} learn which loop thread serves which socket: each channel's bind starts one. */
    private static final ThreadLocal<LoopThread> STARTED_BY = new ThreadLocal<>();

    public void shutdown() {
        running = false;
    }
}
