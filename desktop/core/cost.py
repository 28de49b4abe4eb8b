"""What a paid-API draft roughly costs, in Korean won.

Prices change; these are list prices per million tokens at the time of
writing, used only for an estimate shown next to the token counts. Unknown
models show no estimate rather than a wrong one.
"""

from __future__ import annotations

from desktop.core.engines.base import Usage

#: model name prefix → (USD per million input tokens, USD per million output tokens)
PRICES_USD = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-haiku": (1.00, 5.00),
    "claude-sonnet": (3.00, 15.00),
    "claude-opus": (15.00, 75.00),
}
KRW_PER_USD = 1400.0


def estimated_cost_krw(model: str, usage: Usage) -> float | None:
    prices = next(
        (PRICES_USD[prefix] for prefix in sorted(PRICES_USD, key=len, reverse=True) if model.startswith(prefix)), None
    )
    if prices is None:
        return None
    input_price, output_price = prices
    dollars = (usage.prompt_tokens * input_price + usage.output_tokens * output_price) / 1_000_000
    return dollars * KRW_PER_USD
