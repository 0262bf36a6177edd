"""One timed child process (wall time, peak RSS from wait4's rusage), and the machine a figure was taken on."""
import json
import os
import platform
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Sample:
    wall: float        # seconds, process start to exit
    peak_rss: int      # bytes (ru_maxrss of the child)
    output: str
    error: str         # None when the process exited 0, else what went wrong (stderr's end, or the timeout)


PAGE = os.sysconf("SC_PAGE_SIZE")


def resident(pid):
    """Bytes resident now (0 once the process is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def run(cmd, stdin=None, timeout=None, rss_cap=None):
    """Run `cmd` with `stdin` text, timing the whole process. A timeout, or a resident size above `rss_cap` bytes
    (the machine is shared: an engine that grows without bound is stopped before the kernel's OOM killer picks a
    neighbour), kills the child's process group and says so in the sample's error."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        if stdin:
            proc.stdin.write(stdin.encode())
            proc.stdin.close()
        deadline = None if timeout is None else start + timeout
        stopped = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                stopped = f"timed out after {timeout:.0f} s"
            elif rss_cap and resident(proc.pid) > rss_cap:
                stopped = f"stopped by the harness: resident size passed {rss_cap / 2**30:.1f} GiB (--rss-cap)"
            if stopped:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    error = stopped
    if error is None and proc.returncode != 0:
        why = f"killed by signal {-proc.returncode}" if proc.returncode < 0 else f"exit status {proc.returncode}"
        tail = (errors.strip() or output.strip())[-1500:]
        error = f"{why}: {tail}"
    return Sample(wall, usage.ru_maxrss * 1024, output.strip(), error)


def machine():
    """Cores, CPU, kernel and the load average now."""
    cpu = platform.processor()
    if os.path.exists("/proc/cpuinfo"):
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
                   cpu)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.node()} ({os.cpu_count()} cores, {cpu}, {platform.machine()}, kernel {platform.release()}; "
            f"load average {load})")


def commit(root):
    text = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout
    dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return text.strip() + ("+changes" if dirty else "")


def warm(paths):
    """Read the files once so every engine's first run finds them in the page cache."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(1 << 24):
                pass


def spilled(event_log_dir):
    """(memory, disk) bytes spilled by every task of the Spark event logs in `event_log_dir`: the sums of the
    `Memory Bytes Spilled` and `Disk Bytes Spilled` task metrics, as the History Server adds them per stage.
    (0, 0) when nothing spilled; None when there is no log to read."""
    if not os.path.isdir(event_log_dir):
        return None
    names = sorted(os.listdir(event_log_dir))
    if not names:
        return None
    memory = disk = 0
    for name in names:
        with open(os.path.join(event_log_dir, name)) as f:
            for line in f:
                if '"SparkListenerTaskEnd"' not in line:
                    continue
                metrics = json.loads(line).get("Task Metrics") or {}
                memory += metrics.get("Memory Bytes Spilled", 0)
                disk += metrics.get("Disk Bytes Spilled", 0)
    return memory, disk
