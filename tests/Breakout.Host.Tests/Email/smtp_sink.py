"""A local SMTP sink for the relay tests (Debian python3-aiosmtpd), on loopback only.

Usage: smtp_sink.py PORT OUTFILE REFUSALS
Accepts every message and appends it to OUTFILE as one JSON line (envelope sender and recipients, headers, body),
except the first REFUSALS messages, which it refuses at DATA with "451 4.3.0 Try again later". Prints READY once it
listens, and stops when its standard input closes.
"""
import json
import sys
from email import message_from_bytes
from email.policy import default

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, outfile, refusals):
        self.outfile = outfile
        self.refusals = refusals

    async def handle_DATA(self, server, session, envelope):
        if self.refusals > 0:
            self.refusals -= 1
            return "451 4.3.0 Try again later"
        message = message_from_bytes(envelope.original_content or envelope.content, policy=default)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": list(envelope.rcpt_tos),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "messageId": str(message["Message-Id"]),
            "body": message.get_content(),
        }
        with open(self.outfile, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return "250 OK"


def main():
    port, outfile, refusals = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    controller = Controller(Sink(outfile, refusals), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
