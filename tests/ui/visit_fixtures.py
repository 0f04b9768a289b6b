"""Fixtures shared by the visits page and visit editor tests."""

from __future__ import annotations

import pytest

from studitiru.ui.pages.visits import VisitsPage
from tests.ui.helpers import fill_small_office, make_context


@pytest.fixture
def context(tmp_path):
    ctx = make_context(tmp_path, lang="en")
    yield ctx
    ctx.undo_stack.clear()
    ctx.db.dispose()


@pytest.fixture
def visit_key(context):
    return fill_small_office(context)


@pytest.fixture
def errors(monkeypatch):
    """The refusals shown to the user, instead of a modal message box."""
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, context=None: shown.append(error))
    return shown


@pytest.fixture
def page(qtbot, context, visit_key, errors):
    widget = VisitsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def editor(page, visit_key):
    page.open_visit(visit_key)
    return page.editor
