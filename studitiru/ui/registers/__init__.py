"""Widgets, dialogs and item models of the register pages (sites, presenters, institutions,
topics) and of the lessons page."""
