"""make bench: the pipeline against the bare-pandas floor, in one run on this machine.

    python bench/run.py [--scales 1,10,100] [--repeat 3] [--workers 1]

Scaled copies of the demo exports (x1 = the shop's 825 products) are generated once into
data/bench/cache/. For each scale it measures, as the median of --repeat runs: a cold run of a month
(empty intermediates and outputs), a no-op rerun, a rerun after the web export is replaced, the peak RSS of
the cold run, and the floor (bench/floor.py: the same deliverables from the same workbooks with plain
pandas); a cold run from the same exports saved as French Excel CSV; plus the time to import luigi, pandas,
pyarrow and openpyxl; and at x10 and x100 a cold and a no-op run with the months on S3 (moto's server on loopback) and
the ledger on PostgreSQL (pgserver), against the local runs. Prints a table and writes
data/bench/results.json.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "data" / "bench"
PYTHON = Path(sys.executable)
LUIGI = PYTHON.with_name("luigi")
PRODUCTS_X1 = 825
TARGETS = {  # figure: {scale: limit of the ratio to the floor}
    "cold run": {1: 2.0, 100: 0.5},
    "peak RSS": {100: 0.8},
}
NOOP_LIMIT = 2.0  # no-op rerun vs importing luigi, pandas, pyarrow and openpyxl
CSV_LIMIT = 1.0  # at x100 a month from CSV exports is no slower than from the xlsx ones
SHARED_SCALES, SHARED_LIMIT = (10, 100), 1.2  # the month with the months on S3 and the ledger on PostgreSQL, vs local
CSV_NAMES = {"erp": "Fichier_erp", "web": "Fichier_web", "link": "fichier_liaison"}


def measure(command, cwd, env=None):
    """(seconds, peak RSS in MB) of one command, which must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(map(str, command))} failed:\n{stderr[-3000:]}")
    return seconds, usage.ru_maxrss / 1024


NEXT_WEB = "Fichier_web.next.xlsx"  # the web export again, one product sold once more: a new export of the month
WRITE_NEXT_WEB = """
import sys
from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx
web = demo_frames(int(sys.argv[1]), 42)[1].copy()
web.loc[web.index[web["post_type"] == "product"][0], "total_sales"] += 1
with open(sys.argv[2], "wb") as f:
    write_xlsx(web, f, sheet="Feuil1")
"""


def sources(scale):
    folder = BENCH / "cache" / f"x{scale}"
    if not (folder / "Fichier_web.xlsx").exists():
        print(f"generating the x{scale} exports ({PRODUCTS_X1 * scale} products) into {folder} ...", flush=True)
        subprocess.run(
            [PYTHON, "-m", "wine_luigi.demo", str(folder), "--products", str(PRODUCTS_X1 * scale)], check=True, cwd=ROOT
        )
    if not (folder / NEXT_WEB).exists():
        subprocess.run(
            [PYTHON, "-c", WRITE_NEXT_WEB, str(PRODUCTS_X1 * scale), str(folder / NEXT_WEB)], check=True, cwd=ROOT
        )
    return folder


def fresh_work(work, what, folder):
    """An empty project folder: its own luigi.cfg (its relative paths are relative to it) and a copy of the exports."""
    shutil.rmtree(work, ignore_errors=True)
    (work / "data").mkdir(parents=True)
    shutil.copy(ROOT / "luigi.cfg", work / "luigi.cfg")
    shutil.copytree(folder, work / what, ignore=shutil.ignore_patterns(NEXT_WEB))


def csv_sources(scale):
    """The same exports as French Excel saves them in CSV (cp1252, ';', decimal comma, CRLF), made once."""
    folder = BENCH / "cache" / f"x{scale}-csv"
    if not (folder / "Fichier_web.csv").exists():
        import pandas as pd

        folder.mkdir(parents=True, exist_ok=True)
        for name in ("Fichier_erp", "Fichier_web", "fichier_liaison"):
            frame = pd.read_excel(sources(scale) / f"{name}.xlsx", engine="calamine")
            text = frame.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
            (folder / f"{name}.csv").write_bytes(text.encode("cp1252", errors="replace"))
    return folder


def median(runs):
    return statistics.median(runs)


