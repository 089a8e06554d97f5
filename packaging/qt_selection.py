"""Which of the Qt files PyInstaller's hooks collect actually ship in the application.

PyInstaller's PySide6 hooks are generous: for QtGui they bring every platform plugin (VNC, EGLFS,
framebuffer...), input-device plugins, GTK theme with half of GTK's libraries, and every Qt
translation. BRST Desktop is a widgets program on laptops, so the build keeps:

- platforms: xcb (X11 and XWayland), wayland, offscreen (tests, screenshots) and minimal;
  on Windows and macOS their own platform plugin (``qwindows``, ``qcocoa``);
- Wayland's xdg-shell and its window decorations, xcb's GL integrations (tiny, avoid warnings);
- input contexts (compose keys and IBus: Thai and Chinese input methods), the desktop portal
  theme (native file dialogs through D-Bus), the SVG icon engine;
- image formats a counterpart's photo or an icon may come in (JPEG, GIF, WebP, SVG, ICO);
- Qt's own translations in English and Thai (PySide6 6.12 ships no Thai one; ours are in
  resources/translations).

Everything else under ``PySide6/Qt`` is dropped, together with Qt libraries only the dropped
plugins needed (QtNetwork via VNC/TUIO, EGLFS support). The decision is made on the path inside
the bundle so that the spec stays readable and this module can be unit-tested.

Dropping a plugin is not enough: PyInstaller has already collected the system libraries it links
(the GTK theme alone brings Cairo, Pango, ATK, GDK-Pixbuf...). :func:`prune` therefore also drops
every library that only dropped files needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

#: one PyInstaller TOC entry: (path inside the bundle, source path, type code)
TocEntry = tuple[str, str, str]

_KEEP_PLUGINS: dict[str, set[str] | None] = {
    # plugin folder -> plugin base names kept (None: keep the whole folder)
    "platforms": {
        "qxcb",
        "qwayland",
        "qoffscreen",
        "qminimal",
        "qwindows",
        "qcocoa",
        "qdirect2d",
    },
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    "xcbglintegrations": None,
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "platformthemes": {"qxdgdesktopportal"},
    "iconengines": {"qsvgicon"},
    "imageformats": {"qjpeg", "qgif", "qwebp", "qsvg", "qico"},
    "styles": None,  # Windows' native widget style (qmodernwindowsstyle)
}

_DROPPED_QT_LIBRARIES = (
    "Qt6Network",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6OpenGL",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
)

_KEPT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(en|th)\.qm$")

_PLUGIN_NAME = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.so|\.dll|\.dylib)$")


def keep_qt_entry(dest: str) -> bool:
    """False for a file under the bundle path ``dest`` that the application does not need."""
    parts = dest.replace("\\", "/").split("/")
    file_name = parts[-1]
    if any(library in file_name for library in _DROPPED_QT_LIBRARIES):
        return False
    if "Qt" not in parts and "Qt6" not in parts:
        return True  # not inside PySide6/Qt (Qt libraries sit in Qt/lib or next to the exe)
    if "translations" in parts:
        return bool(_KEPT_TRANSLATIONS.match(file_name))
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder not in _KEEP_PLUGINS:
            return False
        wanted = _KEEP_PLUGINS[folder]
        if wanted is None:
            return True
        match = _PLUGIN_NAME.match(file_name)
        return bool(match) and match.group("name") in wanted
    return True


def prune(
    binaries: Iterable[TocEntry],
    datas: Iterable[TocEntry],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[TocEntry], list[TocEntry], list[str]]:
    """Binaries and data files the application keeps, and the bundle paths left out.

    ``imports_of(source_path)`` names the shared libraries a binary links (file names, as in
    ELF ``NEEDED``); a library is kept if a kept file links it, directly or through other libraries.
    """
    binaries = list(binaries)
    datas = list(datas)
    kept = [entry for entry in binaries if keep_qt_entry(entry[0])]
    dropped = [entry for entry in binaries if not keep_qt_entry(entry[0])]
    by_name = {PurePath(entry[0]).name: entry for entry in binaries}

    def closure(roots: list[TocEntry]) -> set[str]:
        seen: set[str] = set()
        todo = [entry[1] for entry in roots]
        while todo:
            for name in imports_of(todo.pop()):
                if name in by_name and name not in seen:
                    seen.add(name)
                    todo.append(by_name[name][1])
        return seen

    # Libraries reachable from a dropped plugin are candidates; a candidate survives only if a
    # kept file that is not itself such a candidate (an extension module, a kept plugin, a
    # library a hook collected on purpose) links it.
    for_dropped = closure(dropped)
    roots = [entry for entry in kept if PurePath(entry[0]).name not in for_dropped]
    needed = closure(roots) | {PurePath(entry[0]).name for entry in roots}
    only_for_dropped = for_dropped - needed
    final_binaries = [entry for entry in kept if PurePath(entry[0]).name not in only_for_dropped]
    final_datas = [
        entry
        for entry in datas
        if keep_qt_entry(entry[0]) and "__pycache__" not in PurePath(entry[0]).parts
    ]
    kept_paths = {entry[0] for entry in final_binaries} | {entry[0] for entry in final_datas}
    left_out = sorted(
        ({entry[0] for entry in binaries} | {entry[0] for entry in datas}) - kept_paths
    )
    return final_binaries, final_datas, left_out
