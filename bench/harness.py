"""`make bench`: Sparkbook against DuckDB's shell and Polars on the seed's workload, in one process of measurement:
from the CSV, then from the same events written as snappy Parquet by Sparkbook (writing it is timed too, against
DuckDB's COPY and Polars' write_parquet).

Each tool runs as a child process on the same file, in alternation, page cache warm; wall time and peak RSS
(from wait4's rusage) are taken per run and the median of the runs is reported, with rows/s and ratios.
Results agree or the harness fails: every tool must report the same group count, row count and total (2 dp).

Usage: python bench/harness.py [--sizes 1000000,10000000] [--runs 5] [--markdown BENCHMARKS.md]
"""
import argparse
import os
import statistics
import subprocess
import sys

from dbbench import measure

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench-data")
SPARKBOOK = os.path.join(ROOT, ".build", "release", "sparkbook")
VENV = os.path.join(ROOT, ".venv-bench", "bin")

POLARS = """
import polars as pl, sys
df = (pl.scan_csv(sys.argv[1], try_parse_dates=True)
        .group_by("country", "device").agg(pl.len().alias("n"), pl.col("amount").sum().alias("total"))
        .collect())
print(df.height, df["n"].sum(), round(df["total"].sum(), 2))
"""


POLARS_PARQUET = """
import polars as pl, sys
df = (pl.scan_parquet(sys.argv[1] + "/*.parquet")
        .group_by("country", "device").agg(pl.len().alias("n"), pl.col("amount").sum().alias("total"))
        .collect())
print(df.height, df["n"].sum(), round(df["total"].sum(), 2))
"""


def duckdb_sql(path, reader="read_csv('{path}', header=true)"):
    source = reader.format(path=path)
    return (f"SELECT count(*), sum(n), round(sum(total), 2) FROM (SELECT country, device, count(*) AS n, "
            f"sum(amount) AS total FROM {source} GROUP BY ALL);")


def run(cmd, stdin=None):
    sample = measure.run(cmd, stdin)
    if sample.error:
        raise SystemExit(f"{cmd[0]} failed: {sample.error}")
    return sample.wall, sample.peak_rss, sample.output


def normalise(text):
    """`groups rows total` from any tool's output."""
    parts = text.replace("|", " ").replace(",", " ").split()
    nums = [p for p in parts if p.replace(".", "", 1).replace("-", "", 1).isdigit()]
    return int(float(nums[-3])), int(float(nums[-2])), round(float(nums[-1]), 2)


def tools(path):
    return {
        "sparkbook": ([SPARKBOOK, "run", os.path.join(ROOT, "bench", "events_groupby.py"), "--quiet", "-p", "path", path], None),
        "duckdb": ([os.path.join(VENV, "duckdb"), "-csv", "-noheader"], duckdb_sql(path)),
        "polars": ([os.path.join(VENV, "python"), "-c", POLARS, path], None),
    }


def parquet_tools(path):
    return {
        "sparkbook": ([SPARKBOOK, "run", os.path.join(ROOT, "bench", "events_groupby_parquet.py"), "--quiet", "-p", "path", path], None),
        "duckdb": ([os.path.join(VENV, "duckdb"), "-csv", "-noheader"], duckdb_sql(path, "read_parquet('{path}/*.parquet')")),
        "polars": ([os.path.join(VENV, "python"), "-c", POLARS_PARQUET, path], None),
    }


POLARS_WRITE = """
import polars as pl, sys
pl.read_csv(sys.argv[1], try_parse_dates=True).write_parquet(sys.argv[2], compression="snappy")
"""


def folder_size(path):
    return sum(os.path.getsize(os.path.join(path, n)) for n in os.listdir(path)) if os.path.isdir(path) \
        else os.path.getsize(path)


def write_parquet(csv, runs):
    """Each tool writes the events CSV as snappy Parquet, in alternation: Sparkbook a folder of part files (the
    file the Parquet benchmark reads), DuckDB with COPY and Polars with write_parquet one file each. Returns the
    Sparkbook folder and, per tool, the median wall time, peak RSS and the bytes written."""
    base = csv[:-len(".csv")]
    target = base + ".parquet"
    commands = {
        "sparkbook": ([SPARKBOOK, "run", os.path.join(ROOT, "bench", "events_to_parquet.py"), "--quiet",
                       "-p", "source", csv, "-p", "target", target], None, target),
        "duckdb": ([os.path.join(VENV, "duckdb")], f"COPY (SELECT * FROM read_csv('{csv}', header=true)) TO "
                   f"'{base}.duckdb.parquet' (FORMAT parquet, COMPRESSION snappy);", base + ".duckdb.parquet"),
        "polars": ([os.path.join(VENV, "python"), "-c", POLARS_WRITE, csv, base + ".polars.parquet"], None,
                   base + ".polars.parquet"),
    }
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, stdin, _) in commands.items():
            wall, rss, _ = run(cmd, stdin)
            samples[name].append((wall, rss))
    results = {name: (statistics.median(w for w, _ in samples[name]), statistics.median(r for _, r in samples[name]),
                      folder_size(commands[name][2])) for name in commands}
    return target, results


