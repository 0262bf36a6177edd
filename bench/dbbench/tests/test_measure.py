"""A timed child: its output and peak RSS, and the error when it fails, runs too long or grows past the cap."""
import sys

from bench.dbbench import measure


def test_output_time_and_peak_rss():
    touch = "b = bytearray(200 * 2**20); b[::4096] = b'x' * len(b[::4096]); print('dbbench: 1')"
    sample = measure.run([sys.executable, "-c", touch])
    assert sample.error is None and sample.output == "dbbench: 1"
    assert sample.peak_rss > 200 * 2**20 and sample.wall > 0


def test_failures_say_why():
    assert measure.run([sys.executable, "-c", "import sys; sys.exit(3)"]).error.startswith("exit status 3")
    assert "timed out" in measure.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5).error
    grows = "import time; b = bytearray(400 * 2**20); b[::4096] = b'x' * len(b[::4096]); time.sleep(30)"
    sample = measure.run([sys.executable, "-c", grows], timeout=20, rss_cap=100 * 2**20)
    assert "--rss-cap" in sample.error and sample.wall < 20


def test_spilled_bytes_are_summed_over_every_task_of_the_event_log(tmp_path):
    import json
    events = [{"Event": "SparkListenerApplicationStart"},
              {"Event": "SparkListenerTaskEnd", "Task Metrics": {"Memory Bytes Spilled": 300, "Disk Bytes Spilled": 100}},
              {"Event": "SparkListenerTaskEnd", "Task Metrics": {"Memory Bytes Spilled": 50, "Disk Bytes Spilled": 20}},
              {"Event": "SparkListenerTaskEnd", "Task Metrics": {}}]
    (tmp_path / "app-1").write_text("".join(json.dumps(e) + "\n" for e in events))
    assert measure.spilled(str(tmp_path)) == (350, 120)
    assert measure.spilled(str(tmp_path / "missing")) is None
    (tmp_path / "app-1").write_text(json.dumps(events[0]) + "\n")
    assert measure.spilled(str(tmp_path)) == (0, 0)
