"""Builds PR Studio's Word templates (templates/*.docx) from python-docx's default document.

Run ``uv run python templates/make_templates.py`` after changing a style; the
.docx files it writes are committed. Korean text must render in a Korean
font in Word, so every style names 맑은 고딕 in the East Asian slot and the
theme-font attributes that would override it are removed.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

EAST_ASIAN_FONT = "맑은 고딕"
LATIN_FONT = "Arial"
HERE = Path(__file__).resolve().parent
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# style name: (size in points, bold, colour or None)
STYLES = {
    "Normal": (10.5, False, None),
    "Title": (20, True, "1F2937"),
    "Subtitle": (13, False, "374151"),
    "Heading 1": (15, True, "1F3A5F"),
    "Heading 2": (13, True, "1F3A5F"),
    "Heading 3": (11.5, True, "1F3A5F"),
    "List Bullet": (10.5, False, None),
    "List Number": (10.5, False, None),
    "Quote": (10.5, False, "374151"),
    "Header": (8.5, False, "6B7280"),
    "Footer": (8.5, False, "6B7280"),
}


def set_fonts(rpr_parent: object) -> None:
    rpr = rpr_parent.find(qn("w:rPr"))  # type: ignore[attr-defined]
    if rpr is None:
        rpr = rpr_parent.makeelement(qn("w:rPr"), {})  # type: ignore[attr-defined]
        rpr_parent.append(rpr)  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ko-KR")


def strip_theme_fonts(document: docx.document.Document) -> None:
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        for attribute in THEME_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)


def style_document(document: docx.document.Document, line_spacing: float) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    set_fonts(defaults.find(qn("w:rPrDefault")))
    for name, (size, bold, colour) in STYLES.items():
        style = document.styles[name]
        set_fonts(style.element)
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = RGBColor.from_string(colour) if colour else None
        style.paragraph_format.line_spacing = line_spacing
    document.styles["Normal"].paragraph_format.space_after = Pt(6)
    document.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.styles["Quote"].font.italic = False
    strip_theme_fonts(document)


def build(name: str, line_spacing: float) -> Path:
    document = docx.Document()
    style_document(document, line_spacing)
    body = document.element.body
    for paragraph in list(body.iter(qn("w:p"))):
        body.remove(paragraph)
    target = HERE / f"{name}.docx"
    document.save(str(target))
    return target


if __name__ == "__main__":
    for template_name, spacing in (("press_release", 1.4), ("catchphrase", 1.3), ("report", 1.35)):
        print(build(template_name, spacing))
