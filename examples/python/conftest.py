"""A pytest fixture that starts Breakout as a Cvent test double (one server per test session) and resets it
before every test. Standard library only. Set BREAKOUT_DLL to a built breakout.dll to run it with `dotnet`;
otherwise the `breakout` tool on PATH is used."""
import json
import os
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "cvent-seed.json"


class CventDouble:
    def __init__(self, base_url):
        self.base_url = base_url
        self.url = base_url + "/soap/V200611.asmx"

    def admin(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + "/admin/" + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            text = response.read()
            return json.loads(text) if text else None

    def count(self, **criteria):
        return self.admin("POST", "journal/count", criteria)["count"]

    def add_fault(self, **rule):
        return self.admin("POST", "faults", rule)

    def reset(self):
        self.admin("POST", "reset")
        self.admin("DELETE", "faults")
        self.admin("DELETE", "journal")


def _command():
    dll = os.environ.get("BREAKOUT_DLL")
    return ["dotnet", dll] if dll else ["breakout"]


@pytest.fixture(scope="session")
def cvent_server():
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready"
        process = subprocess.Popen(
            _command() + ["--db", str(Path(folder) / "breakout.db"), "serve", "--seed", str(SEED),
                          "--test-mode", "--port", "0", "--ready-file", str(ready),
                          "--Logging:LogLevel:Default=Warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while not ready.exists():
                if process.poll() is not None:
                    raise RuntimeError("breakout serve exited: " + process.stderr.read().decode())
                if time.monotonic() > deadline:
                    raise TimeoutError("breakout serve did not become ready")
                time.sleep(0.1)
            yield CventDouble(ready.read_text().strip())
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.fixture
def cvent(cvent_server):
    cvent_server.reset()
    return cvent_server
