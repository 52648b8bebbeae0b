#!/usr/bin/env python3
"""Check what the kernel patch promises, at the Jupyter protocol level, on one kernel start.

- `display(x);` at the end of a cell shows x once and no extra result; `import java.util.*;` keeps `display`;
- a request on the control socket while a cell runs (the Notebook server sends kernel_info_request there when a
  browser connects) does not take the cell's output or reply away;
- an interrupt stops `while (true) {}` within 2 s with an error output, keeps earlier variables, and the next cell's
  printed output appears;
- long library work (lbw.core.Work) shows an in-place progress bar (display_data, then update_display_data) that
  ends as the one-line summary, and an interrupt stops it with lbw.core.Work$Cancelled.
Prints one line per check and `kernel behaviour: N passed, N failed`; run it through `./workbench test`.
"""
import argparse
import queue
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

INTERRUPT_LIMIT_S = 2.0


class Kernel:
    def __init__(self, name, log):
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel(stdout=subprocess.DEVNULL, stderr=log)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def run(self, code, during=None, timeout=60):
        """Executes code; returns (outputs, reply status, seconds from `during`'s call to the reply or None).

        outputs are (msg_type, content) of iopub messages whose parent is this request; foreign parents are
        collected as ("FOREIGN", msg_type). `during(kernel)` is called once after 1 s of execution."""
        msg_id = self.kc.execute(code)
        t0 = time.monotonic()
        outs, called_at = [], None
        idle = False
        while not idle:
            if during and called_at is None and time.monotonic() - t0 > 1.0:
                during(self)
                called_at = time.monotonic()
            try:
                msg = self.kc.get_iopub_msg(timeout=0.05)
            except queue.Empty:
                if time.monotonic() - t0 > timeout:
                    raise TimeoutError("no idle status within %d s for %r" % (timeout, code))
                continue
            parent = msg.get("parent_header", {})
            if parent.get("msg_id") != msg_id:
                if parent.get("msg_type") == "execute_request":
                    outs.append(("FOREIGN", msg["msg_type"]))
                continue
            kind = msg["msg_type"]
            if kind == "status":
                idle = msg["content"]["execution_state"] == "idle"
            elif kind != "execute_input":
                outs.append((kind, msg["content"]))
        while True:
            reply = self.kc.get_shell_msg(timeout=10)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        latency = time.monotonic() - called_at if called_at else None
        return outs, reply["content"]["status"], latency

    def interrupt(self):
        self.km.interrupt_kernel()

    def control_kernel_info(self):
        self.kc.control_channel.send(self.kc.session.msg("kernel_info_request"))

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def text(content):
    data = content.get("data", {})
    return content.get("text") or data.get("text/plain") or data.get("text/html") or content.get("evalue") or ""


def checks(k):
    """Yields (name, passed, detail)."""
    outs, status, _ = k.run('display("shown once");')
    kinds = [o[0] for o in outs]
    yield "display(x); shows x once, no extra result", kinds == ["display_data"] and status == "ok", kinds

    k.run("import java.util.*;")
    outs, status, _ = k.run('display(new ArrayList<>(List.of(1, 2)));')
    yield "import java.util.*; keeps display", status == "ok" and [o[0] for o in outs] == ["display_data"], outs[:1]

    k.run("int kept = 41;")
    outs, status, _ = k.run('Thread.sleep(2500); System.out.println("after sleep");', during=Kernel.control_kernel_info)
    printed = [text(c) for kind, c in outs if kind == "stream"]
    foreign = [o for o in outs if o[0] == "FOREIGN"]
    yield ("a control-socket request during a cell leaves the cell its output and reply",
           status == "ok" and printed == ["after sleep\n"] and not foreign, (status, printed, foreign))

    outs, status, latency = k.run("while (true) {}", during=Kernel.interrupt)
    errors = [c.get("ename") for kind, c in outs if kind == "error"]
    yield ("interrupt stops while (true) {} within %g s" % INTERRUPT_LIMIT_S,
           status == "error" and errors and latency is not None and latency <= INTERRUPT_LIMIT_S,
           "%s after %.2f s" % (errors, latency or -1))

    outs, status, _ = k.run('System.out.println("kept + 1 = " + (kept + 1));')
    printed = [text(c) for kind, c in outs if kind == "stream"]
    yield "after the interrupt, variables are kept and printed output appears", printed == ["kept + 1 = 42\n"], printed

    work = ('try (var w = lbw.core.Work.start("check loop", 30, "steps")) {'
            ' for (int i = 0; i < 30; i++) { Thread.sleep(100); w.advance(1); } w.summary("check loop: 30 steps done"); }')
    outs, status, _ = k.run(work)
    kinds = [o[0] for o in outs]
    last = text(outs[-1][1]) if outs else ""
    yield ("long Work shows an in-place bar that ends as its summary",
           status == "ok" and kinds[:1] == ["display_data"] and "update_display_data" in kinds
           and "check loop: 30 steps done" in last, (kinds, last))

    spin = work.replace("30", "300").replace("Thread.sleep(100);",
                                             "for (long e = System.nanoTime() + 100_000_000L; System.nanoTime() < e; ) { }")
    outs, status, latency = k.run(spin, during=Kernel.interrupt)
    errors = [(c.get("ename"), c.get("evalue")) for kind, c in outs if kind == "error"]
    cancelled = any("Cancelled" in (e or "") or "interrupted: check loop stopped" in (v or "") for e, v in errors)
    yield ("interrupt stops long Work at its next step (Work.Cancelled) within %g s" % INTERRUPT_LIMIT_S,
           status == "error" and cancelled and latency is not None and latency <= INTERRUPT_LIMIT_S,
           "%s after %.2f s" % (errors, latency or -1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--log", default="target/kernel-behaviour.log", help="where the kernel's stderr goes")
    args = parser.parse_args()
    passed = failed = 0
    with open(args.log, "w") as log:
        k = Kernel(args.kernel, log)
        try:
            for name, ok, detail in checks(k):
                passed += bool(ok)
                failed += not ok
                shown = not ok or "interrupt stops" in name  # interrupt latencies are worth seeing either way
                print("%s: %s%s" % ("ok" if ok else "FAILED", name, "  (%s)" % (detail,) if shown else ""), flush=True)
        finally:
            k.close()
    print("kernel behaviour: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
