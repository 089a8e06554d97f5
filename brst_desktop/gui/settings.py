"""The user's preferences (QSettings): language, window geometry, last folders.

Kept as an INI file in the user's configuration folder on every platform, so a test can point
``QSettings.setPath`` at a temporary folder and never touch the real one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

ORGANISATION = "MHESI"
APPLICATION = "BRST Desktop"
LANGUAGES = ("th", "en")


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def system_language() -> str:
    """Thai on a Thai system, English everywhere else."""
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def saved_language() -> str:
    value = app_settings().value("language", "")
    return value if value in LANGUAGES else system_language()


def save_language(language: str) -> None:
    if language in LANGUAGES:
        app_settings().setValue("language", language)
