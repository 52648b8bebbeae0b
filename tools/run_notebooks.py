#!/usr/bin/env python3
"""Execute notebooks headlessly with the project's Java kernel.

For each notebook: execute every cell (a cell error or a cell over the time limit, --cell-timeout, fails the notebook; so does a notebook that shows
no inline PNG chart or no HTML table, since every notebook here presents figures), write the executed copy as
.ipynb and .html into --out, and let the notebook's own Export calls write figures (.png, .svg, .pdf), data (.csv) and RESULTS.md there
(LBW_OUTPUT_DIR). Prints a table of notebook / status / seconds and ends with `notebooks: N passed, N failed`.
Exit status 0 only when every notebook passed.

Called by ./workbench (reproduce, test, run); it needs nbclient, nbconvert and nbformat (Debian: python3-nbclient,
jupyter-nbconvert).
"""
import argparse
import json
import shutil
import os
import re
import subprocess
import sys
import time
import traceback

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_TIMEOUT_S = 900
TIMEOUT_ENAME = "CellTimeLimitExceeded"
STARTUP_TIMEOUT_S = 120


def first_error(nb):
    """The first error output of an executed notebook, as one short line, or None."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                text = output.get("evalue", "").strip()
                if not text:  # some kernels put the message in the traceback only
                    lines = (ANSI.sub("", l).strip() for l in output.get("traceback", []))
                    text = " | ".join(l for l in lines if l)
                return "cell %d: %s: %s" % (index, output.get("ename", "error"), text[:300])
    return None


def missing_outputs(nb):
    """What a figure notebook must show and this one does not: an inline PNG chart and an HTML table."""
    kinds = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                kinds.add("png")
            if "<table" in str(data.get("text/html", "")):
                kinds.add("table")
    return [k for k, label in (("png", "png"), ("table", "table")) if k not in kinds]


# Debian's nbconvert points MathJax at /usr/share/javascript/mathjax (package libjs-mathjax); without it the pages
# load MathJax from a CDN, and a page that cannot load it says what to install.
LOCAL_MATHJAX = "/usr/share/javascript/mathjax/MathJax.js"
CDN_MATHJAX = "https://cdn.jsdelivr.net/npm/mathjax@2.7.9/MathJax.js"
MATHJAX_CONFIG = "?config=TeX-AMS_CHTML-full,Safe"
PAGE_STYLE = """<style>
/* long code lines and outputs wrap instead of running off the page */
.jp-InputArea-editor pre, .highlight pre, .jp-OutputArea-output pre, .jp-RenderedText pre {
  white-space: pre-wrap; overflow-wrap: anywhere; }
