#!/usr/bin/env python3
"""Start and stop the project's Java kernel many times; fail on any start that a strict client would see stall.

Strict by default, like classic Jupyter Notebook: each start sends ONE kernel_info_request, right after the kernel
process starts, and never resends it; the start passes only when the reply arrives within --ready-timeout seconds
(10 s). It then evaluates `1 + 1`, checks the answer and shuts the kernel down. Prints one line per start, the
median and worst ready time, and `kernel starts: N passed, N failed`.

--resend switches to jupyter_client's own wait_for_ready, which resends kernel_info_request every second until
answered: it hides requests that a kernel drops, so it is not what users meet; it stays only for comparison.
Run it through `./workbench kernel-check [N]`, which sets JUPYTER_PATH to the project's kernel spec.
"""
import argparse
import os
import queue
import statistics
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

READY_TIMEOUT_S = 10
EXECUTE_TIMEOUT_S = 60


def wait_for_reply(kc, msg_id, deadline):
    """The shell reply to msg_id, or None when the deadline passes first."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            msg = kc.get_shell_msg(timeout=left)
        except queue.Empty:
            return None
        if msg.get("parent_header", {}).get("msg_id") == msg_id:
            return msg


def evaluate(kc, code):
    """The text of the execute_result of `code` (plain text, else HTML), or None."""
    msg_id = kc.execute(code)
    deadline = time.monotonic() + EXECUTE_TIMEOUT_S
    result = None
    while time.monotonic() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            data = msg["content"]["data"]
            result = data.get("text/plain") or data.get("text/html")
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    return result


def one_start(kernel_name, log, ready_timeout, resend):
    km = KernelManager(kernel_name=kernel_name)
    t0 = time.monotonic()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=log)
    kc = km.client()
    kc.start_channels()
    try:
        if resend:
            kc.wait_for_ready(timeout=ready_timeout)
        else:
            msg_id = kc.kernel_info()  # once; never resent
            if wait_for_reply(kc, msg_id, t0 + ready_timeout) is None:
                raise RuntimeError("no kernel_info_reply within %g s to the one kernel_info_request" % ready_timeout)
        ready = time.monotonic() - t0
        result = evaluate(kc, "1 + 1")
        if result is None or "2" not in str(result):
            raise RuntimeError("`1 + 1` gave %r" % (result,))
        return ready, time.monotonic() - t0
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        if km.is_alive():
            km.shutdown_kernel(now=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--starts", type=int, default=50)
    parser.add_argument("--ready-timeout", type=float, default=READY_TIMEOUT_S,
                        help="seconds within which the kernel_info_reply must arrive (default %(default)s)")
    parser.add_argument("--resend", action="store_true",
                        help="resend kernel_info_request every second until answered (jupyter_client's "
                             "wait_for_ready; lenient, hides dropped requests)")
    parser.add_argument("--log", default="target/kernel-check.log", help="where the kernels' stderr goes")
    args = parser.parse_args()
    if args.starts < 1:
        print("--starts must be at least 1", file=sys.stderr)
        return 2
    if not args.ready_timeout > 0:
        print("--ready-timeout must be positive", file=sys.stderr)
        return 2
    passed, failed, ready_times = 0, 0, []
    os.makedirs(os.path.dirname(os.path.abspath(args.log)), exist_ok=True)
    log = open(args.log, "w")
    mode = "resending kernel_info_request until answered" if args.resend else \
        "one kernel_info_request per start, never resent, reply within %g s" % args.ready_timeout
    print("kernel starts: %s; kernel stderr goes to %s" % (mode, args.log), flush=True)
    for i in range(1, args.starts + 1):
        try:
            ready, total = one_start(args.kernel, log, args.ready_timeout, args.resend)
            passed += 1
            ready_times.append(ready)
            print("start %3d: ok, ready in %.2f s, evaluated and stopped in %.2f s" % (i, ready, total), flush=True)
        except Exception as e:
            failed += 1
            print("start %3d: FAILED: %s: %s" % (i, type(e).__name__, e), flush=True)
    if ready_times:
        print("ready time: median %.2f s, worst %.2f s (%d starts that answered)"
              % (statistics.median(ready_times), max(ready_times), len(ready_times)))
    print("kernel starts: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
