"""Every request the skill answers, in one ordered table: which request, how its slots are read,
which flow answers. The first route that matches answers.

A route that `answers` is an answer to whatever the skill asked (yes, no, help, stop, ...);
any other intent answers something else, and a question that keeps is asked again after it
(`dialog.after_other_intent`). Routes that need tonight settle the device's zone first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import LaunchRequest, Response, SessionEndedRequest
from ask_sdk_model.interfaces.connections import ConnectionsResponse

from skill.envelope import request_as, request_of
from skill.flows import (
    conversation,
    evening,
    forget,
    launch,
    mask_nights,
    permissions,
    products,
    progress,
    questions,
    reminders,
    screens,
    skin,
    timers,
    tonight,
    walk,
)
from skill.flows.dialog import Answer, after_other_intent, answer, asking
from skill.flows.reply import Reply
from skill.flows.turn import Turn, settle_zone
from skill.handlers.interceptors import turn_of
from skill.handlers.render import render
from skill.handlers.slots import clock_time, resolved_id, resolved_member, slot_value, whole_number
from skill.observability import logger, metrics
from skill.products import (
    Budget,
    Currency,
    Product,
    ProductKind,
    product_by_alias,
    product_by_id,
)
from skill.routine import ReminderRequest, SkinType, TimerKind
from skill.routine.questions import Topic

Predicate = Callable[[HandlerInput], bool]
# A route's work: reads the request's slots and calls its flow. None: an empty response.
Answerer = Callable[[Turn, HandlerInput], Reply | None]


@dataclass(frozen=True)
class Route:
    matches: Predicate
    answer: Answerer
    answers: bool = False  # an answer to the open question, not another intent
    # Needs tonight: the device's zone is settled first (a Settings API call at most once a
    # week). Answers about what is stored, stop and the session's end don't.
    settles_zone: bool = True


def intent(*names: str) -> Predicate:
    return lambda hi: any(is_intent_name(name)(hi) for name in names)


def task_launch(name: str) -> Predicate:
    """A LaunchRequest carrying one of our tasks (a timer that ended, an evening routine's
    action), named "<skill id>.<task>": before the plain launch."""

    def matches(hi: HandlerInput) -> bool:
        if not is_request_type("LaunchRequest")(hi):
            return False
        task = getattr(hi.request_envelope.request, "task", None)
        return bool(task and str(task.name or "").endswith(f".{name}"))

    return matches


def _consent_answer(hi: HandlerInput) -> bool:
    request = hi.request_envelope.request
    return isinstance(request, ConnectionsResponse) and request.name == "AskFor"


# --- how each request is read ---------------------------------------------------------------


def _resume_task(turn: Turn, hi: HandlerInput) -> Reply:
    task = request_as(hi, LaunchRequest).task
    given = task.input if task is not None and isinstance(task.input, dict) else {}
    return timers.resume_after_timer(turn, given.get("night"), given.get("step"))


def _offer_answered(turn: Turn, hi: HandlerInput) -> Reply:
    """The SessionResumedRequest after Alexa's routine offer, read defensively."""
    cause = getattr(hi.request_envelope.request, "cause", None)
    status = getattr(cause, "status", None)
    result = getattr(cause, "result", None)
    answer = result.get("offerAutomationResponse") if isinstance(result, dict) else None
    reason = answer.get("reason") if isinstance(answer, dict) else None
    return evening.resumed(
        turn,
        _text_or_none(getattr(cause, "token", None)),
        _text_or_none(getattr(status, "code", None)),
        _text_or_none(reason),
    )


def _text_or_none(value: object) -> str | None:
    return str(value) if isinstance(value, str | int) else None


def _set_skin(turn: Turn, hi: HandlerInput) -> Reply:
    named = resolved_member(hi, "skinType", SkinType)
    if named is None:  # inside a question ("I'm ready" mid-walk), the question's answer
        return answer(turn, Answer.UNCLEAR) if asking(turn) else skin.unsure(turn)
    return skin.set_skin(turn, named)


def _repeat(turn: Turn, hi: HandlerInput) -> Reply:
    """In a walk, even in a new session, the step again; otherwise the last thing said."""
    return walk.repeat_step(turn) if walk.in_walk(turn) else conversation.repeat(turn)


