"""Contacts in a draft must be the company's own: an invented phone number sends a reporter nowhere.

Web addresses are the exception that releases need: a partner's boilerplate
ends with its own site ('www.prostarenergy.com' after 'About ProStar Energy
Solutions'). A site whose name is built from an organisation the facts name,
and that looks like none of the sites the facts give, is that organisation's
own; a site that resembles a known one ('ATPFlightAcademy.com' beside
ATPFlightSchool.com) must be exactly as the facts write it, and so must a
page when the facts give the site only by its pages
('venturex.com/locations/frederick').
"""

from __future__ import annotations

import re
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
        if _known(contact, known, ctx):
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


def _known(contact: Contact, known: list[Contact], ctx: CheckContext) -> bool:
    if contact.kind == "web":
        return _known_site(contact.value, [c.value for c in known if c.kind == "web"], ctx)
    return any(c.kind == contact.kind and c.value == contact.value for c in known)


def _known_site(address: str, sites: list[str], ctx: CheckContext) -> bool:
    host, _, path = address.partition("/")
    same_host = [site for site in sites if web_host(site) == host]
    if same_host:  # the front page, any page of a site the facts give by its front page, or a page they give
        pages = [site.partition("/")[2] for site in same_host]
        return not path or "" in pages or path in pages
    name = _site_name(host)
    written = ctx.sources.doc.text.lower()
    if len(name) < 4 or any(_alike(name, _site_name(web_host(site))) for site in sites):
        return False
    return any(_named_after(name, run.split(), written) for run in _RUN.findall(ctx.sources.doc.text))


def _site_name(host: str) -> str:
    """'www.prostarenergy.com' → 'prostarenergy' (the label before the public suffix)."""
    labels = [label for label in host.split(".") if label not in ("www", "com", "net", "org", "co", "kr", "io")]
    return re.sub(r"[^a-z0-9]", "", labels[0]) if labels else ""


def _alike(mine: str, known: str) -> bool:
    """'ATPFlightAcademy' and ATPFlightSchool, 'greatgreekgrill' and thegreatgreekgrill, 'tidewave' and
    tidewave-robotics, 'pulsewellmedical' and pulsewell: a sister site the facts do not give is as
    likely an invented one."""
    if not mine or not known:
        return False
    shorter, longer = sorted((mine, known), key=len)
    return shorter in longer or mine[:5] == known[:5]


def _word_of(word: str, written: str) -> bool:
    return len(word) >= 4 and re.search(rf"\b{re.escape(word)}", written) is not None


_RUN = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)*")


def _named_after(name: str, words: list[str], written: str) -> bool:
    """'ridgemontep' from Ridgemont Equity Partners, 'venturexfranchise' from Venture X and 'franchise',
    'stevieawards' from Stevie Awards: the name's first words, then its initials or a word of the facts."""
    plain = [re.sub(r"[^a-z0-9]", "", word.lower()) for word in words]
    for count in range(1, len(plain) + 1):
        base = "".join(plain[:count])
        rest = name[len(base) :]
        if len(base) < 4 or not name.startswith(base):
            continue
        initials = "".join(word[:1] for word in plain[count:])
        if not rest or rest == initials or _word_of(rest, written):
            return True
    return False
