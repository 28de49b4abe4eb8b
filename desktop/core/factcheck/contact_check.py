"""Contacts in a draft must be the company's own: an invented phone number sends a reporter nowhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.factcheck.contacts import Contact, display, find_contacts, web_host
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_KIND_NAMES = {
    "phone": ("전화번호", "phone number"),
    "email": ("이메일 주소", "e-mail address"),
    "web": ("웹 주소", "web address"),
}


def check_contacts(doc: Analysed, ctx: CheckContext) -> tuple[list[Finding], list[tuple[int, int]]]:
    """Findings for contacts the sources do not give, and the spans of every contact (they are not figures)."""
    known = ctx.sources.contacts
    findings: list[Finding] = []
    contacts = find_contacts(doc.text, ctx.sources.region)
    for contact in contacts:
        if _known(contact, known):
            continue
        ko_name, en_name = _KIND_NAMES[contact.kind]
        same_kind = [display(c) for c in known if c.kind == contact.kind]
        findings.append(
            finding(
                doc,
                "contact",
                "error",
                (contact.start, contact.end),
                f"자료에 없는 {ko_name}입니다.",
                f"This {en_name} is not in the facts.",
                ", ".join(same_kind[:2]),
                ctx.language,
            )
        )
    return findings, [(c.start, c.end) for c in contacts]


def _known(contact: Contact, known: list[Contact]) -> bool:
    if contact.kind == "web":
        return any(c.kind == "web" and web_host(c.value) == web_host(contact.value) for c in known)
    return any(c.kind == contact.kind and c.value == contact.value for c in known)