_TIMER_ACTIONS = {
    "TimerStatusIntent": timers.TimerAction.STATUS,
    "PauseTimerIntent": timers.TimerAction.PAUSE,
    "ResumeTimerIntent": timers.TimerAction.RESUME,
    "CancelTimerIntent": timers.TimerAction.CANCEL,
}


def _timer_control(turn: Turn, hi: HandlerInput) -> Reply:
    action = next(a for name, a in _TIMER_ACTIONS.items() if is_intent_name(name)(hi))
    return timers.control(turn, resolved_member(hi, "timerKind", TimerKind), action)


_REMINDER_KINDS = {"MASK": ReminderRequest.MASK, "NIGHTLY": ReminderRequest.NIGHTLY}


def _reminder_kind(hi: HandlerInput) -> ReminderRequest | None:
    """The nights named, or None when none were ("make it ten", "stop reminding me")."""
    return _REMINDER_KINDS.get(resolved_id(hi, "reminderKind") or "")


def _set_reminder(turn: Turn, hi: HandlerInput) -> Reply:
    said = slot_value(hi, "time")
    return reminders.set_requested(turn, _reminder_kind(hi), said, clock_time(said))


def _named_product(hi: HandlerInput) -> Product | None:
    return product_by_id(resolved_id(hi, "productName")) or product_by_alias(
        slot_value(hi, "productName") or ""
    )


def _budget(hi: HandlerInput) -> Budget | None:
    """ "under {budget}" leaves the amount out; "up to", "about" ({budgetAtMost}) let it in."""
    under, at_most = whole_number(hi, "budget"), whole_number(hi, "budgetAtMost")
    if under is not None:
        return Budget(under)
    return None if at_most is None else Budget(at_most, included=True)


def _currency(hi: HandlerInput) -> Currency | None:
    """The currency the budget was said in; OTHER for a word that isn't one we know."""
    if not (slot_value(hi, "currency") or "").strip():
        return None
    return resolved_member(hi, "currency", Currency) or Currency.OTHER


def _suggest_product(turn: Turn, hi: HandlerInput) -> Reply:
    kind = resolved_member(hi, "productKind", ProductKind)
    return products.suggest_requested(turn, kind, _budget(hi), _currency(hi))


def _consented(turn: Turn, hi: HandlerInput) -> Reply:
    """Alexa's answer to our consent prompt, read defensively: "false" is not a card shown."""
    request = request_as(hi, ConnectionsResponse)
    status = getattr(request.status, "code", None)
    payload = request.payload if isinstance(request.payload, dict) else {}
    said = payload.get("status")
    if str(status) != "200":
        given = "ERROR"  # Alexa couldn't ask (the manifest lacks the permission)
    else:
        given = said if said in ("ACCEPTED", "DENIED", "NOT_ANSWERED") else "NOT_ANSWERED"
    card_shown = str(payload.get("isCardThrown", "false")).lower() == "true"
    return permissions.answered(turn, request.token, given, card_shown)


def _session_ended(turn: Turn, hi: HandlerInput) -> None:
    request = request_as(hi, SessionEndedRequest)
    error = request.error
    logger.info(
        "session ended",
        extra={
            "reason": getattr(request.reason, "value", None),
            "error_type": getattr(error.object_type if error else None, "value", None),
        },
    )


def _unhandled(turn: Turn, hi: HandlerInput) -> None:
    """Request types we don't use get an empty, valid answer rather than an error."""
    request_type = request_of(hi).object_type
    logger.info("request type not handled", extra={"request_type": request_type})


# A touch does what the words on its button would: the same flows as the spoken intents.
_TOUCHES: dict[str, Callable[[Turn], Reply]] = {
    screens.TONIGHT: tonight.answer_tonight,
    screens.WALK: tonight.walk_through,
    screens.NEXT: walk.next_step,
    screens.BACK: walk.previous_step,
    screens.REPEAT: walk.repeat_step,
    screens.HELP: lambda turn: answer(turn, Answer.HELP),
    screens.MASK_TIMER: lambda turn: timers.start_requested(turn, TimerKind.MASK, None),
    screens.TOWEL_TIMER: lambda turn: timers.start_requested(turn, TimerKind.TOWEL, None),
    screens.CHEAPER: lambda turn: products.answer(turn, cheaper=True),
    screens.ANOTHER: products.answer,
    screens.RECIPE: products.recipe,
}