def ensure_data(rows):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"events_{rows}.csv")
    if not os.path.exists(path):
        print(f"generating {path}", file=sys.stderr)
        subprocess.check_call([SPARKBOOK, "gen-data", "events", "--rows", str(rows), "--seed", "42", "--out", path])
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000000,10000000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--markdown")
    args = parser.parse_args()
    lines = []
    header = "| rows | tool | wall (median) | peak RSS | rows/s | vs sparkbook |"
    lines += [header, "|---|---|---|---|---|---|"]
    parquet_lines = []
    for rows in [int(s) for s in args.sizes.split(",")]:
        path = ensure_data(rows)
        target, writes = write_parquet(path, args.runs)
        parquet_lines += [""] if parquet_lines else []
        parquet_lines += [f"Writing {rows:,} rows of the CSV ({os.path.getsize(path) / 2**20:.1f} MiB) as snappy "
                          f"Parquet (Sparkbook: `write.parquet`, DuckDB: `COPY ... TO`, Polars: `write_parquet`):", "",
                          "| rows | tool | wall (median) | peak RSS | Parquet size | vs sparkbook |", "|---|---|---|---|---|---|"]
        for name, (wall, rss, size) in writes.items():
            parquet_lines.append(f"| {rows:,} | {name} | {wall:.3f} s | {rss / 2**20:.0f} MiB | {size / 2**20:.1f} MiB | "
                                 f"{wall / writes['sparkbook'][0]:.2f}x |")
        print("\n".join(parquet_lines[-len(writes):]), flush=True)
        # CSV and Parquet runs alternate, so both are read against DuckDB and Polars in the same minutes.
        jobs = {("csv", name): command for name, command in tools(path).items()}
        jobs.update({("parquet", name): command for name, command in parquet_tools(target).items()})
        results = {job: [] for job in jobs}
        answers = {}
        for _ in range(args.runs):
            for job, (cmd, stdin) in jobs.items():
                wall, rss, text = run(cmd, stdin)
                results[job].append((wall, rss))
                answers[job] = normalise(text)
        if len(set(answers.values())) != 1:
            raise SystemExit(f"results disagree at {rows} rows: {answers}")
        csv_base = statistics.median(w for w, _ in results[("csv", "sparkbook")])
        for label, out in (("csv", lines), ("parquet", parquet_lines)):
            base = statistics.median(w for w, _ in results[(label, "sparkbook")])
            if out is parquet_lines:
                out += ["", "Reading it (the last column: against Sparkbook reading the CSV in the same runs):", "",
                        header[:-2] + " | vs sparkbook on the CSV |", "|---|---|---|---|---|---|---|"]
            for (job_label, name), samples in results.items():
                if job_label != label:
                    continue
                wall = statistics.median(w for w, _ in samples)
                rss = statistics.median(r for _, r in samples)
                row = (f"| {rows:,} | {name} | {wall:.3f} s | {rss / 2**20:.0f} MiB | {rows / wall:,.0f} | "
                       f"{wall / base:.2f}x |")
                out.append(row + (f" {wall / csv_base:.2f}x |" if out is parquet_lines else ""))
            print("\n".join(out[-3:]), flush=True)
    machine = measure.machine() + " at the end"
    commit = measure.commit(ROOT)
    report = "\n".join([f"Machine: {machine}; commit {commit}; {args.runs} runs each, medians.", ""] + lines
                       + ["", "The same job on the same events written as snappy Parquet (by Sparkbook; DuckDB and "
                          "Polars read the same part files):", ""] + parquet_lines)
    print(report)
    if args.markdown:
        # The db-benchmark section (bench/dbbench/run.py writes it) and the hand-written notes below their markers
        # survive a rerun.
        notes = ""
        if os.path.exists(args.markdown):
            text = open(args.markdown).read()
            kept = [text.index(marker) for marker in ("<!-- dbbench -->", "<!-- notes -->") if marker in text]
            if kept:
                notes = "\n" + text[min(kept):]
        with open(args.markdown, "w") as f:
            f.write("# Benchmarks\n\nThe seed's job (read CSV with header+inferSchema, group by country and device, "
                    "count and sum, collect) on generated events; `make bench` regenerates this file.\n\n"
                    + report + "\n" + notes)


if __name__ == "__main__":
    main()
