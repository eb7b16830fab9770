#!/usr/bin/env python3
"""Holds many idle TCP connections to a server, for bench/hostile.sh (issue #8): a hostile
client that opens connections and sends nothing, opening a new one whenever the server
closes one.

    idle-connections.py HOST PORT SOURCE_ADDRESS COUNT SECONDS

Connects from SOURCE_ADDRESS (any of 127.0.0.0/8 on loopback), keeps COUNT connections open
for SECONDS (or until SIGTERM), then prints one line: how many connections it opened in all, how many the
server closed, and how many were open at the end."""
import select
import signal
import socket
import sys
import time

stopping = False


def stop(_signal, _frame):
    global stopping
    stopping = True


def connect(host, port, source):
    connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    connection.setblocking(True)
    connection.bind((source, 0))
    connection.settimeout(5)
    connection.connect((host, port))
    connection.setblocking(False)
    return connection


def main():
    host, port, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    count, seconds = int(sys.argv[4]), float(sys.argv[5])
    signal.signal(signal.SIGTERM, stop)
    until = time.monotonic() + seconds
    open_connections, opened, closed, failed = [], 0, 0, 0
    while time.monotonic() < until and not stopping:
        while len(open_connections) < count and time.monotonic() < until and not stopping:
            try:
                open_connections.append(connect(host, port, source))
                opened += 1
            except OSError:
                failed += 1
                time.sleep(0.05)
                break
        try:
            readable, _, _ = select.select(open_connections, [], [], 0.1)
        except InterruptedError:
            continue
        for connection in readable:
            try:
                data = connection.recv(4096)
            except OSError:
                data = b""
            if not data:
                open_connections.remove(connection)
                connection.close()
                closed += 1
    print("opened %d, closed by the server %d, failed to connect %d, open at the end %d"
          % (opened, closed, failed, len(open_connections)))


if __name__ == "__main__":
    main()