.lbw-note { background: #fff4ce; border: 1px solid #e0c060; padding: 6px 10px; margin: 8px; font: 14px sans-serif; }
</style>
"""
MATH_NOTE = ("Formulas are shown as TeX source because MathJax could not be loaded from %s. "
             "Install it (Debian: apt-get install libjs-mathjax) or go online, and run ./workbench reproduce again.")
PAGE_SCRIPT = """<noscript><div class="lbw-note">%s</div></noscript>
<script>window.addEventListener("load", function () { if (typeof MathJax === "undefined") {
  var d = document.createElement("div"); d.className = "lbw-note"; d.textContent = %s;
  document.body.insertBefore(d, document.body.firstChild); } });</script>
"""


def html_page(nb):
    """The notebook as a static HTML page: wrapped code lines, MathJax from the local package or a CDN."""
    url = ("file://" + LOCAL_MATHJAX) if os.path.isfile(LOCAL_MATHJAX) else CDN_MATHJAX
    exporter = HTMLExporter()
    exporter.mathjax_url = url + MATHJAX_CONFIG
    body, _ = exporter.from_notebook_node(nb)
    note = MATH_NOTE % url
    body = body.replace("</head>", PAGE_STYLE + "</head>", 1)
    body = body.replace("</body>", PAGE_SCRIPT % (note, json.dumps(note)) + "</body>", 1)
    return body


def time_limit_message(index, limit):
    return "cell %d exceeded the %d s cell time limit" % (index, limit)


def record_time_limit(nb, index, limit):
    """Puts the time-limit error into the executed notebook, as the output of the cell that ran over."""
    message = time_limit_message(index, limit)
    nb.cells[index].setdefault("outputs", []).append(nbformat.v4.new_output(
        "error", ename=TIMEOUT_ENAME, evalue=message,
        traceback=[message + " (set another limit with --cell-timeout SECONDS)"]))
    return message


def execute(path, kernel, out_dir, log_dir, cell_timeout=CELL_TIMEOUT_S):
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    os.environ["LBW_NOTEBOOK"] = name  # Export records this run's figures and numbers under it (RESULTS.md)
    current = {"index": None}

    def on_cell_start(cell, cell_index, **_):
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=cell_timeout,
        on_cell_start=on_cell_start,
        startup_timeout=STARTUP_TIMEOUT_S,
        allow_errors=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    status, detail, timed_out = "passed", "", False
    log_path = os.path.join(log_dir, name + ".kernel.log")
    try:
        with open(log_path, "w") as log:
            # The kernel's own chatter goes to a log file, not into the run's report.
            client.execute(stdout=subprocess.DEVNULL, stderr=log)
    except CellTimeoutError:
        status, timed_out = "FAILED", True
        if current["index"] is not None:
            detail = record_time_limit(nb, current["index"], cell_timeout)
        else:
            detail = "a cell exceeded the %d s cell time limit" % cell_timeout
    except (CellExecutionError, DeadKernelError, RuntimeError, TimeoutError) as e:
        status = "FAILED"
        lines = str(e).strip().splitlines()
        detail = first_error(nb) or (lines[-1][:300] if lines else type(e).__name__)
    except Exception as e:  # a broken notebook file or kernel spec must not hide the other notebooks' results
        status = "FAILED"
        detail = "%s: %s" % (type(e).__name__, e)
        traceback.print_exc()
    if status != "passed" and not timed_out:
        detail += "  [kernel log: %s]" % log_path
    if status == "passed" and first_error(nb):
        status, detail = "FAILED", first_error(nb)
    if status == "passed" and missing_outputs(nb):
        status = "FAILED"
        detail = "no " + " and no ".join({"png": "inline PNG chart", "table": "HTML table"}[k] for k in missing_outputs(nb))
    nbformat.write(nb, os.path.join(out_dir, name + ".ipynb"))
    body = html_page(nb)
    with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as f:
        f.write(body)
    return status, detail


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--out", required=True, help="folder for the executed notebooks, figures and data")
    parser.add_argument("--quick", action="store_true", help="set LBW_QUICK=1 (smaller simulations)")
    parser.add_argument("--logs", default="target/notebook-logs", help="folder for the kernels' stderr")
    parser.add_argument("--cell-timeout", type=int, default=CELL_TIMEOUT_S, metavar="SECONDS",
                        help="time limit per cell in whole seconds (default %(default)d); a cell over it fails its notebook")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()

    if not args.cell_timeout > 0:
        print("--cell-timeout must be a positive number of seconds, got %d" % args.cell_timeout, file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    out_dir = os.path.abspath(args.out)
    # RESULTS.md holds the numbers of this run only (lbw.present.Results).
    shutil.rmtree(os.path.join(out_dir, ".results"), ignore_errors=True)
    if os.path.exists(os.path.join(out_dir, "RESULTS.md")):
        os.remove(os.path.join(out_dir, "RESULTS.md"))
    # The kernel inherits this environment (the kernel spec's env is added on top of it).
    os.environ["LBW_OUTPUT_DIR"] = out_dir
    if args.quick:
        os.environ["LBW_QUICK"] = "1"
    else:
        os.environ.pop("LBW_QUICK", None)

    os.makedirs(args.logs, exist_ok=True)
    log_dir = os.path.abspath(args.logs)
    missing = [p for p in args.notebooks if not os.path.isfile(p)]
    if missing:
        print("no such notebook: " + ", ".join(missing), file=sys.stderr)
        return 2

    rows = []
    for path in args.notebooks:
        name = os.path.basename(path)
        print("running %s ..." % name, flush=True)
        start = time.monotonic()
        status, detail = execute(path, args.kernel, out_dir, log_dir, args.cell_timeout)
        seconds = time.monotonic() - start
        rows.append((name, status, seconds, detail))
        print("  %s in %.1f s%s" % (status, seconds, ("  (" + detail + ")") if detail else ""), flush=True)

    width = max(len("notebook"), max(len(r[0]) for r in rows))
    print()
    print("%-*s  %-7s  %8s" % (width, "notebook", "status", "seconds"))
    print("%s  %s  %s" % ("-" * width, "-" * 7, "-" * 8))
    for name, status, seconds, _ in rows:
        print("%-*s  %-7s  %8.1f" % (width, name, status, seconds))
    passed = sum(1 for r in rows if r[1] == "passed")
    failed = len(rows) - passed
    print()
    print("executed notebooks, figures and data: %s" % out_dir)
    print("notebooks: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