def bench_scale(scale, repeat, workers):
    source = sources(scale)
    work = BENCH / "work" / f"x{scale}"
    env = {**os.environ, "LUIGI_CONFIG_PATH": str(work / "luigi.cfg")}
    command = [
        LUIGI,
        "--module",
        "wine_luigi",
        "RunMonthly",
        "--date",
        "2026-01-15",
        "--local-scheduler",
        "--workers",
        str(workers),
        "--paths-sources",
        str(work / "sources"),
    ]
    cold, rss, noop, web = [], [], [], []
    for _ in range(repeat):
        fresh_work(work, "sources", source)
        seconds, peak = measure(command, work, env)
        cold.append(seconds)
        rss.append(peak)
        noop.append(measure(command, work, env)[0])
        shutil.copy(source / NEXT_WEB, work / "sources" / "Fichier_web.xlsx")  # a new web export (its content differs)
        web.append(measure(command, work, env)[0])
    csv_folder, csv_cold = csv_sources(scale), []
    csv_command = [*command[:-1], str(work / "csv"), *(f"--source-files-{s}={n}.csv" for s, n in CSV_NAMES.items())]
    for _ in range(repeat):
        fresh_work(work, "csv", csv_folder)
        csv_cold.append(measure(csv_command, work, env)[0])
    floor, floor_rss = [], []
    for _ in range(repeat):
        shutil.rmtree(work / "floor", ignore_errors=True)
        seconds, peak = measure([PYTHON, ROOT / "bench" / "floor.py", source, work / "floor"], work)
        floor.append(seconds)
        floor_rss.append(peak)
    return {
        "scale": scale,
        "products": PRODUCTS_X1 * scale,
        "workers": workers,
        "repeat": repeat,
        "cold_s": median(cold),
        "noop_s": median(noop),
        "web_replaced_s": median(web),
        "peak_rss_mb": median(rss),
        "cold_csv_s": median(csv_cold),
        "floor_s": median(floor),
        "floor_rss_mb": median(floor_rss),
    }


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_shared(scale, repeat):
    """Cold and no-op runs of the x`scale` month with [paths] sources, tmp and output on S3 (moto's server on
    loopback) and the ledger on PostgreSQL (pgserver), against the same runs on local folders."""
    import tempfile
    import warnings

    # without XDG_RUNTIME_DIR, platformdirs says pgserver uses /tmp/runtime-<uid>, which is as good (it says so
    # when pgserver is imported, so the filter comes first)
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import boto3
    import pgserver

    source, work = sources(scale), BENCH / "work" / f"x{scale}-shared"
    port = free_port()
    moto = subprocess.Popen(
        [PYTHON.with_name("moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pg_folder = tempfile.mkdtemp(prefix="wl-bench-pg-")
    server = pgserver.get_server(pg_folder, cleanup_mode="stop")
    keys = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_DEFAULT_REGION": "eu-west-3"}
    try:
        client = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{port}",
            **{k.lower(): v for k, v in keys.items() if k != "AWS_DEFAULT_REGION"},
            region_name="eu-west-3",
        )
        for _ in range(100):
            try:
                client.create_bucket(Bucket="bench", CreateBucketConfiguration={"LocationConstraint": "eu-west-3"})
                break
            except Exception:
                time.sleep(0.1)
        for name in ("Fichier_erp.xlsx", "Fichier_web.xlsx", "fichier_liaison.xlsx"):
            client.upload_file(str(source / name), "bench", f"sources/2026-01/{name}")
        env = {**os.environ, **keys, "LUIGI_CONFIG_PATH": str(work / "luigi.cfg")}
        command = [LUIGI, "--module", "wine_luigi", "RunMonthly", "--date", "2026-01-15", "--local-scheduler"]
        local = BENCH / "work" / f"x{scale}-beside"  # the same month on local folders, run beside each S3 run
        local_env = {**os.environ, "LUIGI_CONFIG_PATH": str(local / "luigi.cfg")}
        local_command = [*command, "--paths-sources", str(local / "sources")]
        cold, noop, local_cold, local_noop, server_cpu = [], [], [], [], []
        for _ in range(repeat):
            fresh_work(local, "sources", source)
            local_cold.append(measure(local_command, local, local_env)[0])
            local_noop.append(measure(local_command, local, local_env)[0])
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            text = (ROOT / "luigi.cfg").read_text()
            for option, value in {
                "sources": "s3://bench/sources",
                "tmp": "s3://bench/tmp",
                "output": "s3://bench/output",
                "db": server.get_uri(),
            }.items():
                text = text.replace(f"\n{option} = data/", f"\n{option} = {value}\n# was data/", 1)
            (work / "luigi.cfg").write_text(
                text + f"\n[s3]\nendpoint_url = http://127.0.0.1:{port}\nregion_name = eu-west-3\n"
            )
            for prefix in ("tmp/", "output/"):
                for page in client.get_paginator("list_objects_v2").paginate(Bucket="bench", Prefix=prefix):
                    for o in page.get("Contents", []):
                        client.delete_object(Bucket="bench", Key=o["Key"])
            before = cpu_seconds(moto.pid)
            cold.append(measure(command, work, env)[0])
            if before is not None:  # the S3 server shares this machine's cores with the run it serves
                server_cpu.append(cpu_seconds(moto.pid) - before)
            noop.append(measure(command, work, env)[0])
        return {
            "scale": scale,
            "cold_s": median(cold),
            "noop_s": median(noop),
            "local_cold_s": median(local_cold),
            "local_noop_s": median(local_noop),
            # each S3 run against the local run made just before it: the machine's drift cancels out
            "cold_ratio": median([a / b for a, b in zip(cold, local_cold)]),
            "noop_ratio": median([a / b for a, b in zip(noop, local_noop)]),
            "s3_server_cpu_s": median(server_cpu) if server_cpu else None,
        }
    finally:
        moto.terminate()
        moto.wait(10)
        server.cleanup()
        shutil.rmtree(pg_folder, ignore_errors=True)


def cpu_seconds(pid):
    """CPU seconds (user + system) process `pid` has used so far, from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def verdict(ratio, limit):
    return "" if limit is None else ("ok" if ratio <= limit else "MISSED")


def table(results, import_s, shared=None):
    rows = [("figure", "scale", "pipeline", "floor", "ratio", "target", "")]
    for r in results:
        scale = r["scale"]
        cold_limit = TARGETS["cold run"].get(scale)
        rss_limit = TARGETS["peak RSS"].get(scale)
        rows += [
            (
                "cold run",
                f"x{scale}",
                f"{r['cold_s']:.2f} s",
                f"{r['floor_s']:.2f} s",
                f"{r['cold_s'] / r['floor_s']:.2f}",
                f"≤ {cold_limit}" if cold_limit else "",
                verdict(r["cold_s"] / r["floor_s"], cold_limit),
            ),
            (
                "peak RSS",
                f"x{scale}",
                f"{r['peak_rss_mb']:.0f} MB",
                f"{r['floor_rss_mb']:.0f} MB",
                f"{r['peak_rss_mb'] / r['floor_rss_mb']:.2f}",
                f"≤ {rss_limit}" if rss_limit else "",
                verdict(r["peak_rss_mb"] / r["floor_rss_mb"], rss_limit),
            ),
            (
                "no-op rerun",
                f"x{scale}",
                f"{r['noop_s']:.2f} s",
                f"import {import_s:.2f} s",
                f"{r['noop_s'] / import_s:.2f}",
                f"≤ {NOOP_LIMIT}",
                verdict(r["noop_s"] / import_s, NOOP_LIMIT),
            ),
            (
                "web export replaced",
                f"x{scale}",
                f"{r['web_replaced_s']:.2f} s",
                "",
                f"{r['web_replaced_s'] / r['cold_s']:.2f} of cold",
                "",
                "",
            ),
            (
                "cold run, CSV exports",
                f"x{scale}",
                f"{r['cold_csv_s']:.2f} s",
                "",
                f"{r['cold_csv_s'] / r['cold_s']:.2f} of xlsx",
                f"≤ {CSV_LIMIT}" if scale == 100 else "",
                verdict(r["cold_csv_s"] / r["cold_s"], CSV_LIMIT) if scale == 100 else "",
            ),
        ]
    for one in shared or []:
        rows += [
            (
                "cold run, S3 + PostgreSQL",
                f"x{one['scale']}",
                f"{one['cold_s']:.2f} s",
                f"local {one['local_cold_s']:.2f} s",
                f"{one['cold_ratio']:.2f}",
                f"≤ {SHARED_LIMIT}",
                verdict(one["cold_ratio"], SHARED_LIMIT),
            ),
            (
                "no-op rerun, S3 + PostgreSQL",
                f"x{one['scale']}",
                f"{one['noop_s']:.2f} s",
                f"local {one['local_noop_s']:.2f} s",
                f"{one['noop_ratio']:.2f}",
                "",
                "",
            ),
        ]
        if one["s3_server_cpu_s"] is not None:  # moto's server runs on this machine, beside the cold run
            rows.append(
                (
                    "S3 server's CPU in the cold run",
                    f"x{one['scale']}",
                    f"{one['s3_server_cpu_s']:.2f} s",
                    f"{os.cpu_count()} cores",
                    "",
                    "",
                    "",
                )
            )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.time()
    imports = [
        measure([PYTHON, "-c", "import luigi, pandas, pyarrow, openpyxl"], ROOT)[0] for _ in range(max(args.repeat, 5))
    ]
    import_s = median(imports)
    results = []
    for scale in (int(s) for s in args.scales.split(",")):
        print(f"x{scale} ...", flush=True)
        results.append(bench_scale(scale, args.repeat, args.workers))
    shared = []
    for scale in (r["scale"] for r in results if r["scale"] in SHARED_SCALES):
        print(f"x{scale} on S3 and PostgreSQL ...", flush=True)
        shared.append(bench_shared(scale, args.repeat))
    text = table(results, import_s, shared)
    print(text)
    BENCH.mkdir(parents=True, exist_ok=True)
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "import_s": import_s,
        "results": results,
        "shared": shared,
        "table": text,
        "duration_s": round(time.time() - started, 1),
    }
    (BENCH / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"written {BENCH / 'results.json'} ({report['duration_s']} s)")


if __name__ == "__main__":
    main()
