#!/usr/bin/env python3
"""Check the notebook runner's cell time limit on a generated notebook (run by ./workbench test).

A notebook whose second code cell sleeps longer than a 3 s limit must fail with "cell N exceeded the 3 s cell time
limit", and the executed copy must hold that message as the cell's error output; the cell before it must have run.
Prints `runner check: passed` or `runner check: FAILED (...)`.
"""
import argparse
import os
import sys
import tempfile

import nbformat

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_notebooks  # noqa: E402

LIMIT_S = 3


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lbw-runner-check-") as tmp:
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": args.kernel, "display_name": "Java (workbench)", "language": "java"}
        nb.cells = [nbformat.v4.new_markdown_cell("A cell that runs over the time limit."),
                    nbformat.v4.new_code_cell('System.out.println("first cell ran");'),
                    nbformat.v4.new_code_cell("Thread.sleep(60_000);")]
        path = os.path.join(tmp, "over-the-limit.ipynb")
        nbformat.write(nb, path)
        status, detail = run_notebooks.execute(path, args.kernel, tmp, tmp, cell_timeout=LIMIT_S)
        executed = nbformat.read(os.path.join(tmp, "over-the-limit.ipynb"), as_version=4)
    expected = "cell 2 exceeded the %d s cell time limit" % LIMIT_S
    problems = []
    if status != "FAILED" or detail != expected:
        problems.append("reported %s %r, expected FAILED %r" % (status, detail, expected))
    errors = [o for o in executed.cells[2].get("outputs", []) if o.get("output_type") == "error"]
    if not any(o.get("evalue") == expected for o in errors):
        problems.append("the executed notebook's cell 2 has no error output %r" % expected)
    printed = "".join(o.get("text", "") for o in executed.cells[1].get("outputs", []))
    if "first cell ran" not in printed:
        problems.append("the cell before the slow one did not run")
    print("runner check: " + ("passed (%s)" % expected if not problems else "FAILED (%s)" % "; ".join(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
