"""How much does PR Studio's engine layer cost over raw llama.cpp?

The same press-release prompt (the demo company) goes through raw
``xllamacpp`` and through ``EmbeddedEngine.stream``, alternating, on the same
loaded model. Prints tokens/s of both, their ratio (target >= 0.97) and the
time-to-first-token overhead. Run: ``uv run python bench/engine_overhead.py``.
"""

from __future__ import annotations

import statistics
import time

from bench_support import press_release_prompt, temporary_home

from desktop.core.engines.base import GenerationRequest
from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.engines.embedded import EmbeddedEngine, _load_server
from desktop.core.engines.sampling import sampling_for

ROUNDS = 4
TOKENS = 200


def raw_run(server, payload: dict) -> tuple[float, float, int]:  # type: ignore[no-untyped-def,type-arg]
    started = time.perf_counter()
    marks: list[float] = []
    produced = {"n": 0}

    def on_chunk(chunk: dict) -> bool:  # type: ignore[type-arg]
        if chunk.get("choices") and chunk["choices"][0].get("text"):
            marks.append(time.perf_counter())
        if "usage" in chunk:
            produced["n"] = chunk["usage"]["completion_tokens"]
        return False

    server.handle_completions(dict(payload), on_chunk)
    first = marks[0] - started
    return first, produced["n"] / (marks[-1] - marks[0]), produced["n"]


def pipeline_run(engine: EmbeddedEngine, prompt) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    marks: list[float] = []
    stream = engine.stream(GenerationRequest(prompt, sampling_for("balanced", 1)))
    for _ in stream:
        marks.append(time.perf_counter())
    first = marks[0] - started
    return first, stream.usage.output_tokens / (marks[-1] - marks[0]), stream.usage.output_tokens


def main() -> None:
    with temporary_home():
        engine = EmbeddedEngine()
        prompt = press_release_prompt(engine, max_tokens=TOKENS)
        server = _load_server(str(bundled_model_path()), engine.n_ctx, engine.threads).server
        # Exactly the request our engine sends, so only the engine layer differs.
        payload = engine._payload(GenerationRequest(prompt, sampling_for("balanced", 1)), chat=False)
        raw_run(server, payload)  # warm the model and the prompt cache for both
        raw, ours = [], []
        for _ in range(ROUNDS):
            raw.append(raw_run(server, payload))
            ours.append(pipeline_run(engine, prompt))
        raw_tps = statistics.median(r[1] for r in raw)
        our_tps = statistics.median(r[1] for r in ours)
        raw_ttft = statistics.median(r[0] for r in raw)
        our_ttft = statistics.median(r[0] for r in ours)
        print(f"prompt tokens          {engine.count_tokens(prompt.text)}")
        print(f"raw xllamacpp          {raw_tps:7.1f} tokens/s   first token {raw_ttft * 1000:7.1f} ms")
        print(f"PR Studio engine       {our_tps:7.1f} tokens/s   first token {our_ttft * 1000:7.1f} ms")
        print(f"throughput ratio       {our_tps / raw_tps:7.3f}   (target >= 0.97)")
        print(f"first-token overhead   {(our_ttft - raw_ttft) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
