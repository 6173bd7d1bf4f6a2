"""Keeping the account's record of its reminders and Alexa's reminders in step.

Out of the conversation: the flows say what the user wants (these parts at this time, or none);
this service makes Alexa hold exactly that. It adopts a reminder a create made without a clear
answer, deletes strays of the parts it sets and the alerts a concurrent write displaced, and
deletes everything on request, including reminders whose token was never recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from skill.routine import ReminderPart, ReminderPlan
from skill.services.outcomes import Outcome
from skill.services.reminders import HeldReminder, RemindersApi
from skill.state.changes import ForgetReminders, RecordReminder
from skill.state.model import UserState
from skill.state.session import UserSession


class ReminderSync:
    def __init__(
        self,
        api: RemindersApi,
        account: UserSession,
        zone: str,
        local_now: datetime,
        texts: dict[ReminderPart, str],
    ) -> None:
        self._api = api
        self._account = account
        self._zone = zone
        self._local_now = local_now
        self._texts = texts
        self._claimed: set[str] = set()  # tokens made or taken over this turn

    def recorded_tokens(self) -> list[str]:
        return [kept["token"] for kept in self._account.state.reminders.values()]

    def set_all(self, plans: tuple[ReminderPlan, ...]) -> Outcome:
        """All of a request's alerts, or none: if one fails, the ones made this turn go."""
        saved: list[tuple[ReminderPlan, str, bool]] = []
        for plan in plans:
            outcome, token, created = self._save(plan)
            if outcome is not Outcome.OK or token is None:
                for _, made, new in saved:
                    if new:
                        self._api.delete(made)
                return outcome
            saved.append((plan, token, created))
        if any(created for _, _, created in saved):
            self._clear_strays(plans)
        for plan, token, _ in saved:
            self._record(plan, token)
        return Outcome.OK

    def move(self, plans: tuple[ReminderPlan, ...]) -> Outcome:
        """The recorded parts, at new nights or times, each updated in place where it can be."""
        for plan in plans:
            outcome, token, _ = self._save(plan)
            if outcome is not Outcome.OK or token is None:
                return outcome
            self._record(plan, token)
        return Outcome.OK

    def check_recorded(self) -> Outcome:
        """Compare the record with Alexa's list: a reminder deleted in the Alexa app is
        forgotten. NO_PERMISSION: the record can't be checked."""
        outcome, listed = self._api.listed()
        if outcome is Outcome.OK:
            held = {reminder.token for reminder in listed}
            self.forget([token for token in self.recorded_tokens() if token not in held])
        return outcome

    def delete_all(self) -> Outcome | None:
        """Delete every reminder this skill holds for the account: all that Alexa lists, so none
        is left behind even if its token was never recorded, else the recorded ones. None when
        there were none; OK, or the first failure (NO_PERMISSION: Alexa deletes none)."""
        recorded = self.recorded_tokens()
        outcome, tokens = self._api.tokens()
        if outcome is Outcome.NO_PERMISSION:
            # Some may be left from before, forgotten here while the permission was off.
            unchecked = self._account.state.reminders_unchecked
            return outcome if recorded or unchecked else None
        if outcome is not Outcome.OK:
            if not recorded:
                return outcome  # Alexa couldn't say, so there may be some
            tokens = recorded
        return self.delete(tokens) if tokens else None

    def delete(self, tokens: list[str]) -> Outcome:
        """Delete at Alexa one by one, forgetting each deleted: OK, or the first failure."""
        deleted: list[str] = []
        outcome = Outcome.OK
        for token in tokens:
            outcome = self._api.delete(token)
            if outcome is not Outcome.OK:
                break
            deleted.append(token)
        self.forget(deleted)
        return outcome

    def forget(self, tokens: list[str]) -> None:
        if tokens:
            self._account.change(ForgetReminders(tuple(tokens)))

    def _save(self, plan: ReminderPlan) -> tuple[Outcome, str | None, bool]:
        """Update the alert we hold for this part, or create one (also when Alexa no longer
        has ours): (outcome, token, newly made)."""
        held = self._account.state.reminders.get(plan.part.value, {}).get("token")
        text = self._texts[plan.part]
        if held:
            outcome = self._api.update(held, plan.rule, text, self._zone, self._local_now)
            if outcome is not Outcome.NOT_FOUND:  # else Alexa lost it: make it afresh
                return outcome, held if outcome is Outcome.OK else None, False
        outcome, token = self._api.create(plan.rule, text, self._zone, self._local_now)
        if outcome is Outcome.FAILED:
            # No clear answer is not a no: look before saying it failed, so a retry makes none.
            made = [r for r in self._strays() if r.rings_on(plan.rule, self._zone)]
            token = self._claim(made[0].token) if made else None
            outcome = Outcome.OK if token else Outcome.FAILED
        elif token:
            self._claim(token)
        return outcome, token, token is not None

    def _record(self, plan: ReminderPlan, token: str) -> None:
        part = plan.part.value
        replaced = self._account.state.reminders.get(part, {}).get("token")
        self._account.change(RecordReminder(part, token, f"{plan.at:%H:%M}"))
        known = frozenset(filter(None, (token, replaced)))
        self._account.after_save(DeleteDisplaced(self._api, part, known))

    def _clear_strays(self, plans: tuple[ReminderPlan, ...]) -> None:
        """Delete the unrecorded reminders of the parts just set (same words or same rule):
        left by an earlier create that timed out, they would ring beside the new ones."""
        texts = [self._texts[plan.part] for plan in plans]
        for stray in self._strays():
            if any(stray.says(text) for text in texts) or any(
                stray.rings_on(plan.rule, self._zone) for plan in plans
            ):
                self._api.delete(stray.token)

    def _claim(self, token: str) -> str:
        self._claimed.add(token)
        return token

    def _strays(self) -> list[HeldReminder]:
        """The skill's reminders at Alexa that the record doesn't hold: one made by a create
        that got no clear answer, or whose token a failed write lost."""
        outcome, listed = self._api.listed()
        known = set(self.recorded_tokens()) | self._claimed
        return [r for r in listed if r.token not in known] if outcome is Outcome.OK else []


@dataclass(frozen=True)
class DeleteDisplaced:
    """After the save: replayed on another device's write that recorded its own alert for this
    part, our record replaced it, so that alert would ring with no record of it. Delete it."""

    api: RemindersApi
    part: str
    known: frozenset[str]  # this turn's token for the part, and the one it replaced

    def __call__(self, written_over: UserState) -> None:
        other = written_over.reminders.get(self.part, {}).get("token")
        if other and other not in self.known:
            self.api.delete(other)
