"""Parquet reads against DuckDB in the same minutes: the seed's job on the events written as snappy Parquet (as
`bench/harness.py` reads them) and a wide read of every column of the db-benchmark groupby table written as
Parquet. Runs alternate per tool; wall and peak RSS medians are printed, and the answers must agree.

Usage: python bench/parquet_read.py --events DIR --g1 DIR [--runs 3] [--sparkbook PATH]
(make the folders once with `spark.read.csv(...).write.parquet(DIR)` in Sparkbook).
"""
import argparse
import os
import statistics

from dbbench import measure

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv-bench", "bin")

WIDE_SQL = ("SELECT count(id1), count(id2), count(id3), sum(id4), sum(id5), sum(id6), sum(v1), sum(v2), "
            "round(sum(v3), 2) FROM read_parquet('{path}/*.parquet');")
SEED_SQL = ("SELECT count(*), sum(n), round(sum(total), 2) FROM (SELECT country, device, count(*) AS n, "
            "sum(amount) AS total FROM read_parquet('{path}/*.parquet') GROUP BY ALL);")


def numbers(text):
    parts = text.replace("|", " ").replace(",", " ").split()
    return tuple(round(float(p), 2) for p in parts if p.replace(".", "", 1).replace("-", "", 1).isdigit())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", required=True)
    parser.add_argument("--g1", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sparkbook", default=os.path.join(ROOT, ".build", "release", "sparkbook"))
    args = parser.parse_args()
    duckdb = os.path.join(VENV, "duckdb")
    jobs = {
        ("seed", "sparkbook"): ([args.sparkbook, "run", os.path.join(ROOT, "bench", "events_groupby_parquet.py"),
                                 "--quiet", "-p", "path", args.events], None),
        ("seed", "duckdb"): ([duckdb, "-csv", "-noheader"], SEED_SQL.format(path=args.events)),
        ("wide", "sparkbook"): ([args.sparkbook, "run", os.path.join(ROOT, "bench", "parquet_wide.py"),
                                 "--quiet", "-p", "path", args.g1], None),
        ("wide", "duckdb"): ([duckdb, "-csv", "-noheader"], WIDE_SQL.format(path=args.g1)),
    }
    samples = {job: [] for job in jobs}
    answers = {}
    for _ in range(args.runs):
        for job, (cmd, stdin) in jobs.items():
            sample = measure.run(cmd, stdin)
            if sample.error:
                raise SystemExit(f"{job} failed: {sample.error}")
            samples[job].append((sample.wall, sample.peak_rss))
            answers[job] = numbers(sample.output)
    for read in ("seed", "wide"):
        if answers[(read, "sparkbook")] != answers[(read, "duckdb")]:
            raise SystemExit(f"{read}: answers disagree: {answers[(read, 'sparkbook')]} vs {answers[(read, 'duckdb')]}")
    print(f"Machine: {measure.machine()}; {args.runs} runs each, medians.")
    for read in ("seed", "wide"):
        base = statistics.median(w for w, _ in samples[(read, "sparkbook")])
        for tool in ("sparkbook", "duckdb"):
            wall = statistics.median(w for w, _ in samples[(read, tool)])
            rss = statistics.median(r for _, r in samples[(read, tool)])
            print(f"{read:5} {tool:9} {wall:7.3f} s {rss / 2**20:6.0f} MiB  {wall / base:5.2f}x")


if __name__ == "__main__":
    main()
