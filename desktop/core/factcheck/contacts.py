"""Phone numbers, e-mail addresses and web addresses: a reporter will call or visit them.

Phone numbers are read by ``phonenumbers`` (1588-1234, 080-…, 010-…,
+82 2-…, (02) … all become one E.164 number), so "02-3141-5926" in the facts
supports "+82 2 3141 5926" in a draft. Web addresses count with or without
``http``/``www`` (chorokdeul-mall.kr); a bare name is an address only when
its ending is a real top-level domain (the Public Suffix List shipped with
``publicsuffixlist``), so "report.pdf" or "Node.js" are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from publicsuffixlist import PublicSuffixList

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"'”’,\uac00-\ud7a3]+", re.IGNORECASE)
_BARE = re.compile(
    r"(?<![\w@./-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(/[^\s)\]>\"'”’,\uac00-\ud7a3]*)?(?![a-zA-Z0-9_@-])",
    re.IGNORECASE,  # 'SonnysBBQ.com', 'ATPFlightSchool.com': sites are written in capitals too
)
_DATE_LIKE = re.compile(r"^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$|^\d{1,2}[.\-/]\d{1,2}$")


@dataclass(frozen=True)
class Contact:
    start: int
    end: int
    kind: str  # phone | email | web
    value: str  # normalised: E.164, lower-case address, host + path


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)


def warm_up() -> None:
    """Read the Public Suffix List now (it takes most of a second), not during the first check."""
    _suffixes()


def phone_region(phone: str) -> str:
    """The region the company's own numbers are written for: '+1 512…' or '(512) 555-0187' is North America
    (ten digits, no leading 0), else Korea."""
    phone = phone.strip()
    try:
        if phone.startswith("+"):
            return phonenumbers.region_code_for_number(phonenumbers.parse(phone, None)) or "KR"
        digits = re.sub(r"\D", "", phone)
        if len(digits) == 10 and not digits.startswith(("0", "1")):  # Korean numbers start with 0 (or 15xx/16xx)
            return "US" if phonenumbers.is_valid_number(phonenumbers.parse(phone, "US")) else "KR"
    except phonenumbers.NumberParseException:
        pass
    return "KR"


def find_contacts(text: str, region: str = "KR") -> list[Contact]:
    found: list[Contact] = []
    for match in _EMAIL.finditer(text):
        found.append(Contact(match.start(), match.end(), "email", match.group(0).lower().rstrip(".")))
    for match in _URL.finditer(text):
        found.extend(_web(match.start(), match.group(0), found))
    for match in _BARE.finditer(text):
        if _suffixes().privatesuffix(match.group(1).lower()):
            found.extend(_web(match.start(), match.group(0), found))
    found.extend(_phones(text, found, region))
    return sorted(found, key=lambda contact: contact.start)


def _web(start: int, raw: str, found: list[Contact]) -> list[Contact]:
    raw = raw.rstrip(".,;:!?)")
    if any(c.start <= start < c.end for c in found):
        return []
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", raw, flags=re.IGNORECASE).lower()
    host, _, path = address.partition("/")
    return [
        Contact(start, start + len(raw), "web", host.rstrip(".") + ("/" + path.rstrip("/") if path.strip("/") else ""))
    ]


#: Stretches that could hold a phone number; only these go through the (slow) matcher.
_PHONE_LIKE = re.compile(r"(?:\+|\()?\d[\d\s().+-]{6,}\d")


def _phones(text: str, found: list[Contact], region: str) -> list[Contact]:
    phones: list[Contact] = []
    for stretch in _PHONE_LIKE.finditer(text):
        phones.extend(_phones_in(text, stretch.start(), stretch.end(), [*found, *phones], region))
    return phones


def _phones_in(text: str, offset: int, stop: int, found: list[Contact], region: str) -> list[Contact]:
    phones: list[Contact] = []
    snippet = text[max(0, offset - 1) : stop]
    offset = max(0, offset - 1)
    for leniency in (Leniency.VALID, Leniency.POSSIBLE):
        for match in PhoneNumberMatcher(snippet, region, leniency=leniency):
            start, end = offset + match.start, offset + match.end
            if any(c.start < end and start < c.end for c in [*found, *phones]) or not _looks_like_phone(
                match.raw_string
            ):
                continue
            number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            phones.append(Contact(start, end, "phone", number))
    return phones


def _looks_like_phone(raw: str) -> bool:
    """A possible number only counts when written like one: separators or a '+', never a date or a figure."""
    digits = re.sub(r"\D", "", raw)
    if _DATE_LIKE.match(raw.strip()) or len(digits) < 8:
        return False
    return bool(re.search(r"[-.)\s+]", raw.strip())) or len(digits) >= 9


def web_host(value: str) -> str:
    return value.split("/", 1)[0]


def display(contact: Contact) -> str:
    if contact.kind == "phone":
        number = phonenumbers.parse(contact.value, "KR")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return contact.value
