"""What the release build keeps of Qt: the pieces a widgets program uses, not the rest."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location(
    "qt_selection", REPO_ROOT / "packaging" / "qt_selection.py"
)
assert _spec is not None and _spec.loader is not None
qt_selection = importlib.util.module_from_spec(_spec)
sys.modules["qt_selection"] = qt_selection
_spec.loader.exec_module(qt_selection)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/translations/qtbase_en.qm",
        "resources/fonts/Sarabun-Regular.ttf",
        "brst_desktop/core/migrations/versions/0001_initial_schema.py",
        "libxcb-cursor.so.0",
    ],
)
def test_kept(dest: str) -> None:
    assert qt_selection.keep_qt_entry(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_server.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/designer_en.qm",
    ],
)
def test_dropped(dest: str) -> None:
    assert not qt_selection.keep_qt_entry(dest)


def test_prune_drops_libraries_only_dropped_plugins_need() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only GTK needs it
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),  # only through Cairo
        ("libX11.so.6", "/src/libX11.so.6", "BINARY"),  # GTK and xcb both need it
        ("libz.so.1", "/src/libz.so.1", "BINARY"),  # Cairo and an extension module
        ("zlib.cpython-311.so", "/src/zlib.cpython-311.so", "EXTENSION"),
    ]
    links = {
        "/src/libqgtk3.so": ["libcairo.so.2", "libX11.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["libX11.so.6"],
        "/src/libcairo.so.2": ["libpixman-1.so.0", "libz.so.1"],
        "/src/zlib.cpython-311.so": ["libz.so.1"],
    }
    datas = [
        ("resources/fonts/Sarabun-Regular.ttf", "/src/Sarabun-Regular.ttf", "DATA"),
        ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
        ("brst_desktop/core/migrations/__pycache__/env.cpython-311.pyc", "/src/x.pyc", "DATA"),
    ]

    kept_binaries, kept_datas, left_out = qt_selection.prune(
        binaries, datas, lambda path: links.get(path, [])
    )

    assert [entry[0] for entry in kept_binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX11.so.6",
        "libz.so.1",
        "zlib.cpython-311.so",
    ]
    assert [entry[0] for entry in kept_datas] == ["resources/fonts/Sarabun-Regular.ttf"]
    assert "libcairo.so.2" in left_out and "libpixman-1.so.0" in left_out
