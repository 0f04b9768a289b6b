"""The scheduling rules of spec/RULES.md, rule by rule, with their edges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from studitiru.domain.records import (
    Finding,
    OpeningWindow,
    Period,
    Presenter,
    Programme,
    Session,
    SessionKind,
    Severity,
    Site,
    TravelTime,
    Visit,
    VisitStatus,
)
from studitiru.domain.rules import RULE_SEVERITY, RuleIndex, check, finding_order

MONDAY = date(2026, 1, 12)


def at(hour: int, minute: int = 0, day: int = 0) -> datetime:
    """A moment on Monday 12 January 2026 (or `day` days later)."""
    return datetime.combine(MONDAY + timedelta(days=day), time(hour, minute))


def session(key: str, start: datetime, end: datetime, *, visit: str = "V1", site: str | None = "A",
            presenters: tuple[str, ...] = (), kind: SessionKind | None = SessionKind.PRESENTATION,
            headcount: int | None = None, title: str | None = None) -> Session:
    return Session(key=key, visit=visit, starts_at=start, ends_at=end, title=title or f"Acara {key}",
                   kind=kind, site=site, presenters=presenters, headcount=headcount)


def visit(key: str = "V1", *, starts_on: date = MONDAY, ends_on: date | None = None,
          status: VisitStatus = VisitStatus.CONFIRMED, headcount: int | None = None, title: str | None = None) -> Visit:
    return Visit(key=key, title=title or f"Kunjungan {key}", institution="I1", starts_on=starts_on,
                 ends_on=ends_on or starts_on + timedelta(days=2), status=status, headcount=headcount)


SITES = {
    "A": Site("A", "Aula Rumah Jabatan"),
    "B": Site("B", "Mal Pelayanan Publik"),
    "C": Site("C", "RSUD SSMA"),
}
PRESENTERS = {
    "P": Presenter("P", "Amirullah"),
    "Q": Presenter("Q", "Budi Santoso"),
}


def programme(*sessions: Session, visits: dict[str, Visit] | None = None, sites: dict[str, Site] | None = None,
              presenters: dict[str, Presenter] | None = None, travel: tuple[TravelTime, ...] = (),
              counts: dict[str, int] | None = None) -> Programme:
    if visits is None:
        visits = {key: visit(key) for key in sorted({s.visit for s in sessions})}
    return Programme(sessions=tuple(sessions), visits=visits, sites=SITES if sites is None else sites,
                     presenters=PRESENTERS if presenters is None else presenters,
                     travel_times=travel, participant_counts=counts or {})


def found(prog: Programme, rule: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.rule, f.sessions) for f in check(prog) if rule is None or f.rule == rule]


def only(prog: Programme, rule: str, timezone: str | None = "Asia/Pontianak") -> Finding:
    findings = [f for f in check(prog, timezone) if f.rule == rule]
    assert len(findings) == 1, findings
    return findings[0]


# -- presenter-double-booked ---------------------------------------------------------------

def test_presenter_double_booked_fires_once_per_pair_with_the_names_and_the_date():
    prog = programme(
        session("S1", at(9), at(10), presenters=("P",), title="Penerimaan rombongan"),
        session("S2", at(9), at(10), visit="V2", site="B", presenters=("P",), title="Paparan MPP"),
    )
    finding = only(prog, "presenter-double-booked")
    assert finding.severity is Severity.ERROR
    assert finding.sessions == ("S1", "S2") and finding.visits == ("V1", "V2")
    assert finding.message_id == (
        "Amirullah mengisi dua acara sekaligus pada Senin, 12 Januari 2026 pukul 09.00–10.00 WIB: "
        "'Penerimaan rombongan' di Aula Rumah Jabatan dan 'Paparan MPP' di Mal Pelayanan Publik"
    )
    assert finding.message_en.startswith("Amirullah is in two sessions at once on Monday, 12 January 2026 at 09:00–10:00 WIB: ")


def test_presenter_sessions_that_touch_do_not_overlap():
    prog = programme(session("S1", at(9), at(10), presenters=("P",)), session("S2", at(10), at(11), presenters=("P",)))
    assert found(prog, "presenter-double-booked") == []


def test_presenter_double_booked_needs_a_shared_presenter():
    prog = programme(session("S1", at(9), at(10), presenters=("P",)), session("S2", at(9), at(10), presenters=("Q",)))
    assert found(prog, "presenter-double-booked") == []


def test_presenter_double_booked_names_every_shared_presenter_in_one_finding():
    prog = programme(session("S1", at(9), at(10), presenters=("P", "Q")), session("S2", at(9, 30), at(11), presenters=("Q", "P")))
    finding = only(prog, "presenter-double-booked")
    assert "Amirullah dan Budi Santoso mengisi" in finding.message_id
    assert "Amirullah and Budi Santoso are in two sessions" in finding.message_en
    assert "09.30–10.00" in finding.message_id


def test_presenter_double_booked_three_sessions_give_three_pairs():
    prog = programme(*(session(f"S{i}", at(9), at(10), presenters=("P",)) for i in range(3)))
    assert found(prog, "presenter-double-booked") == [
        ("presenter-double-booked", ("S0", "S1")),
        ("presenter-double-booked", ("S0", "S2")),
        ("presenter-double-booked", ("S1", "S2")),
    ]


def test_presenter_unknown_to_the_register_is_named_by_key():
    prog = programme(session("S1", at(9), at(10), presenters=("X",)), session("S2", at(9), at(10), presenters=("X",)))
    assert only(prog, "presenter-double-booked").message_id.startswith("X mengisi")


# -- presenter-unavailable -----------------------------------------------------------------

def _away(*periods: Period) -> dict[str, Presenter]:
    return {"P": Presenter("P", "Amirullah", unavailable=periods), "Q": PRESENTERS["Q"]}


def test_presenter_unavailable_overlapping_period_fires_with_the_reason():
    prog = programme(session("S1", at(9), at(10), presenters=("P",), title="Paparan MPP"),
                     presenters=_away(Period(at(9, 30), at(12), "rapat paripurna")))
    finding = only(prog, "presenter-unavailable")
    assert finding.sessions == ("S1",) and finding.severity is Severity.ERROR
    assert finding.message_id == ("Amirullah (rapat paripurna) tidak tersedia pada Senin, 12 Januari 2026 pukul "
                                  "09.00–10.00 WIB untuk 'Paparan MPP' di Aula Rumah Jabatan")
    assert "Amirullah (rapat paripurna) is unavailable on Monday, 12 January 2026" in finding.message_en


@pytest.mark.parametrize("period", [Period(at(7), at(9)), Period(at(10), at(12))])
def test_presenter_unavailable_touching_period_does_not_fire(period):
    prog = programme(session("S1", at(9), at(10), presenters=("P",)), presenters=_away(period))
    assert found(prog, "presenter-unavailable") == []


def test_presenter_unavailable_period_holding_the_session_fires():
    prog = programme(session("S1", at(9), at(10), presenters=("P",)), presenters=_away(Period(at(0), at(0, day=1))))
    assert found(prog, "presenter-unavailable") == [("presenter-unavailable", ("S1",))]


def test_presenter_unavailable_names_each_presenter_in_one_finding():
    presenters = {
        "P": Presenter("P", "Amirullah", unavailable=(Period(at(8), at(9, 30), "cuti"),)),
        "Q": Presenter("Q", "Budi Santoso", unavailable=(Period(at(9, 45), at(11)),)),
    }
    prog = programme(session("S1", at(9), at(10), presenters=("P", "Q")), presenters=presenters)
    finding = only(prog, "presenter-unavailable")
    assert "Amirullah (cuti) dan Budi Santoso tidak tersedia" in finding.message_id
    assert "Amirullah (cuti) and Budi Santoso are unavailable" in finding.message_en


def test_presenter_unavailable_only_for_the_sessions_presenters():
    prog = programme(session("S1", at(9), at(10), presenters=("Q",)), presenters=_away(Period(at(8), at(12))))
    assert found(prog, "presenter-unavailable") == []


def test_presenter_unavailable_finds_a_period_behind_a_long_earlier_one():
    periods = (Period(at(0), at(0, day=5), "dinas luar"), Period(at(1), at(2)), Period(at(3), at(4)))
    prog = programme(session("S1", at(9), at(10), presenters=("P",)), presenters=_away(*periods))
    assert "dinas luar" in only(prog, "presenter-unavailable").message_id


# -- site-double-booked --------------------------------------------------------------------

EXCLUSIVE = {**SITES, "A": Site("A", "Aula Rumah Jabatan", exclusive=True)}


def test_site_double_booked_at_an_exclusive_site():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(9, 30), at(11), visit="V2"), sites=EXCLUSIVE)
    finding = only(prog, "site-double-booked")
    assert finding.sessions == ("S1", "S2") and finding.visits == ("V1", "V2")
    assert finding.message_id.startswith("Aula Rumah Jabatan dipakai dua acara sekaligus pada Senin, 12 Januari 2026 pukul 09.30–10.00 WIB")
    assert "(Kunjungan V2)" in finding.message_id
    assert finding.message_en.startswith("Aula Rumah Jabatan is booked for two sessions at once on Monday")


def test_site_not_exclusive_may_hold_two_sessions():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(9, 30), at(11), visit="V2"))
    assert found(prog, "site-double-booked") == []


def test_site_double_booked_touching_and_other_sites_do_not_fire():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10), at(11), visit="V2"),
                     session("S3", at(9), at(11), visit="V3", site="B"), sites=EXCLUSIVE)
    assert found(prog, "site-double-booked") == []


# -- site-over-capacity --------------------------------------------------------------------

def _capacity(capacity: int | None) -> dict[str, Site]:
    return {**SITES, "A": Site("A", "Aula Rumah Jabatan", capacity=capacity)}


def test_capacity_cluster_of_one():
    prog = programme(session("S1", at(9), at(10), headcount=41), sites=_capacity(40))
    finding = only(prog, "site-over-capacity")
    assert finding.sessions == ("S1",)
    assert "menampung 41 orang, melebihi kapasitas 40 orang" in finding.message_id
    assert "holds 41 people, more than its capacity of 40" in finding.message_en


def test_capacity_exactly_full_does_not_fire():
    prog = programme(session("S1", at(9), at(10), headcount=40), sites=_capacity(40))
    assert found(prog, "site-over-capacity") == []


def test_capacity_none_is_no_limit():
    prog = programme(session("S1", at(9), at(10), headcount=4000), sites=_capacity(None))
    assert found(prog, "site-over-capacity") == []


def test_capacity_chain_names_the_whole_cluster_and_the_peak():
    # A–B–C: A and C do not overlap; the peak of 40 is while A and B are both in progress.
    prog = programme(
        session("SA", at(9), at(11), headcount=25, title="Pembukaan"),
        session("SB", at(10), at(12), visit="V2", headcount=15, title="Diskusi"),
        session("SC", at(11, 30), at(13), visit="V3", headcount=10, title="Tur"),
        sites=_capacity(35),
    )
    finding = only(prog, "site-over-capacity")
    assert finding.sessions == ("SA", "SB", "SC") and finding.visits == ("V1", "V2", "V3")
    assert finding.starts_at == at(9)
    assert "menampung 40 orang" in finding.message_id and "pukul 10.00–11.00 WIB" in finding.message_id
    assert "'Pembukaan', 'Diskusi' dan 'Tur'" in finding.message_id
    assert "'Pembukaan', 'Diskusi' and 'Tur'" in finding.message_en


def test_capacity_counts_only_sessions_in_progress_together():
    # 20 + 10 + 10 = 40 people in the cluster, but B and C never meet: the peak is 30.
    prog = programme(
        session("SA", at(9), at(12), headcount=20),
        session("SB", at(9), at(10), visit="V2", headcount=10),
        session("SC", at(10), at(11), visit="V3", headcount=10),
        sites=_capacity(30),
    )
    assert found(prog, "site-over-capacity") == []


def test_capacity_touching_sessions_are_separate_clusters():
    prog = programme(session("S1", at(9), at(10), headcount=30), session("S2", at(10), at(11), visit="V2", headcount=30),
                     sites=_capacity(40))
    assert found(prog, "site-over-capacity") == []


def test_capacity_cluster_does_not_take_in_a_touching_session():
    prog = programme(session("S1", at(9), at(10), headcount=50), session("S2", at(10), at(11), visit="V2", headcount=10),
                     sites=_capacity(40))
    assert found(prog, "site-over-capacity") == [("site-over-capacity", ("S1",))]


def test_capacity_two_clusters_two_findings():
    prog = programme(
        session("S1", at(9), at(10), headcount=30), session("S2", at(9), at(10), visit="V2", headcount=30),
        session("S3", at(13), at(14), headcount=30), session("S4", at(13, 30), at(15), visit="V2", headcount=30),
        sites=_capacity(40),
    )
    assert found(prog, "site-over-capacity") == [
        ("site-over-capacity", ("S1", "S2")), ("site-over-capacity", ("S3", "S4"))]


@pytest.mark.parametrize(
    ("session_count", "visit_count", "participants", "expected"),
    [
        (12, 30, 40, 12),  # the session's own headcount
        (None, 30, 40, 30),  # else the visit's
        (None, None, 40, 40),  # else the number of participants
        (None, None, 0, 1),  # else 1
        (None, None, None, 1),
    ],
)
def test_headcount_fallbacks(session_count, visit_count, participants, expected):
    counts = {} if participants is None else {"V1": participants}
    visits = {"V1": visit("V1", headcount=visit_count)}
    sessions = [session("S1", at(9), at(10), headcount=session_count)]
    fires = programme(*sessions, visits=visits, counts=counts, sites=_capacity(expected - 1))
    holds = programme(*sessions, visits=visits, counts=counts, sites=_capacity(expected))
    assert found(fires, "site-over-capacity") == [("site-over-capacity", ("S1",))]
    assert found(holds, "site-over-capacity") == []


def test_headcount_from_participants_on_the_visit_record():
    from studitiru.domain.records import Participant

    visits = {"V1": replace(visit("V1"), participants=(Participant("Ani"), Participant("Budi"), Participant("Citra")))}
    prog = programme(session("S1", at(9), at(10)), visits=visits, sites=_capacity(2))
    assert "menampung 3 orang" in only(prog, "site-over-capacity").message_id


# -- outside-visit-dates -------------------------------------------------------------------

def _one_day_visit() -> dict[str, Visit]:
    return {"V1": visit("V1", starts_on=MONDAY, ends_on=MONDAY, title="Studi tiru Balikpapan")}


def test_visit_dates_hold_from_midnight_to_midnight():
    prog = programme(session("S1", at(0), at(1)), session("S2", at(23), at(0, day=1)), visits=_one_day_visit())
    assert found(prog, "outside-visit-dates") == []


@pytest.mark.parametrize(("start", "end"), [(at(23, 59, day=-1), at(1)), (at(23), at(0, 1, day=1))])
def test_visit_dates_one_minute_beyond_fires(start, end):
    finding = only(programme(session("S1", start, end), visits=_one_day_visit()), "outside-visit-dates")
    assert finding.severity is Severity.ERROR
    assert "di luar tanggal kunjungan 'Studi tiru Balikpapan' (12 Januari 2026)" in finding.message_id
    assert "outside the dates of the visit 'Studi tiru Balikpapan' (12 January 2026)" in finding.message_en


def test_session_of_a_visit_missing_from_the_programme_has_no_dates_to_break():
    prog = programme(session("S1", at(9), at(10), visit="GONE"), visits={})
    assert found(prog, "outside-visit-dates") == []


# -- outside-opening-hours -----------------------------------------------------------------

def _hours(*windows: OpeningWindow | tuple, none: bool = False) -> dict[str, Site]:
    hours = None if none else tuple(w if isinstance(w, OpeningWindow) else OpeningWindow(*w) for w in windows)
    return {**SITES, "A": Site("A", "Aula Rumah Jabatan", opening_hours=hours)}


OFFICE = (1, time(8), time(16))  # Monday 08.00–16.00


def test_opening_hours_window_holds_the_whole_session():
    prog = programme(session("S1", at(8), at(16)), sites=_hours(OFFICE))
    assert found(prog, "outside-opening-hours") == []


def test_opening_hours_session_running_past_closing_fires():
    finding = only(programme(session("S1", at(15), at(16, 30), title="Tur"), sites=_hours(OFFICE)), "outside-opening-hours")
    assert finding.severity is Severity.WARNING
    assert finding.message_id == ("'Tur' pada Senin, 12 Januari 2026 pukul 15.00–16.30 WIB berada di luar jam buka "
                                  "Aula Rumah Jabatan (Senin: 08.00–16.00)")
    assert finding.message_en.endswith("is outside the opening hours of Aula Rumah Jabatan (Monday: 08:00–16:00)")


def test_opening_hours_other_weekday_is_closed():
    finding = only(programme(session("S1", at(9, day=1), at(10, day=1)), sites=_hours(OFFICE)), "outside-opening-hours")
    assert "tutup pada hari Selasa" in finding.message_id and "closed on Tuesday" in finding.message_en


def test_opening_hours_empty_tuple_is_never_open():
    assert len(found(programme(session("S1", at(9), at(10)), sites=_hours()), "outside-opening-hours")) == 1


def test_opening_hours_none_is_always_open():
    assert found(programme(session("S1", at(2), at(23)), sites=_hours(none=True)), "outside-opening-hours") == []


def test_opening_hours_no_single_window_holds_a_session_over_the_lunch_break():
    sites = _hours((1, time(8), time(12)), (1, time(13), time(16)))
    assert len(found(programme(session("S1", at(11), at(14)), sites=sites), "outside-opening-hours")) == 1
    assert found(programme(session("S1", at(13), at(14)), sites=sites), "outside-opening-hours") == []


def test_opening_hours_use_the_weekday_on_which_the_session_starts():
    # Monday 23.00 – Tuesday 01.00: Tuesday's windows do not count, Monday's must hold it all.
    sites = _hours((1, time(8), time(0)), (2, time(0), time(0)))
    assert len(found(programme(session("S1", at(23), at(1, day=1)), sites=sites), "outside-opening-hours")) == 1
    assert found(programme(session("S1", at(22), at(0, day=1)), sites=sites), "outside-opening-hours") == []


def test_opening_hours_window_past_midnight_holds_a_night_session():
    sites = _hours((1, time(20), time(2)))
    assert found(programme(session("S1", at(22), at(1, day=1)), sites=sites), "outside-opening-hours") == []
    assert len(found(programme(session("S1", at(22), at(3, day=1)), sites=sites), "outside-opening-hours")) == 1


def test_opening_hours_whole_day_window_still_ends_at_midnight():
    sites = _hours((1, time(0), time(0)))
    assert found(programme(session("S1", at(0), at(0, day=1)), sites=sites), "outside-opening-hours") == []
    assert len(found(programme(session("S1", at(23), at(0, 30, day=1)), sites=sites), "outside-opening-hours")) == 1


# -- visit-overlap -------------------------------------------------------------------------

def test_visit_overlap_is_a_warning_per_pair():
    prog = programme(session("S1", at(9), at(10), site="A"), session("S2", at(9, 30), at(10, 30), site=None, kind=SessionKind.MEAL),
                     visits={"V1": visit("V1", title="Studi tiru Balikpapan")})
    finding = only(prog, "visit-overlap")
    assert finding.severity is Severity.WARNING and finding.sessions == ("S1", "S2")
    assert finding.message_id.startswith("Rombongan 'Studi tiru Balikpapan' dijadwalkan di dua acara sekaligus pada Senin")
    assert finding.message_en.startswith("The delegation of 'Studi tiru Balikpapan' is scheduled for two sessions at once")


def test_visit_overlap_touching_or_other_visits_do_not_fire():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10), at(11)), session("S3", at(9), at(11), visit="V2"))
    assert found(prog, "visit-overlap") == []


# -- travel-time ---------------------------------------------------------------------------

def test_travel_time_gap_shorter_than_the_journey():
    prog = programme(session("S1", at(9), at(10), title="Paparan"), session("S2", at(10, 10), at(11), site="B", title="Tur MPP"),
                     travel=(TravelTime("A", "B", 30),), visits={"V1": visit("V1", title="Studi tiru Balikpapan")})
    finding = only(prog, "travel-time")
    assert finding.severity is Severity.WARNING and finding.sessions == ("S1", "S2")
    assert finding.message_id == (
        "Rombongan 'Studi tiru Balikpapan' hanya punya 10 menit untuk berpindah dari Aula Rumah Jabatan ke Mal Pelayanan "
        "Publik pada Senin, 12 Januari 2026 pukul 10.00–10.10 WIB ('Paparan' lalu 'Tur MPP'), padahal perjalanan butuh 30 menit"
    )
    assert "has only 10 minutes to get from Aula Rumah Jabatan to Mal Pelayanan Publik" in finding.message_en
    assert "the journey takes 30 minutes" in finding.message_en


def test_travel_time_sessions_that_touch_have_no_gap():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10), at(11), site="B"), travel=(TravelTime("A", "B", 30),))
    assert "hanya punya 0 menit" in only(prog, "travel-time").message_id


def test_travel_time_in_the_other_direction_counts():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10, 10), at(11), site="B"), travel=(TravelTime("B", "A", 30),))
    assert found(prog, "travel-time") == [("travel-time", ("S1", "S2"))]


def test_travel_time_from_a_to_b_comes_before_b_to_a():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10, 10), at(11), site="B"),
                     travel=(TravelTime("B", "A", 30), TravelTime("A", "B", 5)))
    assert found(prog, "travel-time") == []


def test_travel_time_gap_equal_to_the_journey_or_no_entry_is_fine():
    exact = programme(session("S1", at(9), at(10)), session("S2", at(10, 30), at(11), site="B"), travel=(TravelTime("A", "B", 30),))
    unknown = programme(session("S1", at(9), at(10)), session("S2", at(10), at(11), site="B"), travel=(TravelTime("A", "C", 30),))
    assert found(exact, "travel-time") == [] and found(unknown, "travel-time") == []


def test_travel_time_needs_different_sites():
    prog = programme(session("S1", at(9), at(10)), session("S2", at(10), at(11)), travel=(TravelTime("A", "A", 30),))
    assert found(prog, "travel-time") == []


def test_travel_time_skips_an_overlapping_pair_and_checks_the_next():
    prog = programme(
        session("S1", at(9), at(10), site="A"),
        session("S2", at(9, 30), at(10, 30), site="B"),  # overlaps S1: that pair is skipped
        session("S3", at(10, 40), at(11), site="C"),  # next after S2, 10 minutes later
        travel=(TravelTime("A", "B", 60), TravelTime("B", "C", 30), TravelTime("A", "C", 60)),
    )
    assert found(prog, "travel-time") == [("travel-time", ("S2", "S3"))]


def test_travel_time_orders_by_start_then_key():
    # S1 and S2 start together (they overlap); by key S1 comes first, so the next of S2 is S3.
    prog = programme(
        session("S2", at(9), at(9, 30), site="B"),
        session("S1", at(9), at(10), site="A"),
        session("S3", at(10), at(11), site="C"),
        travel=(TravelTime("B", "C", 45), TravelTime("A", "C", 45)),
    )
    assert found(prog, "travel-time") == [("travel-time", ("S2", "S3"))]


def test_travel_time_passes_over_sessions_without_a_site_and_other_visits():
    prog = programme(
        session("S1", at(9), at(10), site="A"),
        session("S2", at(10), at(10, 30), site=None, kind=SessionKind.MEAL),
        session("S3", at(10, 40), at(11), site="B"),
        session("X1", at(10, 5), at(10, 35), visit="V2", site="C"),
        travel=(TravelTime("A", "B", 60), TravelTime("A", "C", 60), TravelTime("B", "C", 60)),
    )
    assert found(prog, "travel-time") == [("travel-time", ("S1", "S3"))]


# -- no-site -------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "fires"), [
    (None, True), (SessionKind.OTHER, True), (SessionKind.PRESENTATION, True),
    (SessionKind.TRAVEL, False), (SessionKind.MEAL, False),
])
def test_no_site_by_kind(kind, fires):
    prog = programme(session("S1", at(9), at(10), site=None, kind=kind, title="Ramah tamah"))
    assert found(prog, "no-site") == ([("no-site", ("S1",))] if fires else [])


def test_no_site_message():
    prog = programme(session("S1", at(9), at(10), site=None, title="Ramah tamah"), visits={"V1": visit("V1", title="Studi tiru Balangan")})
    finding = only(prog, "no-site")
    assert finding.message_id == "'Ramah tamah' (Studi tiru Balangan) pada Senin, 12 Januari 2026 pukul 09.00–10.00 WIB belum punya lokasi"
    assert finding.message_en == "'Ramah tamah' (Studi tiru Balangan) on Monday, 12 January 2026 at 09:00–10:00 WIB has no site"


# -- across the rules ----------------------------------------------------------------------

def _clashing() -> Programme:
    """Two visits that break every rule at once."""
    sites = {
        "A": Site("A", "Aula", capacity=10, exclusive=True, opening_hours=(OpeningWindow(2, time(8), time(16)),)),
        "B": Site("B", "MPP"),
    }
    presenters = {"P": Presenter("P", "Amirullah", unavailable=(Period(at(9), at(10)),))}
    return programme(
        session("S1", at(9), at(10), presenters=("P",), headcount=8),
        session("S2", at(9, 30), at(11), presenters=("P",), headcount=8),
        session("S3", at(11, 5), at(12), site="B"),
        session("S4", at(23), at(23, 30, day=5), site=None, kind=None),
        session("T1", at(9), at(10), visit="V2", presenters=("P",), headcount=8),
        session("T2", at(9), at(10), visit="V2", site=None),
        sites=sites, presenters=presenters, travel=(TravelTime("A", "B", 30),),
    )


def test_cancelled_visits_take_part_in_no_rule():
    prog = _clashing()
    cancelled = {key: replace(v, status=VisitStatus.CANCELLED) for key, v in prog.visits.items()}
    assert check(replace(prog, visits=cancelled)) == []
    one_cancelled = {**prog.visits, "V2": replace(prog.visits["V2"], status=VisitStatus.CANCELLED)}
    assert all("V2" not in f.visits for f in check(replace(prog, visits=one_cancelled)))


def test_every_rule_fires_with_its_severity_and_the_list_is_ordered():
    findings = check(_clashing())
    assert {f.rule for f in findings} == set(RULE_SEVERITY)
    assert all(f.severity is RULE_SEVERITY[f.rule] for f in findings)
    assert findings == sorted(findings, key=finding_order)
    for finding in findings:
        assert list(finding.sessions) == sorted(set(finding.sessions))
        assert list(finding.visits) == sorted(set(finding.visits))
        assert finding.message_id and finding.message_en and finding.message("en") == finding.message_en


def test_finding_starts_at_is_the_earliest_start_of_its_sessions():
    prog = programme(session("B1", at(9), at(10)), session("A1", at(9, 30), at(10)))
    finding = only(prog, "visit-overlap")
    assert finding.sessions == ("A1", "B1") and finding.starts_at == at(9)


def test_messages_without_a_timezone_have_no_zone():
    finding = only(programme(session("S1", at(9), at(10), site=None)), "no-site", timezone=None)
    assert "pukul 09.00–10.00 belum" in finding.message_id


def test_sessions_without_length_take_part_in_no_rule():
    prog = programme(session("S1", at(9), at(9), site=None), session("S2", at(10), at(9), site=None))
    assert check(prog) == []


def test_duplicate_session_keys_are_refused():
    with pytest.raises(ValueError):
        check(programme(session("S1", at(9), at(10)), session("S1", at(11), at(12))))


# -- RuleIndex -----------------------------------------------------------------------------

def test_index_move_and_update_equals_a_full_check():
    prog = _clashing()
    index = RuleIndex(prog)
    before = index.check_all()
    assert before == check(prog)
    changed = index.replace_session(replace(prog.sessions[1], starts_at=at(13), ends_at=at(14)))
    after = index.update(before, changed)
    moved = replace(prog, sessions=(prog.sessions[0], index.session("S2"), *prog.sessions[2:]))
    assert after == check(moved)


def test_index_add_and_remove():
    prog = programme(session("S1", at(9), at(10), presenters=("P",)))
    index = RuleIndex(prog)
    findings = index.check_all()
    findings = index.update(findings, index.add_session(session("S2", at(9), at(10), visit="V1", presenters=("P",))))
    assert {f.rule for f in findings} == {"presenter-double-booked", "visit-overlap"}
    findings = index.update(findings, index.remove_session("S1"))
    assert findings == []
    with pytest.raises(KeyError):
        index.remove_session("S1")
    with pytest.raises(ValueError):
        index.add_session(session("S2", at(9), at(10)))


def test_findings_touching_includes_the_cluster_and_travel_neighbours():
    sites = {**SITES, "A": Site("A", "Aula", capacity=30)}
    prog = programme(
        session("S1", at(9), at(11), headcount=20),
        session("S2", at(10), at(12), visit="V2", headcount=20),
        session("S3", at(11, 30), at(13), visit="V3", headcount=20),  # in the cluster through S2
        session("S4", at(13, 10), at(14), visit="V3", site="B"),  # S3's travel neighbour
        sites=sites, travel=(TravelTime("A", "B", 30),),
    )
    index = RuleIndex(prog)
    assert index.neighbourhood(["S1"]) == {"S1", "S2", "S3"}
    assert index.neighbourhood(["S3"]) == {"S1", "S2", "S3", "S4"}
    touching = index.findings_touching(["S1"])
    assert [(f.rule, f.sessions) for f in touching] == [
        ("site-over-capacity", ("S1", "S2", "S3")), ("travel-time", ("S3", "S4"))]
    assert touching == [f for f in index.check_all() if {"S1", "S2", "S3"} & set(f.sessions)]
