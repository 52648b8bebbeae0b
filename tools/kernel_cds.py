#!/usr/bin/env python3
"""Record the classes a Java kernel start loads into a class-data archive (JVM AppCDS), so later starts are faster.

Starts the kernel once from the given kernel spec with -XX:ArchiveClassesAtExit, waits until it answers, evaluates a
display and `1 + 1`, and shuts it down cleanly; the JVM writes the archive as it exits. ./workbench runs this once per
build and then puts -XX:SharedArchiveFile in the kernel spec. A failure only costs the speed-up.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from jupyter_client.manager import KernelManager


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True, help="the kernel.json to train with")
    parser.add_argument("--archive", required=True, help="the archive to write")
    args = parser.parse_args()
    spec = json.load(open(args.spec))
    argv = [a for a in spec["argv"] if not a.startswith("-XX:SharedArchiveFile=")]
    partial = args.archive + ".part"
    if os.path.exists(partial):
        os.remove(partial)
    argv.insert(argv.index("-cp"), "-XX:ArchiveClassesAtExit=" + partial)
    spec["argv"] = argv
    tmp = tempfile.mkdtemp(prefix="lbw-cds-")
    try:
        os.makedirs(os.path.join(tmp, "kernels", "train"))
        with open(os.path.join(tmp, "kernels", "train", "kernel.json"), "w") as f:
            json.dump(spec, f)
        os.environ["JUPYTER_PATH"] = tmp
        km = KernelManager(kernel_name="train")
        km.shutdown_wait_time = 120  # the JVM writes the archive on its way out
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=120)
            kc.execute_interactive('display("warm-up"); 1 + 1', timeout=120)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not (os.path.isfile(partial) and os.path.getsize(partial) > 0):
        print("the kernel exited without writing a class-data archive", file=sys.stderr)
        return 1
    os.replace(partial, args.archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
