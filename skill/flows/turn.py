"""One request, as the flows see it: built once at the edge (skill/handlers), never the SDK's.

A `Turn` holds the locale and the request's clock, the device's zone (settled once, in
`settle_zone`), the speech, the user's stored state, the session's own attributes (typed), and
the Alexa APIs bound to this request. Nothing here calls an API or records a change on its own
but `settle_zone`, which the route table calls where a turn needs the night.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from skill.flows.dialog import Question, from_json
from skill.routine import NightPlan, Routine, night_of, plan_for
from skill.services.alexa import AlexaApis
from skill.speech import Speech
from skill.state.changes import RememberTimeZone
from skill.state.session import UserSession
from skill.zones import default_time_zone

# A device's zone changes when its owner moves: asked again after a week, not every day, so a
# returning user's first turn of the day costs no Settings API call and no write.
ZONE_KEPT = timedelta(days=7)

PENDING = "pending"  # the open question, for the voice it was asked of
LAST_SPEECH = "lastSpeech"  # for "repeat"
ZONE_CHECKED = "zoneChecked"  # the Settings API was asked this session
PRODUCT_RUN = "productRun"  # a run of suggestions: "another one" walks on without repeats


@dataclass(frozen=True)
class ProductRun:
    """What the user asked for in this run of suggestions, and what was suggested.

    The budget is the one said last in the session ("under forty", or with `budget_included`
    "up to forty"): a new run keeps it unless another is said. `below` is the price the user
    last turned down with "something cheaper", for this run only: "another one" stays under it.
    """

    kind: str | None = None
    budget: int | None = None
    suggested: tuple[str, ...] = ()
    budget_included: bool = False
    below: int | None = None


def _whole(value: Any) -> int | None:
    """A whole number of dollars kept in the session, or None for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


class Session:
    """The session attributes, typed. Out-of-session requests get a throwaway dict."""

    def __init__(self, attributes: dict[str, Any] | None, profile: str) -> None:
        self.attributes: dict[str, Any] = {} if attributes is None else attributes
        self._profile = profile

    @property
    def open_question(self) -> Question | None:
        """The question open for the voice speaking now: another voice's "yes" must not
        answer someone else's question."""
        value = self.attributes.get(PENDING)
        if not isinstance(value, dict) or value.get("for") != self._profile:
            return None
        return from_json(value)

    @open_question.setter
    def open_question(self, asked: Question | None) -> None:
        if asked is None:
            self.attributes.pop(PENDING, None)
        else:
            self.attributes[PENDING] = {**asked.to_json(), "for": self._profile}

    @property
    def last_speech(self) -> str | None:
        value = self.attributes.get(LAST_SPEECH)
        return value if isinstance(value, str) and value else None

    @last_speech.setter
    def last_speech(self, text: str) -> None:
        self.attributes[LAST_SPEECH] = text

    @property
    def zone_checked(self) -> bool:
        return bool(self.attributes.get(ZONE_CHECKED))

    def mark_zone_checked(self) -> None:
        self.attributes[ZONE_CHECKED] = True

    @property
    def product_run(self) -> ProductRun:
        value = self.attributes.get(PRODUCT_RUN)
        if not isinstance(value, dict):
            return ProductRun()
        kind, suggested = value.get("kind"), value.get("suggested")
        return ProductRun(
            kind=kind if isinstance(kind, str) else None,
            budget=_whole(value.get("budget")),
            suggested=tuple(s for s in suggested if isinstance(s, str))
            if isinstance(suggested, list)
            else (),
            budget_included=value.get("budgetIncluded") is True,
            below=_whole(value.get("below")),
        )

    @product_run.setter
    def product_run(self, run: ProductRun) -> None:
        self.attributes[PRODUCT_RUN] = {
            "kind": run.kind,
            "budget": run.budget,
            "suggested": list(run.suggested),
            "budgetIncluded": run.budget_included,
            "below": run.below,
        }

    def clear(self) -> None:
        self.attributes.clear()


@dataclass
class Turn:
    locale: str
    now: datetime
    say: Speech
    user: UserSession
    session: Session
    alexa: AlexaApis
    skill_id: str
    opened_session: bool  # this request opened the session (a one-shot, or no session at all)
    person_recognised: bool = False
    # The skill package has the ResumeRoutine task: a timer's end can bring the user back.
    timer_task_deployed: bool = False
    _zone: str | None = None
    _plan: tuple[Routine, date, NightPlan] | None = field(default=None, repr=False)

    @property
    def zone(self) -> str:
        """The device's zone as settled this turn; before that, the one kept, else the
        locale's. Reads the state only when it is already at hand."""
        if self._zone:
            return self._zone
        kept = self.user.state.time_zone if self.user.at_hand else None
        return kept or default_time_zone(self.locale)

    @property
    def zone_from_device(self) -> bool:
        """Whether the zone in use came from the device, this turn or an earlier one."""
        return self.user.state.time_zone is not None

    @property
    def tonight(self) -> date:
        return night_of(self.now, self.zone)

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(ZoneInfo(self.zone))

    def plan(self) -> NightPlan:
        """Tonight's plan for the state as it is now (recomputed only after a change)."""
        routine, tonight = self.user.state.routine(), self.tonight
        if self._plan is None or self._plan[:2] != (routine, tonight):
            self._plan = (routine, tonight, plan_for(routine, tonight))
        return self._plan[2]


def settle_zone(turn: Turn) -> None:
    """The device's zone, asked of the Settings API at most once a session and once a week,
    and kept in state; when it can't be had, the one kept, else the locale's."""
    state = turn.user.state
    today = turn.now.date()
    checked = state.time_zone_checked
    stale = checked is None or today - date.fromisoformat(checked) >= ZONE_KEPT
    if stale and not turn.session.zone_checked:
        turn.session.mark_zone_checked()
        zone = turn.alexa.settings.time_zone()
        if zone:
            turn.user.change(RememberTimeZone(zone, today.isoformat()))
    turn._zone = state.time_zone or default_time_zone(turn.locale)
