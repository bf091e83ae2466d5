"""Load test of the API on loopback: requests/second and p50/p99 latency.

Starts `eventwire serve` (uvicorn) on 127.0.0.1 over a fresh store in a temporary folder,
posts documents, then reads GET /events, from several client threads. Bounded in count and
time, it stops by itself and stops the server.

    .venv/bin/python bench/api_load.py --posts 40 --gets 1000 --clients 4 --max-seconds 120
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

# Documents are made up from parts so each one is new to the store (nothing is "unchanged").
ACTORS = ["Ardenia", "Borvia", "Celtria", "Dunmark", "Estavia", "the United Nations"]
VERBS = ["accused", "praised", "threatened", "met with", "sent aid to", "imposed sanctions on"]
PLACES = ["Kastel", "Mirow", "Port Adler", "Valen"]


def article(number: int) -> dict[str, str]:
    a, b = ACTORS[number % 6], ACTORS[(number * 5 + 1) % 6]
    verb, place = VERBS[(number // 6) % 6], PLACES[number % 4]
    text = (
        f"{a} {verb} {b} on Monday, officials in {place} said, in report number {number}.\n"
        f'"We will not accept this," a spokesperson for {b} told reporters on Tuesday.\n'
        f"Talks between {a} and {b} are expected to resume next month in {place}."
    )
    return {"id": f"bench-{number}", "text": text, "published": "2024-05-0" + str(1 + number % 9)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from eventwire.cli import run_cli; run_cli()",
               "serve", "--db", str(db), "--port", str(port)]  # fmt: skip
    env = {key: value for key, value in os.environ.items() if key != "EVENTWIRE_TOKEN"}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start within 60 s")


def run_load(
    requests: int, clients: int, max_seconds: float, call: Callable[[httpx.Client, int], httpx.Response]
) -> tuple[list[float], int, float]:
    """Send `requests` calls from `clients` threads; returns latencies (s), failures, wall time."""
    latencies: list[float] = []
    failures = 0
    counter = iter(range(requests))
    lock = threading.Lock()
    started = time.perf_counter()

    def worker() -> None:
        nonlocal failures
        with httpx.Client(timeout=60) as client:
            while time.perf_counter() - started < max_seconds:
                with lock:
                    number = next(counter, None)
                if number is None:
                    return
                begin = time.perf_counter()
                response = call(client, number)
                elapsed = time.perf_counter() - begin
                with lock:
                    latencies.append(elapsed)
                    failures += response.status_code >= 400

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures, time.perf_counter() - started


def report(name: str, latencies: list[float], failures: int, wall: float) -> None:
    if not latencies:
        print(f"{name}: no requests completed")
        return
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"{name:<22} {len(latencies):>6} requests  {len(latencies) / wall:8.1f} req/s  "
        f"p50 {statistics.median(ordered) * 1000:7.1f} ms  p99 {p99 * 1000:7.1f} ms  failures {failures}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=40, help="POST /documents requests")
    parser.add_argument("--gets", type=int, default=1000, help="GET /events requests")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--max-seconds", type=float, default=120, help="time limit for each phase")
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as folder:
        server = start_server(Path(folder) / "bench.db", port)
        base = f"http://127.0.0.1:{port}"
        try:
            # One document first so the model loading is not counted as request latency.
            httpx.post(f"{base}/documents", json=article(-1), timeout=120).raise_for_status()
            post = run_load(args.posts, args.clients, args.max_seconds,
                            lambda c, n: c.post(f"{base}/documents", json=article(n)))  # fmt: skip
            report("POST /documents", *post)
            stored = httpx.get(f"{base}/health").json()["counts"]
            print(f"{'':<22} store: {stored['documents']} documents, {stored['events']} events")
            get = run_load(args.gets, args.clients, args.max_seconds,
                           lambda c, n: c.get(f"{base}/events", params={"limit": 50, "offset": (n * 7) % 40}))  # fmt: skip
            report("GET /events?limit=50", *get)
            filtered = run_load(args.gets, args.clients, args.max_seconds,
                                lambda c, n: c.get(f"{base}/events", params={"quad": "verbal-conflict", "q": "officials"}))  # fmt: skip
            report("GET /events filtered", *filtered)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
