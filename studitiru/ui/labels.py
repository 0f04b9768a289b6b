"""Translated labels for the enums the user sees (status, kinds, roles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studitiru.domain import records as r


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def visit_status(status: r.VisitStatus) -> str:
    return {
        r.VisitStatus.REQUESTED: _t("Requested"),
        r.VisitStatus.CONFIRMED: _t("Confirmed"),
        r.VisitStatus.COMPLETED: _t("Completed"),
        r.VisitStatus.REPORTED: _t("Reported"),
        r.VisitStatus.CANCELLED: _t("Cancelled"),
    }[status]


def session_kind(kind: r.SessionKind | None) -> str:
    if kind is None:
        return ""
    return {
        r.SessionKind.RECEPTION: _t("Reception"),
        r.SessionKind.PRESENTATION: _t("Presentation"),
        r.SessionKind.SITE_TOUR: _t("Site tour"),
        r.SessionKind.DISCUSSION: _t("Discussion"),
        r.SessionKind.MEAL: _t("Meal"),
        r.SessionKind.TRAVEL: _t("Travel"),
        r.SessionKind.OTHER: _t("Other"),
    }[kind]


def lesson_status(status: r.LessonStatus) -> str:
    return {
        r.LessonStatus.NOTED: _t("Noted"),
        r.LessonStatus.PLANNED: _t("Planned"),
        r.LessonStatus.IN_PROGRESS: _t("In progress"),
        r.LessonStatus.ADOPTED: _t("Adopted"),
        r.LessonStatus.DROPPED: _t("Dropped"),
    }[status]


def institution_kind(kind: r.InstitutionKind | None) -> str:
    if kind is None:
        return ""
    return {
        r.InstitutionKind.PROVINCE: _t("Province"),
        r.InstitutionKind.REGENCY: _t("Regency"),
        r.InstitutionKind.CITY: _t("City"),
        r.InstitutionKind.MINISTRY: _t("Ministry"),
        r.InstitutionKind.AGENCY: _t("Agency"),
        r.InstitutionKind.HOSPITAL: _t("Hospital"),
        r.InstitutionKind.OTHER: _t("Other"),
    }[kind]


def participant_role(role: r.ParticipantRole) -> str:
    return {r.ParticipantRole.LEADER: _t("Leader"), r.ParticipantRole.MEMBER: _t("Member")}[role]


def severity(value: r.Severity) -> str:
    return {r.Severity.ERROR: _t("Error"), r.Severity.WARNING: _t("Warning")}[value]