def _touched(turn: Turn, hi: HandlerInput) -> Reply:
    """A button on our screen. One from an old screen, or asking what we never offered, changes
    nothing: it says so, and whatever was asked is asked again."""
    # Read by name: the SDK's APL classes stay unimported for the devices without a screen.
    event = request_of(hi)
    arguments = getattr(event, "arguments", None) or []
    action = arguments[0] if arguments and isinstance(arguments[0], str) else ""
    token = getattr(event, "token", None) or ""
    open_question = turn.session.open_question
    if not screens.touch_is_ours(turn, token, action):
        stale = turn.say.say("touch_stale")
        if open_question is not None and open_question.still_open(turn):
            return open_question.ask(turn, stale)
        return Reply.tell(stale)
    return after_other_intent(turn, open_question, _TOUCHES[action](turn))


def _apl_error(turn: Turn, hi: HandlerInput) -> None:
    """The device couldn't show something we sent: its type and reason only, and a count."""
    for error in getattr(request_of(hi), "errors", None) or []:
        kind, reason = getattr(error, "object_type", None), getattr(error, "reason", None)
        logger.warning(
            "screen runtime error",
            extra={
                "error_type": getattr(kind, "value", kind),
                "reason": getattr(reason, "value", reason),
            },
        )
    metrics.add_metric(name="ScreenRuntimeError", unit="Count", value=1)


def _to(answered: Answer) -> Answerer:
    return lambda turn, hi: answer(turn, answered)


def _plain(flow: Callable[[Turn], Reply]) -> Answerer:
    return lambda turn, hi: flow(turn)


