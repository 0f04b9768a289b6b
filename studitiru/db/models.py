"""SQLAlchemy 2 models: the tables. Only `db/` and `services/` import this module.

No `from __future__ import annotations` here: with real annotations SQLAlchemy reads each
`Mapped[...]` as a type instead of evaluating a string (a sixth of this module's import, which
every start pays; issue 19). A model named before it is defined is quoted (`Mapped["Site"]`).

Every constraint is named through the metadata's naming convention, so that Alembic's
batch migrations on SQLite can find them again. Child rows (participants, sessions,
lessons, opening hours, periods) go with their parent; a register record (site,
presenter, topic, institution) that is still referred to cannot be deleted.
"""

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY_LENGTH = 64


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HostSettings(Base):
    """The host office: one row (id 1)."""

    __tablename__ = "host_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    office: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Pontianak")
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    @property
    def key(self) -> str:
        """The one row's name in history (`history.record_key`) and in a conflict's message."""
        return "host"


class Setting(Base):
    """Other office-wide settings as key/value text (letterhead logo, paper size…)."""

    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class Institution(Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    province: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (CheckConstraint("capacity IS NULL OR capacity >= 1", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)
    exclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    #: False: always open. True: open only in the windows of `opening_hours` (maybe none).
    has_opening_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str | None] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    opening_hours: Mapped[list["OpeningWindow"]] = relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(OpeningWindow.weekday, OpeningWindow.opens)",
    )


class OpeningWindow(Base):
    __tablename__ = "site_opening_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    closes: Mapped[str] = mapped_column(String(5))

    site: Mapped["Site"] = relationship(back_populates="opening_hours")


