"""Claim tracing: every claim in a draft traced to the company's own facts.

``CheckContext.build`` reads the sources once (profile, answers, reference
text); ``check_text`` returns typed findings with spans in the checked text;
``guard_text`` also replaces invented contacts and quotes by placeholders.
"""

from desktop.core.factcheck.check import check_text
from desktop.core.factcheck.context import CheckContext
from desktop.core.factcheck.guard import guard_text

__all__ = ["CheckContext", "check_text", "guard_text"]
