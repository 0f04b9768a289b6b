"""Texts Qt itself shows, listed here so that lupdate puts them in our `.ts` files.

PySide6 ships no Indonesian translation of Qt (`qtbase_id.qm`), so the standard dialog buttons
and the undo/redo actions are translated in our own file, in the contexts Qt looks them up in.
Nothing calls these functions; they exist for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)

UNDO_ACTIONS = (
    QT_TRANSLATE_NOOP("QUndoStack", "Undo %1"),
    QT_TRANSLATE_NOOP("QUndoStack", "Redo %1"),
)


def _default_undo_texts() -> None:
    # The texts of the undo/redo actions when there is nothing to undo (with Qt's disambiguation).
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("QUndoStack", "Undo", "Default text for undo action")
    QCoreApplication.translate("QUndoStack", "Redo", "Default text for redo action")
