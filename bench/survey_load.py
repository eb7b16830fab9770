#!/usr/bin/env python3
"""Posts survey answers to finsam at a steady rate (bench/survey-load.sh).

Usage: survey_load.py URL TOKEN [--rate 200] [--seconds 60] [--connections 16]

Each answer goes to POST /api/v1/enkater/TOKEN over keep-alive HTTP/1.1 connections on
loopback, paced by a schedule (answer i is due at start + i / rate), and carries a unique
free text "belastning-<i>" so that the stored rows can be counted afterwards. Prints one JSON
object: answers sent, statuses, the rate achieved, latency percentiles and how late the
client fell behind its schedule.
"""

import argparse
import asyncio
import json
import time
from urllib.parse import urlsplit


async def post(reader, writer, host, path, body):
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    ).encode() + body
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


async def worker(queue, url, path, results):
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    host = parts.netloc
    while True:
        item = await queue.get()
        if item is None:
            break
        number, due = item
        body = json.dumps({"svar": {"helhet": "ganska_bra", "rekommendera": True,
                                    "forbattra": f"belastning-{number}"}}).encode()
        started = time.monotonic()
        try:
            status = await post(reader, writer, host, path, body)
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, IndexError):
            status = 0
            writer.close()
            reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        finished = time.monotonic()
        results.append((status, finished - started, started - due))
    writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("token")
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=16)
    arguments = parser.parse_args()

    path = f"/api/v1/enkater/{arguments.token}"
    total = int(arguments.rate * arguments.seconds)
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(queue, arguments.url, path, results))
               for _ in range(arguments.connections)]
    start = time.monotonic()
    for number in range(total):
        due = start + number / arguments.rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((number, due))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.monotonic() - start

    latencies = sorted(latency for _, latency, _ in results)
    statuses = {}
    for status, _, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1

    def percentile(share):
        return round(latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000, 2)

    print(json.dumps({
        "sent": len(results),
        "statuses": statuses,
        "seconds": round(elapsed, 2),
        "rate": round(len(results) / elapsed, 1),
        "latency_ms": {"p50": percentile(0.5), "p95": percentile(0.95),
                       "p99": percentile(0.99), "max": round(latencies[-1] * 1000, 2)},
        "most_behind_schedule_ms": round(max(late for _, _, late in results) * 1000, 2),
    }))


if __name__ == "__main__":
    asyncio.run(main())
