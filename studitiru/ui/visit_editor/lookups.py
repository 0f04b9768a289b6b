"""The register records an editor needs to show names for keys and to offer choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field

from studitiru.domain import records as r
from studitiru.services import registers

if TYPE_CHECKING:
    from studitiru.db.engine import Database


@dataclass(frozen=True)
class Lookups:
    institutions: tuple[r.Institution, ...] = ()
    topics: tuple[r.Topic, ...] = ()
    sites: tuple[r.Site, ...] = ()
    presenters: tuple[r.Presenter, ...] = ()
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    def name(self, kind: str, key: str | None) -> str:
        """The name of a topic/site/presenter/institution key (the key itself if unknown)."""
        if not key:
            return ""
        return self.names.get(kind, {}).get(key, key)

    def names_of(self, kind: str, keys: tuple[str, ...]) -> str:
        return ", ".join(self.name(kind, key) for key in keys)


def load_lookups(db: Database) -> Lookups:
    found = registers.all_registers(db)  # one set-based read: names and choices, not edits
    institutions, topics, sites, presenters = found.institutions, found.topics, found.sites, found.presenters
    names = {
        "institution": {item.key: item.name for item in institutions},
        "topic": {item.key: item.name for item in topics},
        "site": {item.key: item.name for item in sites},
        "presenter": {item.key: item.name for item in presenters},
    }
    return Lookups(institutions, topics, sites, presenters, names)