class TravelTime(Base):
    __tablename__ = "travel_times"
    __table_args__ = (UniqueConstraint("from_site_id", "to_site_id", name="uq_travel_times_from_to"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    to_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    @property
    def key(self) -> str:
        """The sites' keys as "from->to", as `history.record_key` names a travel time (read
        through the row's session)."""
        from sqlalchemy.orm import object_session  # noqa: PLC0415

        session = object_session(self)
        return f"{session.get(Site, self.from_site_id).key}->{session.get(Site, self.to_site_id).key}"


presenter_topics = Table(
    "presenter_topics",
    Base.metadata,
    Column("presenter_id", ForeignKey("presenters.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

visit_topics = Table(
    "visit_topics",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

session_presenters = Table(
    "session_presenters",
    Base.metadata,
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("presenter_id", ForeignKey("presenters.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

session_topics = Table(
    "session_topics",
    Base.metadata,
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Presenter(Base):
    __tablename__ = "presenters"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    topics: Mapped[list["Topic"]] = relationship(secondary=presenter_topics, order_by="Topic.key")
    unavailable: Mapped[list["UnavailablePeriod"]] = relationship(
        back_populates="presenter", cascade="all, delete-orphan", passive_deletes=True,
        order_by="UnavailablePeriod.starts_at",
    )


class UnavailablePeriod(Base):
    __tablename__ = "presenter_unavailability"

    id: Mapped[int] = mapped_column(primary_key=True)
    presenter_id: Mapped[int] = mapped_column(ForeignKey("presenters.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)

    presenter: Mapped["Presenter"] = relationship(back_populates="unavailable")


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_starts_on_ends_on", "starts_on", "ends_on"),
        CheckConstraint("ends_on >= starts_on", name="ends_on_not_before_starts_on"),
        CheckConstraint(
            "status IN ('requested', 'confirmed', 'completed', 'reported', 'cancelled')", name="status_known"
        ),
        CheckConstraint("headcount IS NULL OR headcount >= 1", name="headcount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(Text)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="requested", index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    leader_name: Mapped[str | None] = mapped_column(Text)
    leader_position: Mapped[str | None] = mapped_column(Text)
    liaison_name: Mapped[str | None] = mapped_column(Text)
    liaison_position: Mapped[str | None] = mapped_column(Text)
    headcount: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str | None] = mapped_column(Text)
    request_letter_number: Mapped[str | None] = mapped_column(Text)
    request_letter_date: Mapped[date | None] = mapped_column(Date)
    reply_letter_number: Mapped[str | None] = mapped_column(Text)
    reply_letter_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # Contacts, NIP and rank the letters need (revision 0005).
    leader_phone: Mapped[str | None] = mapped_column(Text)
    leader_email: Mapped[str | None] = mapped_column(Text)
    liaison_phone: Mapped[str | None] = mapped_column(Text)
    liaison_email: Mapped[str | None] = mapped_column(Text)
    liaison_nip: Mapped[str | None] = mapped_column(Text)
    liaison_rank: Mapped[str | None] = mapped_column(Text)
    dress: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    institution: Mapped["Institution"] = relationship()
    topics: Mapped[list["Topic"]] = relationship(secondary=visit_topics, order_by="Topic.key")
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Participant.ordinal",
    )
    sessions: Mapped[list["Session"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(Session.starts_at, Session.key)",
    )
    lessons: Mapped[list["Lesson"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Lesson.key",
    )
    officers: Mapped[list["VisitOfficer"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="VisitOfficer.ordinal",
    )


class VisitOfficer(Base):
    """A host officer assigned to a visit (named in the surat tugas besides the liaison)."""

    __tablename__ = "visit_officers"
    __table_args__ = (Index("ix_visit_officers_visit_id_ordinal", "visit_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    rank: Mapped[str | None] = mapped_column(Text)
    nip: Mapped[str | None] = mapped_column(Text)


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (Index("ix_participants_visit_id_ordinal", "visit_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    institution: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default="member")

    visit: Mapped["Visit"] = relationship(back_populates="participants")


class Session(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_visit_id_starts_at", "visit_id", "starts_at"),
        Index("ix_sessions_site_id_starts_at", "site_id", "starts_at"),
        Index("ix_sessions_starts_at_ends_at", "starts_at", "ends_at"),
        # Also in SQLite databases (migration 0011), not declared here (its condition is SQLite's
        # own, and dialect options would import every dialect): the partial index
        # ix_sessions_long on (ends_at) of the sessions that last more than a day
        # (`agenda.sessions_between`).
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("headcount IS NULL OR headcount >= 1", name="headcount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    headcount: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    visit: Mapped["Visit"] = relationship(back_populates="sessions")
    site: Mapped[Optional["Site"]] = relationship()
    presenters: Mapped[list["Presenter"]] = relationship(secondary=session_presenters, order_by="Presenter.key")
    topics: Mapped[list["Topic"]] = relationship(secondary=session_topics, order_by="Topic.key")


class Lesson(Base):
    __tablename__ = "lessons"
    __table_args__ = (
        CheckConstraint(
            "status IN ('noted', 'planned', 'in_progress', 'adopted', 'dropped')", name="status_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="RESTRICT"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    observation: Mapped[str] = mapped_column(Text)
    recommendation: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="noted")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    #: The indikator of the follow-up (revision 0010): how the visitors will know it is done.
    indicator: Mapped[str | None] = mapped_column(Text)
    #: Bumped by every ORM update (optimistic locking: an UPDATE carries WHERE row_version = seen).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    visit: Mapped["Visit"] = relationship(back_populates="lessons")
    topic: Mapped[Optional["Topic"]] = relationship()
    session: Mapped[Optional["Session"]] = relationship()


class History(Base):
    """One recorded change (`studitiru.db.history`): no foreign keys, so it outlives its record."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_visit_key_changed_at", "visit_key", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    os_user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, import
    record_kind: Mapped[str] = mapped_column(String(32))
    record_key: Mapped[str | None] = mapped_column(Text)
    visit_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    before: Mapped[str | None] = mapped_column(Text)  # JSON object of plain values
    after: Mapped[str | None] = mapped_column(Text)


class LetterSettings(Base):
    """The office's letter settings (`domain.letters.LetterSettings` as JSON): one row, id 1."""

    __tablename__ = "letter_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class LetterCounter(Base):
    """The last running number given in a year (locked while the next is taken)."""

    __tablename__ = "letter_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class Letter(Base):
    """One number of the register of outgoing letters (agenda surat keluar).

    No foreign key to the visit: a letter was sent and outlives its visit (`visit_key` is text).
    """

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_letters_year_sequence"),
        CheckConstraint("status IN ('issued', 'void')", name="status_known"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        Index("ix_letters_visit_key", "visit_key"),
        # Also in the database (migration 0005), not declared here: the partial unique index
        # uq_letters_one_issued on (visit_key, kind, target) WHERE status = 'issued' (one issued
        # letter of a kind per visit and addressee). Its dialect options (sqlite_where,
        # postgresql_where) would make SQLAlchemy import every dialect's module when this file
        # is imported (a tenth of the window's start, issue 19); nothing reads it from here.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    visit_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    target: Mapped[str] = mapped_column(String(KEY_LENGTH), default="", server_default="")
    addressee: Mapped[str] = mapped_column(Text, default="", server_default="")
    subject: Mapped[str] = mapped_column(Text, default="", server_default="")
    lang: Mapped[str] = mapped_column(String(2), default="id", server_default="id")
    status: Mapped[str] = mapped_column(String(8), default="issued", server_default="issued")
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str | None] = mapped_column(Text)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id", ondelete="SET NULL"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class AgendaRevision(Base):
    """One released revision of a visit's agenda: a frozen snapshot, never edited (revision 0006).

    No foreign key to the visit: what was sent outlives edits, deletes and an import that
    replaces the visit (`visit_key` is text). `snapshot` is JSON (`domain.revisions`).
    """

    __tablename__ = "agenda_revisions"
    __table_args__ = (
        UniqueConstraint("visit_key", "number", name="uq_agenda_revisions_visit_key"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    number: Mapped[int] = mapped_column(Integer)
    released_at: Mapped[datetime] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text)
    produced_at: Mapped[datetime | None] = mapped_column(DateTime)
    produced_as: Mapped[str | None] = mapped_column(String(16))


class Photo(Base):
    """A documentation photo of a visit (revision 0007): the stored copy (JPEG, at most 1600 px on
    the long side, EXIF orientation applied) and a thumbnail; the original file is never kept."""

    __tablename__ = "photos"
    __table_args__ = (
        Index("ix_photos_visit_id_ordinal", "visit_id", "ordinal"),
        CheckConstraint("width >= 1 AND height >= 1", name="size_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    #: Bumped by every ORM update (revision 0010; optimistic locking as for the other records).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    session: Mapped[Optional["Session"]] = relationship()


class VisitReportNotes(Base):
    """The parts of a visit's activity report the officer writes (revision 0007)."""

    __tablename__ = "visit_report_notes"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True,
                                          autoincrement=False)
    overview: Mapped[str | None] = mapped_column(Text)
    conclusions: Mapped[str | None] = mapped_column(Text)
    obstacles: Mapped[str | None] = mapped_column(Text)


class ProtocolSettings(Base):
    """The office's order of precedence and rundown template (`services.protocol`, JSON): one row, id 1 (revision 0008)."""

    __tablename__ = "protocol_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class VisitProtocol(Base):
    """A visit's welcome protocol: people and ranks, seat moves, rundown (JSON; revision 0008)."""

    __tablename__ = "visit_protocol"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True,
                                          autoincrement=False)
    data: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
