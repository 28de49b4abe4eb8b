"""Loopback stand-ins for Ollama and Anthropic, answering as their public API documentation says.

Neither server can run on the test machines, so these reproduce the wire
format: Ollama's NDJSON streams and ``{"error": ...}`` bodies, Anthropic's
server-sent events and error objects.
"""

from __future__ import annotations

import json
from typing import Any

from werkzeug import Request, Response

CREATED = "2026-03-10T09:00:00.000000Z"


def ndjson(*lines: dict[str, Any]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def ollama_chat_stream(model: str, pieces: list[str], prompt_eval_count: int = 120) -> str:
    lines: list[dict[str, Any]] = [
        {"model": model, "created_at": CREATED, "message": {"role": "assistant", "content": piece}, "done": False}
        for piece in pieces
    ]
    lines.append(
        {
            "model": model,
            "created_at": CREATED,
            "message": {"role": "assistant", "content": ""},
            "done": True,
            "done_reason": "stop",
            "total_duration": 5_000_000_000,
            "load_duration": 1_000_000,
            "prompt_eval_count": prompt_eval_count,
            "prompt_eval_duration": 100_000_000,
            "eval_count": len(pieces),
            "eval_duration": 400_000_000,
        }
    )
    return ndjson(*lines)


#: Gemma 3's chat template as ``ollama show`` prints it (shortened); a base model's is ``{{ .Prompt }}``.
GEMMA_TEMPLATE = (
    "{{- range $i, $_ := .Messages }}{{- $last := eq (len (slice $.Messages $i)) 1 }}"
    '{{- if or (eq .Role "user") (eq .Role "system") }}<start_of_turn>user\n{{ .Content }}<end_of_turn>\n'
    '{{ if $last }}<start_of_turn>model\n{{ end }}{{- else if eq .Role "assistant" }}<start_of_turn>model\n'
    "{{ .Content }}{{ if not $last }}<end_of_turn>\n{{ end }}{{- end }}{{- end }}"
)


def ollama_show(context_length: int = 131072, template: str = GEMMA_TEMPLATE) -> dict[str, Any]:
    return {
        "modelfile": "FROM gemma3:4b",
        "parameters": "",
        "template": template,
        "details": {"format": "gguf", "family": "gemma3", "parameter_size": "4.3B", "quantization_level": "Q4_K_M"},
        "model_info": {"general.architecture": "gemma3", "gemma3.context_length": context_length},
        "capabilities": ["completion"],
    }


def ollama_tags() -> dict[str, Any]:
    return {
        "models": [
            {
                "name": "gemma3:4b",
                "model": "gemma3:4b",
                "modified_at": CREATED,
                "size": 3_338_801_804,
                "digest": "a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a",
                "details": {
                    "format": "gguf",
                    "family": "gemma3",
                    "families": ["gemma3"],
                    "parameter_size": "4.3B",
                    "quantization_level": "Q4_K_M",
                },
            }
        ]
    }


def ollama_pull_stream() -> str:
    digest = "sha256:aeda25e63ebd698fab8638ffb778e68bed908b960d39d0becc650fa981609d25"
    return ndjson(
        {"status": "pulling manifest"},
        {"status": f"pulling {digest[7:19]}", "digest": digest, "total": 1000, "completed": 250},
        {"status": f"pulling {digest[7:19]}", "digest": digest, "total": 1000, "completed": 1000},
        {"status": "verifying sha256 digest"},
        {"status": "writing manifest"},
        {"status": "success"},
    )


def sse(*events: dict[str, Any]) -> str:
    return "".join(f"event: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n" for event in events)


def anthropic_stream(pieces: list[str], input_tokens: int = 300, cached: int = 0) -> str:
    return sse(
        {
            "type": "message_start",
            "message": {
                "id": "msg_01",
                "type": "message",
                "role": "assistant",
                "content": [],
                "model": "claude-test",
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {
                    "input_tokens": input_tokens,
                    "output_tokens": 1,
                    "cache_creation_input_tokens": 0,
                    "cache_read_input_tokens": cached,
                },
            },
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "ping"},
        *(
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}
            for piece in pieces
        ),
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": len(pieces)},
        },
        {"type": "message_stop"},
    )


def anthropic_error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


def recorded_json(request: Request) -> dict[str, Any]:
    return json.loads(request.get_data(as_text=True))


def streaming(body: str, content_type: str) -> Response:
    return Response(body, status=200, content_type=content_type)


def openai_completion_stream(pieces: list[str], *, finish: str | None = "stop", chat: bool = False) -> str:
    """OpenAI's streamed completions (or chat completions) as server-sent events, ending in ``[DONE]``.

    ``finish=None`` leaves out the last chunk with its ``finish_reason`` and the ``[DONE]`` line:
    a stream that stops early without an error, as a proxy or a crashed server produces.
    """

    def chunk(text: str, reason: str | None) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": 0, "finish_reason": reason, "logprobs": None}
        if chat:
            choice["delta"] = {"content": text} if text else {}
        else:
            choice["text"] = text
        kind = "chat.completion.chunk" if chat else "text_completion"
        return {"id": "cmpl-1", "object": kind, "created": 1773100800, "model": "company-model", "choices": [choice]}

    events = [chunk(piece, None) for piece in pieces]
    if finish is not None:
        events.append(chunk("", finish))
    body = "".join(f"data: {json.dumps(event, ensure_ascii=False)}\n\n" for event in events)
    return body + ("data: [DONE]\n\n" if finish is not None else "")


class DroppingOllama:
    """A loopback Ollama that answers /api/show, then drops the connection in the middle of a chat stream.

    That is what a running Ollama does when its model runner crashes or the
    machine runs out of memory: the HTTP response starts and never ends.
    """

    def __init__(self) -> None:
        import socketserver

        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                request_line = self.rfile.readline().decode("latin-1")
                length = 0
                while (line := self.rfile.readline().decode("latin-1").strip()) != "":
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                self.rfile.read(length)
                outer.paths.append(request_line.split()[1])
                if "/api/show" in request_line:
                    body = json.dumps(ollama_show()).encode()
                    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                    self.wfile.write(head.encode() + body)
                    return
                first = ollama_chat_stream("gemma3:4b", ["첫 문장"]).splitlines(keepends=True)[0].encode()
                head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"
                self.wfile.write(head.encode() + f"{len(first):x}\r\n".encode() + first + b"\r\n")
                self.wfile.flush()  # and then the connection closes, mid-stream

        self.paths: list[str] = []
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> DroppingOllama:
        import threading

        threading.Thread(target=self.server.serve_forever, name="dropping-ollama", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
