"""Does the gate keep a capable model's good writing and stop its sloppy writing?

Most PR Studio users run a 1–4B instruction-tuned model (Ollama, LM Studio, a
llama.cpp server). None can run on these machines, so this bench plays one:
a loopback server that speaks the OpenAI-compatible chat API (streaming, as
llama.cpp's server does) answers each request from hand-written answer sets in
``bench/capable_data/``. It picks the answer by what the request asks for (the
``[요청]``/``[Request]`` line: the part's title, the key point, the scenario, the
chapter), never by order, so a change in the order of parts cannot fool it.

Each answer file names a company folder (``company.toml`` and one answers file
per workflow) and holds several answer sets: ``good`` sets are natural
newspaper prose that rephrases the facts, as a strong 4B model writes at its
best; ``sloppy`` sets plant one realistic flaw in some parts, each labelled with
its class (``chatter``, ``meta``, ``latin``, ``repeat``, ``embellished_quote``,
``hype``, ``avoided``, ``invented``, …). The bench runs the whole pipeline
(prompts, gate, fallbacks, document) and prints per workflow:

- good parts kept / asked (target ≥ 95 % in every workflow),
- planted flaws stopped / planted, per class (target 100 %),
- clean parts of sloppy sets kept / asked (target ≥ 95 %),
- characters of each press release body (a standard release: 1,200–2,500),
- every refusal of a good part with its reason, and every flaw let through.

Run: ``uv run python bench/capable_replay.py [--only NAME] [--out DIR] [--dump DIR]``.
``--dump`` writes every request the pipeline sent (to write new answer sets from).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench_support import body_of, temporary_home

from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.generation import Finished, GenerationJob, generate
from desktop.core.profile import load_profile
from desktop.core.store import History
from desktop.core.workflows import get_workflow

HERE = Path(__file__).resolve().parent
DATA = HERE / "capable_data"
_ASK = re.compile(r"^\[(?:요청|Request)\] (.+)$", re.MULTILINE)


@dataclass
class Answer:
    """One part's answer: chosen when every ``match`` string is in the request's ask line."""

    match: list[str]
    text: str
    #: The planted flaw's class ('' for a clean part).
    flaw: str = ""
    #: Matched by a request (an answer nobody asked for is reported: its match strings are wrong).
    used: int = 0


@dataclass
class AnswerSet:
    name: str
    kind: str  # "good" or "sloppy"
    answers: list[Answer]

    def pick(self, ask: str) -> Answer | None:
        """The answer whose match strings all occur in ``ask``, the most specific (longest) first."""
        fitting = [a for a in self.answers if all(m in ask for m in a.match)]
        if not fitting:
            return None
        best = max(fitting, key=lambda a: sum(len(m) for m in a.match))
        best.used += 1
        return best


@dataclass
class Case:
    path: Path
    workflow: str
    language: str
    company: Path
    answers_file: Path
    sets: list[AnswerSet]


def load_cases(only: list[str] | None) -> list[Case]:
    cases = []
    for path in sorted(DATA.glob("*.toml")):
        if only and not any(name in path.stem for name in only):
            continue
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        folder = (path.parent / raw["company"]).resolve()
        sets = [
            AnswerSet(
                s["name"],
                s.get("kind", "good"),
                [Answer(list(a["match"]), a["text"], a.get("flaw", "")) for a in s["answers"]],
            )
            for s in raw["sets"]
        ]
        cases.append(Case(path, raw["workflow"], raw["language"], folder, folder / f"{raw['workflow']}.toml", sets))
    return cases


# -- the loopback server -------------------------------------------------------


class ReplayServer:
    """An OpenAI-compatible chat server on loopback that answers from the current answer set."""

    def __init__(self, model: str = "local-4b") -> None:
        self.model = model
        self.answer_set: AnswerSet | None = None
        #: (ask, answer or None) for every request of the current run.
        self.requests: list[tuple[str, str, Answer | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                if self.path.rstrip("/").endswith("/models"):
                    body = {"object": "list", "data": [{"id": server.model, "object": "model", "owned_by": "llamacpp"}]}
                    self._json(200, body)
                else:
                    self._json(404, {"error": {"message": "not found", "type": "not_found_error"}})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "only chat", "type": "not_found_error"}})
                    return
                user = next((m["content"] for m in reversed(request["messages"]) if m["role"] == "user"), "")
                asks = _ASK.findall(user)
                ask = asks[-1] if asks else ""
                answer = server.answer_set.pick(ask) if server.answer_set else None
                server.requests.append((ask, user, answer))
                self._stream(answer.text if answer else "", request)

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, text: str, request: dict[str, Any]) -> None:
                """Server-sent events as the chat completions API streams them, usage last."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                base = {"id": "chatcmpl-replay", "object": "chat.completion.chunk", "created": int(time.time())}
                base["model"] = server.model

                def send(choices: list[dict[str, Any]], **extra: Any) -> None:
                    self.wfile.write(f"data: {json.dumps({**base, 'choices': choices, **extra})}\n\n".encode())

                send([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
                for piece in re.findall(r"\S*\s*", text):
                    if piece:
                        send([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
                send([{"index": 0, "delta": {}, "finish_reason": "stop"}])
                prompt_tokens = sum(len(m["content"]) for m in request["messages"]) // 2
                usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(text) // 2}
                usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
                send([], usage=usage)
                self.wfile.write(b"data: [DONE]\n\n")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> ReplayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# -- measuring -----------------------------------------------------------------


@dataclass
class Tally:
    good_asked: int = 0
    good_kept: int = 0
    clean_asked: int = 0
    clean_kept: int = 0
    flaws: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    lengths: list[int] = field(default_factory=list)
    refused_good: list[str] = field(default_factory=list)
    let_through: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)


def run_case(
    case: Case, server: ReplayServer, history: History, tally: Tally, out: Path | None, dump: Path | None
) -> None:
    workflow = get_workflow(case.workflow)
    profile = load_profile(case.company / "company.toml")
    raw, _ = load_answers_file(case.answers_file)
    answers = validate_answers(workflow, {**raw, "language": case.language})
    engine = OpenAIEngine(server.model, "no-key", server.url, context_window=32768)  # chat found by asking
    for answer_set in case.sets:
        server.answer_set, server.requests = answer_set, []
        job = GenerationJob(workflow, profile, answers, seed=1)
        *_, finished = generate(job, engine, history)
        assert isinstance(finished, Finished)
        result = finished.result
        label = f"{case.path.stem}/{answer_set.name}"
        by_key = {record.key: record for record in result.parts}
        asked = [r for r in result.parts if r.asked]
        requests = {ask: answer for ask, _, answer in server.requests}
        for ask, _, answer in server.requests:
            if answer is None and ask:
                tally.unanswered.append(f"{label}: {ask[:90]}")
        for record in asked:
            answer = _answer_for(record.raw, requests)
            kept = record.source == "model"
            if answer is None:
                continue
            if answer_set.kind == "good" or not answer.flaw:
                if answer_set.kind == "good":
                    tally.good_asked += 1
                    tally.good_kept += kept
                else:
                    tally.clean_asked += 1
                    tally.clean_kept += kept
                if not kept:
                    reason = record.reason_en if case.language == "en" else record.reason_ko
                    tally.refused_good.append(f"{label} · {record.title}: {reason}")
            else:
                stopped = not kept
                counts = tally.flaws[answer.flaw]
                counts[0] += stopped
                counts[1] += 1
                if not stopped:
                    tally.let_through.append(f"{label} · {record.title} [{answer.flaw}]")
        for answer in answer_set.answers:
            if not answer.used:
                tally.unanswered.append(f"{label}: answer never asked for {answer.match}")
            answer.used = 0
        if case.workflow == "press-release":
            tally.lengths.append(len(body_of(result.markdown).replace("\n", "")))
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{case.path.stem}-{answer_set.name}.md").write_text(result.markdown, encoding="utf-8")
        if dump:
            dump.mkdir(parents=True, exist_ok=True)
            text = "\n\n=====\n\n".join(f"[ASK] {ask}\n\n{user}" for ask, user, _ in server.requests)
            (dump / f"{case.path.stem}-{answer_set.name}.txt").write_text(text, encoding="utf-8")
        _ = by_key


def _answer_for(raw: str, requests: dict[str, Answer | None]) -> Answer | None:
    """The answer the server gave for a part, found by its text in what the part's record kept."""
    for answer in requests.values():
        if answer and answer.text.strip() and answer.text.strip()[:60] in raw:
            return answer
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="only answer files whose name contains this")
    parser.add_argument("--out", type=Path, help="keep every document here to read")
    parser.add_argument("--dump", type=Path, help="write every request the pipeline sent here")
    args = parser.parse_args()
    tallies: dict[str, Tally] = defaultdict(Tally)
    cases = load_cases(args.only)
    if not cases:
        print(f"no answer files in {DATA}", file=sys.stderr)
        return 2
    with temporary_home() as home, ReplayServer() as server:
        history = History(home / "history.sqlite3")
        for case in cases:
            run_case(case, server, history, tallies[f"{case.workflow}/{case.language}"], args.out, args.dump)
    report(tallies)
    return 0


def _share(kept: int, asked: int) -> str:
    return f"{kept}/{asked} ({kept / asked:.0%})" if asked else "0/0"


def report(tallies: dict[str, Tally]) -> None:
    flaws: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, tally in sorted(tallies.items()):
        print(f"\n== {name}")
        print(f"good parts kept:        {_share(tally.good_kept, tally.good_asked)}")
        print(f"clean sloppy parts kept: {_share(tally.clean_kept, tally.clean_asked)}")
        stopped = sum(c[0] for c in tally.flaws.values())
        planted = sum(c[1] for c in tally.flaws.values())
        print(f"planted flaws stopped:  {_share(stopped, planted)}")
        if tally.lengths:
            print(f"release body characters: {tally.lengths}")
        for line in tally.refused_good:
            print(f"  refused: {line}")
        for line in tally.let_through:
            print(f"  let through: {line}")
        for line in tally.unanswered:
            print(f"  unmatched: {line}")
        for flaw, counts in tally.flaws.items():
            flaws[flaw][0] += counts[0]
            flaws[flaw][1] += counts[1]
    print("\n== flaws stopped per class")
    for flaw, (stopped, planted) in sorted(flaws.items()):
        print(f"{flaw:20} {_share(stopped, planted)}")
    good = sum(t.good_kept for t in tallies.values()), sum(t.good_asked for t in tallies.values())
    print(f"\nall good parts kept: {_share(*good)}")


if __name__ == "__main__":
    raise SystemExit(main())
