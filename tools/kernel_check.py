#!/usr/bin/env python3
"""Start and stop the project's Java kernel many times; fail on any start that hangs.

Each start must answer kernel_info (wait_for_ready) and evaluate `1 + 1` within the time limits below, then shut
down cleanly. Prints one line per start and a summary `kernel starts: N passed, N failed`.
Run it through `./workbench kernel-check [N]`, which sets JUPYTER_PATH to the project's kernel spec.
"""
import argparse
import os
import queue
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

READY_TIMEOUT_S = 60
EXECUTE_TIMEOUT_S = 60


def one_start(kernel_name, log):
    km = KernelManager(kernel_name=kernel_name)
    t0 = time.monotonic()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=log)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=READY_TIMEOUT_S)
        ready = time.monotonic() - t0
        msg_id = kc.execute("1 + 1")
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
                result = msg["content"]["data"].get("text/plain") or msg["content"]["data"].get("text/html")
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
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
    parser.add_argument("--log", default="target/kernel-check.log", help="where the kernels' stderr goes")
    args = parser.parse_args()
    if args.starts < 1:
        print("--starts must be at least 1", file=sys.stderr)
        return 2
    passed, failed, ready_times = 0, 0, []
    os.makedirs(os.path.dirname(os.path.abspath(args.log)), exist_ok=True)
    log = open(args.log, "w")
    print("kernel stderr goes to %s" % args.log)
    for i in range(1, args.starts + 1):
        try:
            ready, total = one_start(args.kernel, log)
            passed += 1
            ready_times.append(ready)
            print("start %3d: ok, ready in %.2f s, evaluated and stopped in %.2f s" % (i, ready, total), flush=True)
        except Exception as e:
            failed += 1
            print("start %3d: FAILED: %s: %s" % (i, type(e).__name__, e), flush=True)
    if ready_times:
        ready_times.sort()
        print("ready time: median %.2f s, max %.2f s" % (ready_times[len(ready_times) // 2], ready_times[-1]))
    print("kernel starts: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
