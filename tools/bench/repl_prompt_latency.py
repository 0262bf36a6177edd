"""Launch-to-prompt latency of the interactive `sparkbook repl` on a pseudo-terminal (what a person waits for).

Usage: python3 tools/bench/repl_prompt_latency.py [path/to/sparkbook] [runs]   (default .build/release, 30 runs)
Prints the median and the minimum in milliseconds. A benchmark, not a test: it is not run by `make test`.
"""
import os
import pty
import select
import statistics
import sys
import tempfile
import time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/sparkbook"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
history = tempfile.NamedTemporaryFile(delete=False).name
samples = []
for _ in range(runs):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["NO_COLOR"] = "1"
        os.execv(binary, [binary, "repl", "--history-file", history])
    seen = b""
    while b"In [1]:" not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        seen += os.read(fd, 4096)
    samples.append((time.perf_counter() - start) * 1000)
    os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    os.close(fd)
os.unlink(history)
print(f"launch to 'In [1]:' over {runs} runs: median {statistics.median(samples):.1f} ms, min {min(samples):.1f} ms")
