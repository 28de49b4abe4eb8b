"""A loopback Ollama for window tests: answers /api/show and /api/chat as Ollama's API documentation says.

Each chat call is answered with the next scripted text; a call can be made to
stall (headers sent, no token yet) until the test releases it, which is what a
busy or stuck Ollama looks like to PR Studio. Threads and sockets are closed
when the test ends; a stall never outlives ``STALL_LIMIT`` seconds.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.core.fake_servers import ollama_chat_stream, ollama_show

STALL_LIMIT = 20.0


class LoopbackOllama:
    def __init__(self) -> None:
        self.answers: list[str] = ["한빛베이커리는 성수동 매장에서 이웃과 빵을 나눈다고 밝혔다."]
        self.stall = False
        self.release = threading.Event()
        self.chat_calls = 0
        self.stalled = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="loopback-ollama", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _next_answer(self) -> str:
        self.chat_calls += 1
        return self.answers[min(self.chat_calls, len(self.answers)) - 1]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep the test output clean
                return

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path == "/api/show":
                    self._send(json.dumps(ollama_show(8192)), "application/json")
                elif self.path == "/api/chat":
                    self._chat(str(body.get("model", "")))
                else:
                    self.send_error(404)

            def _chat(self, model: str) -> None:
                answer = loopback._next_answer()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                self.wfile.flush()
                if loopback.stall:
                    loopback.stalled.set()
                    loopback.release.wait(STALL_LIMIT)
                pieces = [answer[i : i + 6] for i in range(0, len(answer), 6)]
                try:
                    self.wfile.write(ollama_chat_stream(model, pieces).encode("utf-8"))
                except OSError:
                    pass  # the client went away (a cancelled run); nothing to answer

            def _send(self, body: str, content_type: str) -> None:
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def ollama() -> Iterator[LoopbackOllama]:
    server = LoopbackOllama()
    yield server
    server.close()
