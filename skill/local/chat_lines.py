"""The chat's own words, per language: everything it prints that isn't the skill speaking.

The skill answers in the locale's language; the chat's frame (its banner, its notices, Alexa's
consent question, the Echo going off) follows it, so a Spanish chat doesn't read as two devices.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChatLines:
    """One language's lines; the {names} in them are filled in where they are printed."""

    banner: str
    device: str  # {locale} {zone}
    zone_kept: str  # {error}: the store couldn't be told to ask for the device's zone again
    session_ended: str
    no_session: str  # {open} {ask}
    session_over: str  # {open} {ask}
    open_phrase: str  # {name}
    ask_phrase: str  # {name}
    skill_name: str
    permission_question: str  # {skill} {what}
    timers: str
    reminders: str
    card: str  # {title} {content}
    consent_card: str  # {skill} {what} {command}
    reminder_went_off: str  # {text}
    timer_done: str  # {label}
    task_offer: str  # {text}
    no_task_offered: str
    allowed: str  # {what}
    denied: str  # {what}
    which_permission: str
    time_passed: str  # {amount} {now}
    how_long: str
    unknown_command: str
    nothing_to_tap: str
    routine_offer: str  # {action} {time}
    no_routine_offer: str


ENGLISH = ChatLines(
    banner=(
        'Pore Coach, local chat. Try: "ask pore coach what\'s tonight" or "open pore coach".\n'
        "Type /end to walk away from a session, /quit (or Ctrl-D) to leave. Timers and reminders\n"
        "really go off (--fast makes a minute last a second); /advance 1d (or 2h, 30m) moves the\n"
        "clock on. /allow timers, /deny reminders, ...: the Alexa app's permission switches."
    ),
    device="(Device: {locale}, time zone {zone}.)",
    zone_kept="(The stored time zone stays: the store answered {error}.)",
    session_ended="(session ended)",
    no_session="(No session is open: start with {open} or {ask}.)",
    session_over="(The session has ended: start with {open} or {ask}.)",
    open_phrase='"open {name}"',
    ask_phrase='"ask {name} ..."',
    skill_name="Pore Coach",
    permission_question="(Alexa asks) Do you allow {skill} to set {what}? Say yes or no.",
    timers="timers",
    reminders="reminders",
    card="(card) {title}: {content}",
    consent_card=(
        "(card) {skill} asks for permission to set {what}. In the chat, {command} gives it."
    ),
    reminder_went_off="(Echo) Reminder: {text}",
    timer_done="(Echo) {label} timer is done.",
    task_offer="(Echo) {text}  [say /task to accept]",
    no_task_offered="(No timer has offered to take you back, so there is nothing to accept.)",
    allowed="(Pore Coach may now set {what}, as if switched on in the Alexa app.)",
    denied="(Pore Coach may no longer set {what}, as if switched off in the Alexa app.)",
    which_permission="(Say which: /allow timers, /allow reminders, /deny timers, /deny reminders.)",
    time_passed="({amount} later: it is now {now}.)",
    how_long="(How long? For instance /advance 1d, /advance 2h or /advance 30m.)",
    unknown_command=(
        "(Commands: /end, /quit, /task [StartTonight], /accept, /decline, /allow and /deny"
        " timers or reminders, /advance 1d, /tap NAME with --screen.)"
    ),
    nothing_to_tap="(Nothing to tap: start the chat with --screen, and ask the skill something.)",
    routine_offer=(
        '(Alexa offers a routine: every night at {time}, "{action}". Say yes or no, or type'
        " /accept or /decline.)"
    ),
    no_routine_offer="(Alexa isn't offering a routine just now.)",
)

SPANISH = ChatLines(
    banner=(
        'Entrenador de Poros, chat local. Prueba: "pregúntale a entrenador de poros qué me toca '
        'hoy"\no "abre entrenador de poros". Escribe /end para dejar una sesión, /quit (o Ctrl-D) '
        "para salir.\nLos temporizadores y recordatorios suenan de verdad (--fast hace que un "
        "minuto dure un\nsegundo); /advance 1d (o 2h, 30m) adelanta el reloj. /allow timers, "
        "/deny reminders, ...:\nlos interruptores de permisos de la app de Alexa."
    ),
    device="(Dispositivo: {locale}, zona horaria {zone}.)",
    zone_kept="(La zona horaria guardada se queda: el almacén respondió {error}.)",
    session_ended="(sesión terminada)",
    no_session="(No hay ninguna sesión abierta: empieza con {open} o {ask}.)",
    session_over="(La sesión ha terminado: empieza con {open} o {ask}.)",
    open_phrase='"abre {name}"',
    ask_phrase='"pregúntale a {name} ..."',
    skill_name="Entrenador de Poros",
    permission_question="(Alexa pregunta) ¿Permites que {skill} ponga {what}? Di sí o no.",
    timers="temporizadores",
    reminders="recordatorios",
    card="(tarjeta) {title}: {content}",
    consent_card=(
        "(tarjeta) {skill} pide permiso para poner {what}. En el chat, {command} lo concede."
    ),
    reminder_went_off="(Echo) Recordatorio: {text}",
    timer_done="(Echo) Terminó el temporizador {label}.",
    task_offer="(Echo) {text}  [escribe /task para aceptar]",
    no_task_offered="(Ningún temporizador se ha ofrecido a llevarte de vuelta: no hay nada que "
    "aceptar.)",
    allowed="(Entrenador de Poros ya puede poner {what}, como si lo activaras en la app de Alexa.)",
    denied=(
        "(Entrenador de Poros ya no puede poner {what}, como si lo desactivaras en la app de "
        "Alexa.)"
    ),
    which_permission=("(Di cuál: /allow timers, /allow reminders, /deny timers, /deny reminders.)"),
    time_passed="({amount} después: ahora es {now}.)",
    how_long="(¿Cuánto tiempo? Por ejemplo /advance 1d, /advance 2h o /advance 30m.)",
    unknown_command=(
        "(Órdenes: /end, /quit, /task [StartTonight], /accept, /decline, /allow y /deny"
        " timers o reminders, /advance 1d, /tap NOMBRE con --screen.)"
    ),
    nothing_to_tap="(Nada que tocar: abre el chat con --screen y pregúntale algo a la skill.)",
    routine_offer=(
        '(Alexa ofrece una rutina: cada noche a las {time}, "{action}". Di sí o no, o escribe'
        " /accept o /decline.)"
    ),
    no_routine_offer="(Alexa no está ofreciendo ninguna rutina ahora.)",
)

BY_LANGUAGE = {"en": ENGLISH, "es": SPANISH}


def lines_for(locale: str) -> ChatLines:
    """The lines in the locale's language ("es-MX" -> Spanish); English for any other."""
    language = locale.replace("_", "-").split("-")[0].lower()
    return BY_LANGUAGE.get(language, ENGLISH)
