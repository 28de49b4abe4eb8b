"""Colours that follow the operating system's light or dark mode, with readable contrast in both.

Screens never hard-code a colour: they name a role (``objectName`` such as
``navigation``, ``fieldHelp``, ``workflowCard``, or a ``kind``/``state``
property on banners and the privacy label) and the one application style
sheet built here colours it for the palette in use. When the system switches
between light and dark, the sheet is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Theme:
    dark: bool
    nav_background: str
    nav_text: str
    nav_selected: str
    nav_selected_text: str
    card: str
    card_border: str
    card_title: str
    card_text: str
    muted: str
    banners: dict[str, tuple[str, str, str]]  # kind → (background, border, text)
    privacy_ok: str
    privacy_warning: str
    mark_background: str
    mark_text: str
    #: A claim that is probably untrue: (background, text), apart from the warnings' mark.
    error_mark: tuple[str, str]


#: The stroke colour the line icons in assets/icons are drawn with.
ICON_STROKE = "#1F3A5F"

LIGHT = Theme(
    dark=False,
    nav_background="#F3F5F9",
    nav_text="#1F2937",
    nav_selected="#DCE6F5",
    nav_selected_text="#1F3A5F",
    card="#FFFFFF",
    card_border="#D9DEE7",
    card_title="#1F3A5F",
    card_text="#4B5563",
    muted="#5F6673",
    banners={
        "error": ("#FDECEC", "#F5B5B5", "#7F1D1D"),
        "warning": ("#FFF7E0", "#F2D48A", "#713F12"),
        "info": ("#EAF2FD", "#B6CCF0", "#1E3A8A"),
    },
    privacy_ok="#166534",
    privacy_warning="#9A3412",
    mark_background="#FDE68A",
    mark_text="#1F2937",
    error_mark=("#F9C0C0", "#7F1D1D"),
)

DARK = Theme(
    dark=True,
    nav_background="#1E232D",
    nav_text="#E5E7EB",
    nav_selected="#2F4A6D",
    nav_selected_text="#FFFFFF",
    card="#262B36",
    card_border="#3E4654",
    card_title="#C7DAF5",
    card_text="#CDD2DA",
    muted="#A9B0BB",
    banners={
        "error": ("#4A1F1F", "#8A3A3A", "#FDE2E2"),
        "warning": ("#463711", "#80661F", "#FDF0C8"),
        "info": ("#1D3150", "#3A5A86", "#DCE8FA"),
    },
    privacy_ok="#86EFAC",
    privacy_warning="#FDBA74",
    mark_background="#8A5A0B",
    mark_text="#FFF7E0",
    error_mark=("#8A2B2B", "#FFE4E4"),
)


def themed_icon(path: Path, theme: Theme) -> QIcon:
    """A line icon drawn in the navigation's text colour, so it stays visible in dark mode."""
    svg = path.read_text(encoding="utf-8").replace(ICON_STROKE, theme.nav_text)
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return QIcon(pixmap)


def current_theme() -> Theme:
    """Dark when the palette's window colour is dark, whatever the platform calls it."""
    return DARK if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def style_sheet(theme: Theme) -> str:
    banners = "\n".join(
        f'Banner[kind="{kind}"] {{background:{bg}; border:1px solid {border}; border-radius:6px;}}\n'
        f'Banner[kind="{kind}"] QLabel {{color:{text}; background:transparent; border:none;}}'
        for kind, (bg, border, text) in theme.banners.items()
    )
    return f"""
QListWidget#navigation {{background:{theme.nav_background}; color:{theme.nav_text}; border:none;
    font-size:15px; padding-top:12px; outline:0;}}
QListWidget#navigation::item {{padding:12px 14px; border-radius:6px; margin:2px 8px; color:{theme.nav_text};}}
QListWidget#navigation::item:selected {{background:{theme.nav_selected}; color:{theme.nav_selected_text};}}
QFrame#workflowCard {{background:{theme.card}; border:1px solid {theme.card_border}; border-radius:10px;}}
QLabel#cardTitle {{font-size:17px; font-weight:600; color:{theme.card_title};}}
QLabel#cardText, QLabel#pageSubtitle {{color:{theme.card_text};}}
QLabel#pageHeading {{font-size:22px; font-weight:600;}}
QLabel#fieldHelp {{color:{theme.muted}; font-size:11px;}}
QLabel#unsavedChanges {{color:{theme.privacy_warning}; font-weight:600;}}
QFrame#candidateCard {{background:{theme.card}; border:1px solid {theme.card_border}; border-radius:8px;}}
QFrame#modelCard {{background:{theme.card}; border:1px solid {theme.card_border}; border-radius:10px;}}
QLabel#modelBadge {{background:{theme.banners["info"][0]}; color:{theme.banners["info"][2]};
    border:1px solid {theme.banners["info"][1]}; border-radius:9px; padding:1px 8px; font-weight:600;}}
QLabel#licenceOk {{color:{theme.privacy_ok};}}
QLabel#licenceNo, QLabel#modelWarning {{color:{theme.privacy_warning}; font-weight:600;}}
QLabel#modelInUse, QLabel#modelFacts {{font-weight:600;}}
QLabel#findingClaim {{font-weight:600;}}
QLabel#findingBadge {{border-radius:4px; padding:2px 4px; font-weight:600;}}
QLabel#findingBadge[severity="error"] {{background:{theme.error_mark[0]}; color:{theme.error_mark[1]};}}
QLabel#findingBadge[severity="warning"] {{background:{theme.mark_background}; color:{theme.mark_text};}}
QFrame#completeness[state="incomplete"] {{background:{theme.banners["warning"][0]};
    border:1px solid {theme.banners["warning"][1]}; border-radius:6px;}}
QFrame#completeness[state="incomplete"] QLabel {{color:{theme.banners["warning"][2]};}}
QLabel#partsFromFacts {{color:{theme.muted};}}
QLabel#privacyIndicator[state="ok"] {{color:{theme.privacy_ok};}}
QLabel#privacyIndicator[state="sent"] {{color:{theme.privacy_warning}; font-weight:600;}}
{banners}
"""


def apply_theme(app: QApplication) -> Theme:
    theme = current_theme()
    app.setStyleSheet(style_sheet(theme))
    return theme


def follow_system_theme(app: QApplication) -> None:
    """Rebuild the style sheet when the OS switches between light and dark."""
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def use_dark_palette(app: QApplication) -> None:
    """What a dark OS gives the program, for screenshots and tests on machines without one."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2B2F36",
        QPalette.ColorRole.WindowText: "#E5E7EB",
        QPalette.ColorRole.Base: "#1F232A",
        QPalette.ColorRole.AlternateBase: "#2B2F36",
        QPalette.ColorRole.Text: "#E5E7EB",
        QPalette.ColorRole.Button: "#353A43",
        QPalette.ColorRole.ButtonText: "#E5E7EB",
        QPalette.ColorRole.Highlight: "#3B82F6",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#353A43",
        QPalette.ColorRole.ToolTipText: "#E5E7EB",
        QPalette.ColorRole.PlaceholderText: "#9CA3AF",
        QPalette.ColorRole.Link: "#93C5FD",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7C828C"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7C828C"))
    app.setPalette(palette)
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (4.5 is the bar for body text)."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
