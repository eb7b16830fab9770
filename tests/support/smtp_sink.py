#!/usr/bin/python3
"""A loopback SMTP server for the tests (Debian's python3-aiosmtpd).

Usage: smtp_sink.py DIRECTORY

Listens on a free port of 127.0.0.1, prints the port on standard output once it accepts
connections, and writes each message it receives to DIRECTORY as one JSON file (written
whole, then renamed, so a reader never sees half of one): the envelope's sender and
recipients, and the From, To, Subject and Message-ID headers and the text body, decoded.
Runs until SIGTERM or SIGINT. Exits with status 3 when aiosmtpd is not installed.
"""

import json
import os
import signal
import socket
import sys
import threading
from email import message_from_bytes, policy

try:
    from aiosmtpd.controller import Controller
except ImportError:
    print("smtp_sink: aiosmtpd is not installed (apt-get install python3-aiosmtpd)",
          file=sys.stderr)
    sys.exit(3)


class SaveToDirectory:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "auto_submitted": str(message["Auto-Submitted"]),
            "body": message.get_content(),
        }
        with self.lock:
            self.count += 1
            name = f"{os.getpid()}-{self.count:05d}"
        partial = os.path.join(self.directory, name + ".part")
        with open(partial, "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False, indent=1)
        os.rename(partial, os.path.join(self.directory, name + ".json"))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(SaveToDirectory(directory), hostname="127.0.0.1", port=free_port())
    controller.start()
    stop = threading.Event()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signal_number, lambda *_: stop.set())
    print(controller.port, flush=True)
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