ROUTES: tuple[Route, ...] = (
    Route(task_launch(timers.RESUME_TASK), _resume_task),
    Route(task_launch(evening.START_TONIGHT), _plain(launch.start_tonight)),
    Route(is_request_type("LaunchRequest"), _plain(launch.welcome)),
    Route(is_request_type("SessionResumedRequest"), _offer_answered, settles_zone=False),
    Route(intent("AddToRoutineIntent"), _plain(evening.add_to_routine)),
    Route(intent("RoutineHowToIntent"), _plain(evening.how_to), settles_zone=False),
    Route(intent("TonightIntent"), _plain(tonight.answer_tonight)),
    Route(intent("SetSkinTypeIntent"), _set_skin),
    Route(intent("GetSkinTypeIntent"), _plain(skin.get_skin), settles_zone=False),
    Route(intent("StartWalkIntent"), _plain(tonight.walk_through)),
    Route(intent("AMAZON.NextIntent"), _plain(walk.next_step)),
    Route(intent("AMAZON.PreviousIntent"), _plain(walk.previous_step)),
    Route(intent("AMAZON.StartOverIntent"), _plain(walk.start_over)),
    Route(intent("AMAZON.RepeatIntent"), _repeat, answers=True, settles_zone=False),
    Route(
        intent("StartTimerIntent"),
        lambda turn, hi: timers.start_requested(
            turn, resolved_member(hi, "timerKind", TimerKind), slot_value(hi, "duration")
        ),
    ),
    Route(intent(*_TIMER_ACTIONS), _timer_control),
    Route(intent("SuggestProductIntent"), _suggest_product),
    Route(intent("AnotherProductIntent"), _plain(products.answer)),
    Route(intent("CheaperProductIntent"), lambda turn, hi: products.answer(turn, cheaper=True)),
    Route(intent("HomeMadeMaskIntent"), _plain(products.recipe), settles_zone=False),
    Route(
        intent("OwnProductIntent"),
        lambda turn, hi: products.own(turn, _named_product(hi)),
        settles_zone=False,
    ),
    Route(
        intent("DropProductIntent"),
        lambda turn, hi: products.disown(turn, _named_product(hi)),
        settles_zone=False,
    ),
    Route(
        intent("ProductPriceIntent"),
        lambda turn, hi: products.price(turn, _named_product(hi)),
        settles_zone=False,
    ),
    Route(intent("ListOwnedProductsIntent"), _plain(products.list_owned), settles_zone=False),
    Route(intent("SetReminderIntent"), _set_reminder),
    Route(intent("ListRemindersIntent"), _plain(reminders.list_reminders)),
    Route(
        intent("CancelRemindersIntent"),
        lambda turn, hi: reminders.cancel_reminders(turn, _reminder_kind(hi)),
    ),
    Route(intent("ForgetMeIntent"), _plain(forget.ask), settles_zone=False),
    Route(_consent_answer, _consented, answers=True),
    Route(intent("NextMaskNightIntent"), _plain(mask_nights.answer_next_mask)),
    Route(intent("GetMaskNightsIntent"), _plain(mask_nights.get_mask_nights), settles_zone=False),
    Route(
        intent("SetMaskNightsIntent"),
        lambda turn, hi: mask_nights.set_mask_nights(
            turn,
            resolved_id(hi, "firstNight"),
            resolved_id(hi, "secondNight"),
            resolved_id(hi, "thirdNight"),
        ),
    ),
    Route(intent("IsMaskNightIntent"), _plain(mask_nights.is_mask_night_tonight)),
    Route(intent("IsMaskNightTomorrowIntent"), _plain(mask_nights.is_mask_night_tomorrow)),
    Route(
        intent("MissedMaskIntent"),
        lambda turn, hi: tonight.missed_mask(turn, resolved_id(hi, "when") == "LAST_NIGHT"),
    ),
    Route(intent("TomorrowIntent"), _plain(tonight.tomorrow)),
    Route(intent("ProgressIntent"), _plain(progress.how_am_i_doing)),
    Route(
        intent("RoutineDoneIntent"),
        lambda turn, hi: progress.routine_done(turn, resolved_id(hi, "when") == "LAST_NIGHT"),
    ),
    Route(intent("IrritationIntent"), _plain(progress.irritated)),
    Route(intent("SkinFineIntent"), _plain(progress.skin_calm)),
    Route(
        intent("SkinCheckInIntent"),
        lambda turn, hi: progress.check_in_answer(turn, resolved_id(hi, "change")),
        answers=True,
    ),
    Route(intent("SkipTonightIntent"), _plain(tonight.skip_tonight)),
    Route(
        intent("RoutineQuestionIntent"),
        lambda turn, hi: questions.answer(turn, resolved_member(hi, "topic", Topic)),
        answers=True,  # it asks the open question again itself
    ),
    Route(intent("AMAZON.HelpIntent"), _to(Answer.HELP), answers=True, settles_zone=False),
    Route(
        intent("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"),
        _to(Answer.STOP),
        answers=True,
        settles_zone=False,
    ),
    Route(intent("AMAZON.YesIntent"), _to(Answer.YES), answers=True, settles_zone=False),
    Route(intent("AMAZON.NoIntent"), _to(Answer.NO), answers=True, settles_zone=False),
    Route(intent("NotSureIntent"), _to(Answer.NOT_SURE), answers=True, settles_zone=False),
    # AMAZON.FallbackIntent, and any intent this version of the skill does not know.
    Route(
        is_request_type("IntentRequest"), _to(Answer.OFF_TOPIC), answers=True, settles_zone=False
    ),
    Route(is_request_type("SessionEndedRequest"), _session_ended, answers=True, settles_zone=False),
    Route(is_request_type("Alexa.Presentation.APL.UserEvent"), _touched, answers=True),
    Route(
        is_request_type("Alexa.Presentation.APL.RuntimeError"),
        _apl_error,
        answers=True,
        settles_zone=False,
    ),
    Route(lambda hi: True, _unhandled, answers=True, settles_zone=False),
)


class RoutedHandler(AbstractRequestHandler):
    """The SDK's handler for every route: the table decides, the renderer answers."""

    def __init__(self, routes: tuple[Route, ...] = ROUTES) -> None:
        self._routes = routes

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True  # the table ends with a route for anything

    def handle(self, handler_input: HandlerInput) -> Response:
        route = next(route for route in self._routes if route.matches(handler_input))
        turn = turn_of(handler_input)
        if route.settles_zone:
            settle_zone(turn)
        open_question = turn.session.open_question
        reply = route.answer(turn, handler_input)
        if reply is None:
            return handler_input.response_builder.response
        if not route.answers:
            reply = after_other_intent(turn, open_question, reply)
        return render(handler_input, turn, reply)
