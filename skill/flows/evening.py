"""The skill in the user's evening: Alexa offers a routine that starts Pore Coach at the usual
hour, once the habit shows, once; and the answer Alexa brings back. The routine's action is the
skill's own StartTonight task, which goes straight to tonight."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from skill.flows.reply import OfferRoutine, Reply
from skill.flows.turn import Turn
from skill.routine.evening import OfferState, offer_due, usual_time
from skill.routine.reminders import ReminderPart
from skill.state.changes import NoteDoneAt, OfferRoutineAnswered, OfferRoutineMade

START_TONIGHT = "StartTonight"
OFFER_TOKEN = "porecoach.routine"
DEFAULT_TIME = time(21, 0)  # asked for before any usual hour shows: the article's evening
EVERY_NIGHT = "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA,SU"
# SessionResumedRequest: 200 is a routine made; 204 comes with a reason.
ALREADY_ENABLED, REJECTED = "AUTOMATION_ALREADY_ENABLED", "REJECTED_BY_CUSTOMER"


def night_done_now(turn: Turn) -> None:
    """Tonight was finished at this hour: three such nights make the usual hour."""
    turn.user.change(NoteDoneAt(turn.local_now.strftime("%Y-%m-%dT%H:%M")))


def offer_if_due(turn: Turn, reply: Reply) -> Reply:
    """At the end of the night's last turn, after the third night at a similar hour: Alexa
    offers the routine, once. `reply` is what the turn says before the offer."""
    if not turn.zone_from_device:  # a guessed zone would start the routine at the wrong hour
        return reply
    state = turn.user.state
    answered = OfferState(state.routine_offer) if state.routine_offer else None
    offered_on = date.fromisoformat(state.routine_offered_on) if state.routine_offered_on else None
    if not offer_due(state.done_at, turn.tonight, answered, state.routine_offers, offered_on):
        return reply
    at = usual_time(state.done_at) or DEFAULT_TIME
    return _offer(turn, at, turn.say.join(reply.speech, _lead(turn, at)), reply)


def add_to_routine(turn: Turn) -> Reply:
    """'Add Pore Coach to my routine': the offer now, at the usual hour or the reminder's."""
    state = turn.user.state
    if state.routine_offer == OfferState.ACCEPTED.value:
        return Reply.tell(turn.say.say("routine_already"))
    if not turn.zone_from_device:
        return Reply.tell(turn.say.say("routine_no_zone"))
    at = usual_time(state.done_at) or _reminder_time(turn) or DEFAULT_TIME
    return _offer(turn, at, _lead(turn, at, asked=True), Reply.tell(""))


def how_to(turn: Turn) -> Reply:
    """The Alexa app's steps, for a routine of the user's own making."""
    return Reply.tell(turn.say.say("routine_how_to"))


def resumed(turn: Turn, token: str | None, code: str | None, reason: str | None) -> Reply:
    """Alexa's answer to the offer. Accepted: a thank-you; declined: never again; anything
    else: nothing said, offered once more a week later at most."""
    say = turn.say
    if token != OFFER_TOKEN:  # not an offer of ours: nothing to say
        return Reply.tell("")
    if code == "200" or (code == "204" and reason == ALREADY_ENABLED):
        turn.user.change(OfferRoutineAnswered(OfferState.ACCEPTED))
        return Reply.tell(say.say("routine_accepted"))
    if code == "204" and reason == REJECTED:
        turn.user.change(OfferRoutineAnswered(OfferState.DECLINED))
        return Reply.tell(say.say("routine_declined"))
    answered = turn.user.state.routine_offer in (OfferState.ACCEPTED, OfferState.DECLINED)
    if not answered:  # a yes or a no stands: a stray error never brings the offer back
        turn.user.change(OfferRoutineAnswered(OfferState.FAILED))
    return Reply.tell("")


def _lead(turn: Turn, at: time, asked: bool = False) -> str:
    """What the skill says before Alexa's offer; to a user with the nightly reminder, that the
    reminder stays unless they stop it."""
    say = turn.say
    when = say.clock_time(at)
    text = say.say("routine_offer_asked" if asked else "routine_offer", time=when)
    if ReminderPart.PLAIN.value in turn.user.account.state.reminders:
        text = say.join(text, say.say("routine_offer_reminder_stays"))
    return text


def _reminder_time(turn: Turn) -> time | None:
    kept = turn.user.account.state.reminders.get(ReminderPart.PLAIN.value)
    return time.fromisoformat(kept["time"]) if kept else None  # "HH:MM", checked on read


def _offer(turn: Turn, at: time, speech: str, reply: Reply) -> Reply:
    turn.user.change(OfferRoutineMade(turn.tonight.isoformat()))
    offer = _automation(turn.skill_id, turn.zone, at, turn.say.say("routine_action"))
    return replace(
        reply,
        speech=speech,
        reprompt=None,
        end_session=None,
        directives=(OfferRoutine(offer, OFFER_TOKEN),),
    )


def _automation(skill_id: str, zone: str, at: time, description: str) -> dict[str, object]:
    """AMAZON.OfferAutomation's input: every night at `at` in the user's zone, start the
    StartTonight task (pre-built-routine-primitives: one trigger, serial operations)."""
    operation = START_TONIGHT
    return {
        "automation": {
            "trigger": {
                "type": "Alexa.Automation.Trigger.Schedule.AbsoluteTime",
                "version": "1.0",
                "payload": {
                    "schedule": {
                        "triggerTime": at.strftime("%H%M%S"),
                        "timeZoneId": zone,
                        "recurrence": EVERY_NIGHT,
                    }
                },
            },
            "operations": {
                "serial": [
                    {
                        "operation": {
                            "type": "Alexa.Automation.Operation.Skill.StartConnection",
                            "version": "1.0",
                            "operationId": operation,
                            "payload": {
                                "connectionRequest": {
                                    "uri": f"connection://{skill_id}.{START_TONIGHT}/1"
                                    f"?provider={skill_id}",
                                    "input": {},
                                }
                            },
                        }
                    }
                ]
            },
        },
        "renderingData": {"operations": {operation: {"descriptionPrompt": description}}},
    }
