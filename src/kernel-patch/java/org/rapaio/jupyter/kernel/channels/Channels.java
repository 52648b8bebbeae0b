package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.java.DisplayIds;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubDisplayData;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ;

/**
 * Replacement for the kernel's own {@code Channels} (rapaio-jupyter-kernel 3.0.1), placed before the kernel jar on
 * the kernel's class path; same public API. It changes three things.
 * <ol>
 *   <li><b>No request is lost at start-up.</b> The original {@code connect()} bound the sockets and started their
 *       loops first and filled the handler map afterwards, so a request arriving in between (typically the client's
 *       first {@code kernel_info_request}) found no handler and was dropped ("Unhandled message") or ended the loop
 *       (a {@code NullPointerException}). Here the map is complete and immutable before any socket is bound; requests
 *       that arrive early wait in their socket's queue until the loop reads them.</li>
 *   <li><b>Shell and control requests no longer share one "current request".</b> The original kept one message id
 *       and one stack of after-actions for both loops, so a request on the control socket while a cell ran (an
 *       {@code interrupt_request}, or the {@code kernel_info_request}s the Notebook server sends on both sockets when
 *       a browser connects) took over the running cell's id and ran the cell's pending actions (its idle status):
 *       the cell stayed at {@code In [*]} and the next cell's output went to the wrong parent. Here whatever the
 *       control socket's loop thread handles has its own id and after-actions, and its replies go out on the control
 *       socket, as the Jupyter protocol says; everything else (the shell loop, and the cell's own threads that print
 *       or display) uses the shell request's id. The loop threads are told apart by identity: each channel's bind
 *       starts one ({@link LoopThread#takeLastStarted()}).</li>
 *   <li>It records the ids of the outputs sent with {@code display(x)} ({@link DisplayIds}), so that a cell ending
 *       in {@code display(x);} does not show the returned id as its result too.</li>
 * </ol>
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Channels {

    private final ConnectionProperties connProps;
    private final ZMQ.Context ctx;
    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;
    private final List<AbstractChannel> channels;

    /** Complete before any loop starts; published to the loops by {@code Thread.start}. */
    private volatile Map<MessageType<?>, MessageHandler> handlers = Map.of();
    /** The shell request being handled (also the parent of everything a running cell prints or displays). */
    private volatile MessageId<?> shellMsgId;
    /** The control socket's loop thread, and the control request it is handling. */
    private volatile Thread controlLoop;
    private volatile MessageId<?> controlMsgId;
    /** Each loop thread runs the actions its own handlers scheduled. */
    private final ThreadLocal<Deque<Runnable>> afterActions = ThreadLocal.withInitial(ArrayDeque::new);

    private volatile boolean isConnected = false;
    private volatile boolean requestShutdown = false;

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        ctx = ZMQ.context(1);
        HMACDigest hmacDigest = connProps.createHMACDigest();
        heartbeat = new HeartbeatChannel(this, ctx, hmacDigest);
        shell = new ShellChannel(this, ctx, hmacDigest, this);
        control = new ControlChannel(this, ctx, hmacDigest);
        stdin = new StdinChannel(this, ctx, hmacDigest);
        iopub = new IOPubChannel(this, ctx, hmacDigest);
        // iopub first, so that the status messages of early requests have a bound socket to go to
        channels = List.of(iopub, heartbeat, stdin, control, shell);
    }

    public void connect(RapaioKernel kernel) {
        if (isConnected) {
            return;
        }
        kernel.registerChannels(this);
        Map<MessageType<?>, MessageHandler> map = new HashMap<>();
        map.put(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
        map.put(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
        map.put(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
        map.put(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
        map.put(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
        map.put(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
        map.put(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
        map.put(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
        map.put(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
        map.put(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
        map.put(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
        map.put(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);
        handlers = Map.copyOf(map);
        // only now bind the sockets and start their loops
        for (AbstractChannel channel : channels) {
            channel.bind(connProps);
            LoopThread started = LoopThread.takeLastStarted();
            if (channel == control) {
                controlLoop = started;
            }
        }
        iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
        isConnected = true;
    }

    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        return handlers.get(type);
    }

    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    public boolean hasMsgId() {
        return currentMsgId() != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        if (onControlLoop()) {
            controlMsgId = msgId;
        } else {
            shellMsgId = msgId;
        }
    }

    public void freeMsgId() {
        setMsgId(null);
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, msg));
    }

    public void writeToStdErr(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, msg));
    }

    public String readFromStdIn() {
        return stdin.getInput(currentMsgId(), "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        if (content instanceof IOPubDisplayData data && data.hasDisplayId()) {
            DisplayIds.sent(data.getDisplayId());
        }
        iopub.sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        replySocket().sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public void replyError(MessageType<?> type, ErrorReply error) {
        replySocket().sendMessage(new Message(currentMsgId(), type, error));
    }

    public void scheduleAfter(Runnable action) {
        afterActions.get().push(action);
    }

    public void runAfterActions() {
        Deque<Runnable> actions = afterActions.get();
        while (!actions.isEmpty()) {
            actions.pop().run();
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }

    /** True on the control socket's loop thread: requests read there are answered there, with their own parent. */
    private boolean onControlLoop() {
        return Thread.currentThread() == controlLoop;
    }

    private MessageId<?> currentMsgId() {
        return onControlLoop() ? controlMsgId : shellMsgId;
    }

    private AbstractChannel replySocket() {
        return onControlLoop() ? control : shell;
    }
}
