"""Everything the skill says in Spanish, written for US devices (es-US) in neutral Latin-American
Spanish, addressing the user as "tú". Short, one idea a breath, as in English.

What fills the placeholders, so the grammar holds (Spanish agrees in gender and number):
- {day} is a day word from DAY_WORDS: "esta noche", "mañana" or "el miércoles", article included,
  so phrases say "es {day}" or "desde {day}", never "de {day}" (de + el contracts to "del").
- {weekday}, {first} and {night} are bare WEEKDAYS; phrases add "el" or "del" themselves.
- {nights} is a listing of bare weekdays ("miércoles y sábado"), said without an article.
- {skin} is from SKIN_TYPES, an adjective that agrees with "piel" (feminine): "piel grasa".
- {time} and {before} are clock_time(), with its article ("las nueve de la noche"): "a {time}".
- {step} and {kind} are the bare step names ("sérum", "mascarilla"); phrases put "tu" or "de"
  before them, which needs no agreement.
- {name} in the timer phrases is the bare timer name ("toalla caliente").
- {length} and {a_length} are timer_length(): the count with its noun ("10 minutos", "un
  minuto"), so phrases say "de {a_length}", never "{minutes} minutos"; {span} and {left} are
  the same for a time ("un minuto", "menos de un minuto").

es-MX and es-ES can override a few phrases on top of this module (say, "zumo" for "jugo").
"""

from __future__ import annotations

from collections.abc import Iterable

PHRASES: dict[str, tuple[str, ...]] = {
    # Welcomes
    "welcome_new": (
        "Hola, soy Entrenador de Poros. Planeo tu rutina nocturna para los poros y te guío paso a "
        "paso. "
        "Primero, ¿cómo es tu piel: grasa, mixta, seca o sensible?",
    ),
    "welcome_back": ("Hola de nuevo.", "Hola otra vez.", "Qué gusto oírte."),
    "resume_question": ("Ibas en el paso {step} de la rutina de esta noche. ¿Seguimos desde ahí?",),
    # Tonight's plan
    "plan_unknown_skin": ("Esta noche toca tu sérum, {mask}. {ask_skin}",),
    "mask_tonight_clause": ("y además es noche de mascarilla de arcilla",),
    "mask_first_clause": ("y {day} es tu primera noche de mascarilla de arcilla",),
    "mask_next_clause": ("y {day} es tu próxima noche de mascarilla de arcilla",),
    "ask_skin": ("Para planear el resto, ¿cómo es tu piel: grasa, mixta, seca o sensible?",),
    "plan_mask_night": ("Esta noche toca mascarilla{day_of_month}: {items}.",),
    "plan_mask_moved": ("Tu mascarilla del {weekday} pasa a esta noche{day_of_month}: {items}.",),
    "plan_plain_night": (
        "Esta noche{day_of_month}: {items}.",
        "El plan de esta noche{day_of_month}: {items}.",
    ),
    "day_of_month": (", día {day} de tu mes",),
    "lotion_starts": ("La loción afinadora empieza esta noche, durante un mes.",),
    "lotion_off_month": ("Tu loción está en su mes de descanso.",),
    "program_complete": ("Terminaste tu mes. ¿Quieres seguir otro más?",),
    "program_renewed": (
        "Vamos por el segundo mes. Esta noche es el día uno.",
        "Otro mes, entonces. Esta noche es el día uno.",
    ),
    "program_not_renewed": (
        "De acuerdo, sin mes nuevo. Pregunta qué toca esta noche cuando quieras el plan.",
    ),
    "missed_mask_check": ("¿Pudiste ponerte la mascarilla del {weekday}?",),
    "offer_walk": ("¿Quieres que te guíe paso a paso?", "¿Te guío paso a paso?"),
    "night_done": ("Ya terminaste por esta noche.",),
    "night_taken_off": ("Esta noche te la tomas libre.",),
    "tomorrow_mask_night": ("Mañana toca mascarilla: {items}.",),
    "tomorrow_plain_night": ("Mañana: {items}.",),
    "night_off": ("De acuerdo, esta noche descansas.",),
    "no_mask_to_move": ("No hay mascarilla que mover, así que mañana sigue el plan.",),
    "okay": ("De acuerdo.",),
    "mask_moves_tomorrow": ("Tu mascarilla pasa a mañana.",),
    "mask_none_due_yet": (
        "No pasa nada: aún no te tocaba ninguna mascarilla, así que no hay nada que mover. "
        "Tu primera noche de mascarilla es {day}.",
    ),
    "mask_not_last_night": (
        "Anoche no tocaba mascarilla, así que no te perdiste nada. Tu próxima noche de mascarilla "
        "es {day}.",
    ),
    "mask_dropped": (
        "No puede moverse sin juntar dos mascarillas seguidas, así que esta semana se omite. "
        "Tu próxima noche de mascarilla es {day}.",
    ),
    "offer_walk_mask": ("¿Empezamos con el paso uno?",),
    "walk_declined": (
        "No hay problema. Di guíame paso a paso cuando quieras.",
        "De acuerdo. Que disfrutes tu noche.",
    ),
    # Items in a plan, joined by the speech module
    "item_mask": ("mascarilla de arcilla",),
    "item_lotion": ("loción afinadora",),
    "item_serum": ("sérum",),
    "item_moisturiser": ("crema hidratante",),
    "item_only_serum": ("solo tu sérum",),
    # Skin type
    "skin_set": ("Entendido, piel {skin}.",),
    "skin_set_first": ("Entendido, piel {skin}. Entonces, esta noche: {tonight}.",),
    "skin_changed": (
        "Entendido, piel {skin} de ahora en adelante.",
        "Listo, lo cambié a piel {skin}.",
    ),
    "skin_same": ("Eso ya lo tengo: piel {skin}.",),
    "skin_lotion_weekly": ("Tus noches de loción son {nights}.",),
    "skin_lotion_cycle": (
        "La loción afinadora va todas las noches durante un mes, y luego descansa un mes.",
    ),
    "skin_which": ("¿Cuál es: grasa, mixta, seca o sensible?",),
    "skin_how_to_tell": (
        "No hay problema. Si toda brilla al mediodía, es grasa; si solo brillan nariz y frente, "
        "mixta; si se siente tirante, seca; si arde o se enrojece fácil, sensible. "
        "¿Cuál se parece a la tuya?",
    ),
    "skin_suggest": (
        "Entonces empecemos con piel {skin}: es un punto medio seguro, y puedes cambiarlo cuando "
        "quieras. ¿Me quedo con piel {skin}?",
    ),
    "skin_help": (
        "Planeo tu rutina nocturna en cuanto sepa cómo es tu piel. Si tienes dudas, di no sé.",
    ),
    "skin_question": ("¿Cómo es tu piel: grasa, mixta, seca o sensible?",),
    "skin_is": ("Me dijiste que tu piel es {skin}.",),
    "skin_unknown": ("Todavía no lo sé. ¿Cómo es tu piel: grasa, mixta, seca o sensible?",),
    "tonight_serum_lotion_start": ("sérum, y la loción afinadora empieza esta noche, por un mes",),
    # Mask nights
    "mask_nights_are": ("Tus noches de mascarilla son {nights}.",),
    "next_mask_tonight": ("Esta noche toca mascarilla.", "Es esta noche."),
    "next_mask_tomorrow": ("Tu próxima noche de mascarilla es mañana.",),
    "next_mask_on": ("Tu próxima noche de mascarilla es {day}.",),
    "next_mask_moved": ("Esta noche, porque quedó pendiente la del {weekday}.",),
    "mask_nights_set": ("Listo. Ahora tus noches de mascarilla son {nights}.",),
    "mask_nights_lotion": ("Tus noches de loción pasan a ser {nights}.",),
    "mask_nights_consecutive": (
        "Entre mascarillas hace falta una noche de descanso, así que no puede ser {nights}. "
        "¿Qué dos noches prefieres?",
    ),
    "mask_nights_same": ("Necesito dos noches distintas. ¿Cuáles prefieres?",),
    "mask_nights_ask": ("¿Qué dos noches prefieres para tus mascarillas?",),
    "mask_nights_three": (
        "Dos noches de mascarilla por semana como mucho: la arcilla más a menudo reseca e irrita "
        "la piel. ¿Cuáles dos prefieres?",
    ),
    "mask_nights_help": (
        "La mascarilla va dos noches por semana, con al menos una noche libre entre ellas, como "
        "el lunes y el jueves. ¿Qué dos noches prefieres?",
    ),
    "mask_nights_unchanged": ("De acuerdo, tus noches de mascarilla siguen siendo {nights}.",),
    "mask_second_ask": (
        "¿Y tu segunda noche de mascarilla? No puede ser la noche antes ni la después del "
        "{first}, así que, ¿cuál prefieres?",
    ),
    "mask_second_question": ("¿Qué noche va con el {first}?",),
    "mask_second_consecutive": (
        "Entre mascarillas hace falta una noche de descanso, así que no puede ser {nights}. "
        "¿Qué noche va con el {first}?",
    ),
    "mask_second_same": ("Esa es la misma noche. ¿Qué noche va con el {first}?",),
    "mask_second_suggest": (
        "¿Qué tal el {night}? Son tres noches después del {first}, así tu piel descansa entre "
        "una y otra. ¿Lo dejo en el {night}?",
    ),
    "mask_second_help": (
        "La mascarilla va dos noches por semana, con al menos una noche libre entre ellas. "
        "¿Qué noche va con el {first}?",
    ),
    "is_mask_tonight": ("Sí, esta noche toca mascarilla: {items}.",),
    "is_mask_tonight_moved": ("Sí, tu mascarilla del {weekday} pasa a esta noche: {items}.",),
    "is_mask_tonight_done": ("Sí, y ya te pusiste la mascarilla de esta noche.",),
    "is_mask_tomorrow": ("Sí, mañana toca mascarilla.",),
    "is_mask_tomorrow_moved": ("Sí, tu mascarilla del {weekday} pasa a mañana.",),
    "is_mask_not": ("No, tu próxima noche de mascarilla es {day}.",),
    # The guided walk
    "step_intro": ("Paso {number}: {text}", "Paso {number}. {text}"),
    "step_last_intro": ("Último paso: {text}",),
    "step_prompt": ("Di siguiente cuando quieras.", "Di siguiente cuando termines."),
    "step_last_prompt": ("Di terminé cuando acabes.",),
    "step_reprompt": ("Di siguiente, repite o atrás.",),
    "walk_resume": ("Seguimos donde lo dejaste.", "Volvemos a donde íbamos."),
    "walk_restart": ("Desde el principio.",),
    "walk_first_step": ("Este es el primer paso.",),
    "walk_done": (
        "Listo por esta noche. Buen trabajo, nos vemos mañana.",
        "Todo listo por esta noche. Muy bien hecho.",
        "Eso es todo por esta noche. Que descanses.",
    ),
    "walk_already_done": ("Ya terminaste la rutina de esta noche. Hasta mañana en la noche.",),
    "walk_not_started": (
        "Todavía no empezamos los pasos de esta noche. ¿Quieres que te guíe paso a paso?",
    ),
    "walk_paused": (
        "De acuerdo, guardo tu lugar. Cuando quieras, pídele a Entrenador de Poros que continúe "
        "tu rutina.",
    ),
    "step_wash": ("Lávate la cara con un limpiador suave y sécala con toquecitos.",),
    "step_exfoliate": ("Exfolia con suavidad. Círculos pequeños, sin frotar fuerte.",),
    "step_hot_towel": (
        "Moja una toallita en agua caliente, exprímela y presiónala contra tu cara "
        "durante dos minutos. El calor abre los poros.",
    ),
    "step_hot_towel_sensitive": (
        "Presiona una toallita con agua tibia contra tu cara durante dos minutos, nunca caliente. "
        "Si esta noche tu piel está sensible, sáltate este paso.",
    ),
    "step_cool_splash": ("Échate agua fresca en la cara.",),
    "step_clay_mask": ("Aplica una capa fina de mascarilla de arcilla y déjala diez minutos.",),
    "step_cold_splash": ("Retira la mascarilla y termina echándote agua fría.",),
    "step_lotion": ("Pasa la loción afinadora por tu cara con un algodón.",),
    "step_serum": ("Extiende tu sérum para poros por toda la cara.",),
    "step_moisturise": ("Termina con tu crema hidratante.",),
    # Timers
    "timer_name_towel": ("toalla caliente",),
    "timer_name_mask": ("mascarilla",),
    "timer_label_towel": ("Toalla caliente",),
    "timer_label_mask": ("Mascarilla de arcilla",),
    "timer_started": (
        "Temporizador en marcha: {length} de {name}. Cuando termine, te digo qué sigue.",
    ),
    "timer_started_task": (
        "Temporizador en marcha: {length} de {name}. Cuando termine, puedo llevarte al "
        "siguiente paso.",
    ),
    "timer_done_announce": ("Se acabó el tiempo de {name}. Ahora: {next}",),
    "timer_done_task": ("Se acabó el tiempo de {name}. ¿Te llevo al siguiente paso?",),
    "timer_offer": ("¿Quieres un temporizador de {a_length}?",),
    "timer_offer_declined": ("De acuerdo. Di siguiente cuando termines.",),
    "timer_walk_goes_on": ("Di siguiente en {span}, cuando termines.",),
    "step_no": ("Tómate tu tiempo. Di siguiente cuando quieras.",),
    "timer_not_started": ("De acuerdo, sin temporizador.",),
    "timer_length_unclear": (
        "No entendí cuánto tiempo. El temporizador de {name} es de {minutes} minutos. ¿Te sirve?",
    ),
    "timer_already_running": ("Tu temporizador de {name} ya está en marcha y termina en {left}.",),
    "timer_left": (
        "Tu {name} termina en {left}, más o menos.",
        "En {left}, más o menos, termina tu {name}.",
    ),
    "timer_already_paused": (
        "Tu temporizador de {name} ya está en pausa, con {left} por delante.",
    ),
    "timer_which_cancel": (
        "Tienes dos temporizadores, toalla caliente y mascarilla. ¿Cuál: cancela el temporizador "
        "de toalla, o cancela el temporizador de mascarilla?",
    ),
    "timer_which_pause": (
        "Tienes dos temporizadores, toalla caliente y mascarilla. ¿Cuál: pausa el temporizador de "
        "toalla, o pausa el temporizador de mascarilla?",
    ),
    "timer_which_resume": (
        "Tienes dos temporizadores, toalla caliente y mascarilla. ¿Cuál: reanuda el temporizador "
        "de toalla, o reanuda el temporizador de mascarilla?",
    ),
    "timer_which_none": ("De acuerdo, dejé los dos temporizadores como estaban.",),
    "timer_another": (
        "Tu temporizador de {name} está en marcha y termina en {left}. Para otro temporizador, "
        "di: Alexa, pon un temporizador de {a_length}.",
    ),
    "timer_paused_left": ("Tu temporizador de {name} está en pausa, con {left} por delante.",),
    "timer_none": ("No tienes ningún temporizador de {name} en marcha.",),
    "timer_paused": ("Pausé tu temporizador de {name}.",),
    "timer_resumed": ("Tu temporizador de {name} vuelve a correr.",),
    "timer_cancelled": ("Cancelé tu temporizador de {name}.",),
    "timer_too_long_towel": (
        "El temporizador más largo que pongo es de {minutes} minutos. ¿Lo pongo de {minutes}?",
    ),
    "timer_too_long_mask": (
        "Si la dejas mucho más, la mascarilla reseca la piel, así que lo máximo que pongo son "
        "{minutes} minutos. ¿Quieres {minutes} minutos?",
    ),
    "timer_rounded": ("Pongo los temporizadores en minutos enteros, así que lo redondeé.",),
    "timer_too_short": ("El temporizador más corto que pongo es de {minutes} minuto. ¿Te sirve?",),
    "timer_permission_intro": (
        "Para poner temporizadores, Entrenador de Poros necesita tu permiso.",
    ),
    "timer_fallback": (
        "No hay problema. Igual puedes pedirle a Alexa un temporizador normal. Di: "
        "Alexa, pon un temporizador de {a_length} llamado {label}.",
    ),
    "timer_card_sent": ("Te dejé una tarjeta en la app de Alexa por si cambias de opinión.",),
    "timers_off": (
        "Los temporizadores están desactivados para Entrenador de Poros; puedes permitirlos en la "
        "app de "
        "Alexa.",
    ),
    "timer_plain_tip": ("O di: Alexa, pon un temporizador de {a_length} llamado {label}.",),
    "reminders_off": (
        "Los recordatorios están desactivados para Entrenador de Poros; puedes permitirlos en la "
        "app de "
        "Alexa.",
    ),
    "reminder_plain_tip": ("O pídele a Alexa que te lo recuerde {when}.",),
    "reminder_plain_tip_untimed": ("O pídele a la propia Alexa que te lo recuerde cada noche.",),
    "timer_error_bad_request": ("Alexa no pudo poner ese temporizador.",),
    "timer_error_not_found": ("Alexa no encontró ese temporizador. Inténtalo de nuevo.",),
    "timer_error_not_supported": (
        "Lo siento, los temporizadores de skills no funcionan en este dispositivo.",
    ),
    "timer_error_throttled": (
        "Alexa está ocupada con temporizadores ahora mismo. Inténtalo en un minuto.",
    ),
    "timer_error_device_offline": (
        "Parece que tu dispositivo no tiene conexión, así que no pude poner el temporizador.",
    ),
    "timer_error_failed": (
        "El servicio de temporizadores no respondió. Inténtalo de nuevo en un momento.",
    ),
    "timer_error_no_permission": (
        "Entrenador de Poros ya no tiene permiso para usar temporizadores. Puedes volver a "
        "activarlo en la "
        "app de Alexa.",
    ),
    "minute": ("un minuto",),
    "minutes": ("{count} minutos",),
    "under_a_minute": ("menos de un minuto",),
    "resume_after_timer": ("Hola de nuevo.", "Se acabó el tiempo."),
    # Reminders
    "reminder_text_plain": (
        "Es hora de tu rutina para los poros. Pregúntale a Entrenador de Poros qué toca esta "
        "noche.",
    ),
    "reminder_text_mask": (
        "Esta noche toca mascarilla de arcilla. Pídele a Entrenador de Poros que te guíe paso a "
        "paso.",
    ),
    "reminder_confirm_nightly": (
        "Te aviso a {time} todas las noches{starting}, y en las de mascarilla te lo digo. "
        "¿Lo programo?",
    ),
    "reminder_confirm_nightly_over_mask": (
        "Te aviso a {time} todas las noches{starting}; el de las noches de mascarilla pasa de "
        "{before} a esa misma hora. ¿Lo programo?",
    ),
    "reminder_confirm_mask": (
        "Te aviso a {time} en tus noches de mascarilla{starting}. ¿Lo programo?",
    ),
    "reminder_starting": (", desde {day}",),
    "reminder_ask_time": ("¿A qué hora te lo recuerdo? ¿A las nueve de la noche, por ejemplo?",),
    "reminder_time_help": (
        "Pongo un recordatorio de Alexa para tu rutina a la hora de la noche que elijas.",
    ),
    "reminder_not_evening": (
        "Tu rutina es de noche, así que elige una hora de la noche, como las nueve. ¿A qué hora?",
    ),
    "reminder_taken_as_evening": ("Lo tomo como hora de la noche, para tu rutina nocturna.",),
    "reminder_set": ("Listo. Oirás el primero {when}.",),
    "reminder_declined": ("De acuerdo, dejé tus recordatorios como estaban.",),
    "reminder_stopped": ("De acuerdo, ningún recordatorio nuevo. Los tuyos siguen como estaban.",),
    "reminder_question_help": (
        "Programo los recordatorios con Alexa. Di sí, no u otra hora, como mejor a las diez.",
    ),
    "reminder_question_unclear": ("Di sí, no u otra hora, como mejor a las diez.",),
    "reminders_none": (
        "No tienes recordatorios. Pídele a Entrenador de Poros que te lo recuerde todas las "
        "noches a las "
        "nueve.",
    ),
    "reminders_nightly": ("Uno todas las noches a {time}.",),
    "reminders_split": ("Las noches de mascarilla a {mask}, y las demás noches a {plain}.",),
    "reminders_mask_only": ("Uno en las noches de mascarilla, a {time}.",),
    "reminders_plain_only": ("Uno en las noches sin mascarilla, a {time}.",),
    "reminders_cancelled": ("Listo. Cancelé tus recordatorios.",),
    "reminders_mask_back": (
        "Listo. Las noches de mascarilla vuelven a tu recordatorio de {time}.",
    ),
    "reminders_mask_none": ("Listo. Las noches de mascarilla ya no tienen recordatorio.",),
    "reminders_mask_none_others_kept": (
        "Listo. Las noches de mascarilla ya no tienen recordatorio; las demás conservan el suyo a "
        "{time}.",
    ),
    "reminders_no_mask_one": (
        "No tienes recordatorio para las noches de mascarilla. Las demás noches tienen uno a "
        "{time}.",
    ),
    "reminders_unchecked": (
        "Los recordatorios están desactivados para Entrenador de Poros, así que no puedo revisar "
        "los que "
        "programé. Para activarlos, abre Entrenador de Poros en las skills de la app de Alexa y "
        "permite "
        "los recordatorios.",
    ),
    "reminders_forgotten": (
        "Los recordatorios están desactivados para Entrenador de Poros, así que no puedo "
        "borrarlos. Aquí "
        "ya los quité; elimina los que queden en la lista de recordatorios de la app de Alexa.",
    ),
    "reminders_mask_forgotten": (
        "Los recordatorios están desactivados para Entrenador de Poros, así que no puedo borrar "
        "el de las "
        "noches de mascarilla. Aquí ya lo quité; si sigue ahí, elimínalo en la app de Alexa.",
    ),
    "reminders_follow": ("Tus recordatorios se movieron con ellas.",),
    "reminders_follow_failed": (
        "No pude mover tus recordatorios ahora; pídeme que los programe de nuevo más tarde.",
    ),
    "reminder_permission_intro": (
        "Para programar recordatorios, Entrenador de Poros necesita tu permiso.",
    ),
    "reminder_fallback": (
        "No hay problema. Igual puedes pedirle a Alexa que te lo recuerde {when}.",
    ),
    "reminder_when_nightly": ("todas las noches a {time}",),
    "reminder_when_mask": ("cada {nights} a {time}",),
    "reminder_error_bad_request": ("Alexa no pudo programar ese recordatorio.",),
    "reminder_error_not_found": ("Alexa no encontró ese recordatorio. Inténtalo de nuevo.",),
    "reminders_none_to_cancel": ("No tienes recordatorios de Entrenador de Poros.",),
    "reminder_no_zone": (
        "No pude obtener la zona horaria de tu dispositivo, así que no puedo programar un "
        "recordatorio. Inténtalo de nuevo en un minuto.",
    ),
    "reminder_error_not_supported": (
        "Lo siento, los recordatorios de skills no funcionan en este dispositivo.",
    ),
    "reminder_error_throttled": (
        "Alexa está ocupada ahora mismo. Intenta el recordatorio de nuevo en un minuto.",
    ),
    "reminder_error_device_offline": (
        "Parece que tu dispositivo no tiene conexión. Inténtalo más tarde.",
    ),
    "reminder_error_failed": (
        "El servicio de recordatorios no respondió. Inténtalo de nuevo en un momento.",
    ),
    "reminder_error_no_permission": (
        "Entrenador de Poros ya no tiene permiso para programar recordatorios. Puedes volver a "
        "activarlo "
        "en la app de Alexa.",
    ),
    "on_weekday": ("el {weekday} a {time}",),
    "tonight_at": ("esta noche a {time}",),
    "tomorrow_at": ("mañana a {time}",),
    # Product suggestions
    "suggest_most_for_skin": (
        "Para piel {skin}, lo que más ayuda es una loción afinadora: {product}.",
    ),
    "suggest_gentlest_daily": (
        "Para piel {skin}, empieza con un sérum suave para cada noche: {product}.",
    ),
    "suggest_fits_tonight": ("Para tu {step} de esta noche: {product}.",),
    "suggest_every_night": ("El sérum es el paso de todas las noches: {product}.",),
    "suggest_fits_skin": ("Para piel {skin}, prueba {product}.",),
    "suggest_plain": ("Prueba {product}.", "¿Qué tal {product}?"),
    "suggest_under_budget": ("Por menos de {budget}: {product}.",),
    "suggest_up_to_budget": ("Hasta {budget}: {product}.",),
    "suggest_cheaper": ("Una opción más barata: {product}.",),
    "suggest_cheaper_again": ("Más barato, solo el que ya te dije: {product}.",),
    "suggest_cheaper_kind": ("Algo más barato, pero en {kind}: {product}.",),
    "suggest_home_made": ("Puedes hacer una mascarilla de arcilla en casa por casi nada.",),
    "suggest_home_made_within_budget": (
        "Nada de lo que se compra entra en eso, pero una mascarilla de arcilla casera cuesta "
        "casi nada.",
    ),
    "suggest_all_suggested": ("Esas son todas las opciones que conozco.",),
    "suggest_nothing_under_budget": ("No conozco nada por menos de {budget}.",),
    "suggest_all_under_budget": ("Esas son todas las opciones que conozco por menos de {budget}.",),
    "suggest_nothing_up_to_budget": ("No conozco nada de {budget} o menos.",),
    "suggest_all_up_to_budget": ("Esas son todas las opciones que conozco de {budget} o menos.",),
    "suggest_nothing_cheaper": ("Esa es la opción más barata que conozco.",),
    "suggest_nothing_cheaper_for_skin": (
        "Esa es la opción más barata que conozco para piel {skin}.",
    ),
    # Un presupuesto en libras, euros, rupias o pesos: los precios del artículo son dólares
    # estadounidenses, y no inventamos un tipo de cambio.
    "prices_in_us_dollars": ("Solo conozco los precios en dólares estadounidenses.",),
    "product_named": ("{name}, {price}",),
    "patch_test": (
        "Haz primero una prueba en una zona pequeña.",
        "Antes, haz una prueba en un poquito de piel.",
    ),
    "offer_cheaper": ("¿Quieres una opción más barata?",),
    "offer_another": ("¿Quieres otra opción?",),
    "offer_recipe": ("¿Quieres la receta?",),
    "step_name_serum": ("sérum",),
    "step_name_clay_mask": ("mascarilla",),
    "step_name_lotion": ("loción",),
    "recipe": (
        "Mezcla {clay_amount} de arcilla de farmacia, de cualquier color, con {liquid_amount} de "
        "{liquid}. Déjala {minutes} minutos. {alternatives} también sirven. Pruébala antes en una "
        "zona pequeña.",
    ),
    "owned_recorded": ("Entendido. Mencionaré tu {product} en el paso de {step}.",),
    "owned_unknown": (
        "Ese todavía no lo conozco, así que los pasos seguirán siendo generales. "
        "Conozco los sérums, mascarillas y lociones del artículo.",
    ),
    "owned_swap": ("Ahora usas tu {current}. ¿Quieres cambiar a {new}?",),
    "owned_swap_help": ("En la guía menciono tu propio producto, uno por paso.",),
    "owned_kept": ("De acuerdo, te quedas con tu {current}.",),
    "owned_unchanged": ("De acuerdo, no cambié tus productos.",),
    "owned_already": ("Eso ya lo tenía: tu {current}.",),
    # En pantalla: etiquetas cortas, con las palabras de la voz.
    "screen_mask_night": ("Noche de mascarilla",),
    "screen_plain_night": ("Rutina de esta noche",),
    "screen_day_of": ("Día {day} de {days}",),
    "screen_next_mask": ("Próxima mascarilla: {day}",),
    "screen_step_of": ("Paso {step} de {steps}",),
    "screen_step_wash": ("Limpieza",),
    "screen_step_exfoliate": ("Exfoliación",),
    "screen_step_hot_towel": ("Toalla caliente",),
    "screen_step_cool_splash": ("Agua fresca",),
    "screen_step_clay_mask": ("Mascarilla de arcilla",),
    "screen_step_cold_splash": ("Agua fría",),
    "screen_step_lotion": ("Loción afinadora",),
    "screen_step_serum": ("Sérum",),
    "screen_step_moisturise": ("Crema hidratante",),
    "screen_button_tonight": ("¿Qué me toca esta noche?",),
    "screen_button_walk": ("Guíame paso a paso",),
    "screen_button_next": ("Siguiente",),
    "screen_button_back": ("Atrás",),
    "screen_button_repeat": ("Repetir",),
    "screen_button_help": ("Ayuda",),
    "screen_button_maskTimer": ("Temporizador de mascarilla",),
    "screen_button_towelTimer": ("Temporizador de toalla",),
    "screen_button_cheaper": ("Más barato",),
    "screen_button_another": ("Otra opción",),
    "screen_walk_done": ("Listo por esta noche.",),
    "screen_button_recipe": ("La receta",),
    "screen_timer_title": ("Temporizador: {step}",),
    "screen_timer_length": ("{minutes} min",),
    "screen_timer_then": ("Después: {step}",),
    "screen_product_title": ("Una sugerencia",),
    "screen_recipe_title": ("Mascarilla de arcilla casera",),
    "screen_help_title": ("Puedes decir",),
    "screen_help_hints": (
        "Temporizador de mascarilla|Recomiéndame una mascarilla|¿Qué me toca mañana?"
        "|Recuérdame cada noche a las nueve",
    ),
    "touch_stale": ("Ese botón es de una pantalla anterior.",),
    # El mes.
    "progress_not_started": ("Tu mes empieza cuando sepa tu tipo de piel.",),
    "progress_day": ("Día {day} de {days}.",),
    "progress_month_done": ("Tu mes está completo.",),
    "progress_week_none": ("Semana nueva: esta noche cuenta.",),
    "progress_week_one": ("Una noche hecha esta semana.",),
    "progress_week": ("{week} noches hechas esta semana.",),
    "progress_recent": ("{recent} de las últimas diez noches.",),
    "progress_recent_all": ("Las últimas diez noches, todas.",),
    "progress_streak": ("Llevas una racha de {streak} noches.",),
    "progress_eased": ("Vamos con suavidad hasta {day}.",),
    "progress_lotion_day": ("Día {day} de tu mes de loción.",),
    "progress_lotion_off": ("La loción está en su mes de descanso; vuelve en {nights} noches.",),
    "progress_next_mask": ("Próxima mascarilla: {day}.",),
    "milestone_first_night": ("Tu primera noche, hecha.",),
    "milestone_seven_nights": ("Siete noches hechas: el hábito va tomando forma.",),
    "milestone_day_14": ("Dos semanas: vas por la mitad del mes.",),
    "milestone_month_done": ("Completaste tu mes, muy bien.",),
    "done_tonight": ("Muy bien, esta noche cuenta.",),
    "done_last_night": ("Entendido, anoche cuenta.",),
    "done_already_counted": ("Esa noche ya estaba contada.",),
    "safety_sunscreen": (
        "Consejo general: usa protector solar mañana por la mañana, porque la loción exfolia.",
    ),
    "safety_towel": ("Caliente, pero nunca tanto que arda.",),
    "irritation": (
        "Siento que te moleste. Esto no es consejo médico: si dura o es fuerte, consulta a un "
        "dermatólogo. Siete noches iré con suavidad: {lotion}, y sin mascarilla dos noches.",
    ),
    "irritation_again": (
        "Siento que haya vuelto. Como es la segunda vez este mes, consulta antes a un "
        "dermatólogo. Dos semanas iré con suavidad: {lotion}, y sin mascarilla dos noches.",
    ),
    "eased_lotion_every_other": ("la loción una noche sí y otra no",),
    "eased_lotion_weekly": ("la loción solo una vez por semana",),
    "eased_no_lotion": ("sin loción",),
    "eased_over": ("Terminaron tus noches suaves, así que vuelve el plan de siempre.",),
    "skin_calm_back": ("Me alegro. Desde esta noche vuelve el plan de siempre.",),
    "skin_calm_glad": ("Me alegro.",),
    "check_in_prompt": ("¿Cómo ves tu piel: mejor, igual o peor?",),
    "check_in_which": ("¿Mejor, igual o peor?",),
    "check_in_help": ("Así sé si seguimos igual o vamos con más suavidad.",),
    "check_in_later": ("No pasa nada, te pregunto mañana.",),
    "check_in_never_mind": ("No pasa nada.",),
    "check_in_good": ("Bien. Sigue así.",),
    "check_in_same": ("Es normal: los poros llevan su tiempo. Sigue así.",),
    "check_in_lotion_break": (
        "El mes de descanso de la loción empieza {day}, y vuelve un mes después.",
    ),
    "check_in_worse": ("Gracias por contármelo.",),
    # La rutina de la noche.
    "routine_offer": (
        "Llevas tres noches hacia {time}. Alexa puede abrirme a esa hora cada noche, como una "
        "rutina.",
    ),
    "routine_offer_asked": ("Alexa puede abrirme a {time} cada noche, como una rutina.",),
    "routine_offer_reminder_stays": (
        "Tu recordatorio de cada noche sigue, a menos que digas deja de recordarme.",
    ),
    "routine_action": ("Empezar la rutina de poros de esta noche",),
    "routine_already": (
        "Ya estoy en tu rutina de la noche. Para cambiarla, abre Rutinas en la app de Alexa.",
    ),
    "routine_how_to": (
        "En la app de Alexa, abre Más, luego Rutinas, y toca el signo más. Elige cuándo se "
        "activa, luego Agregar acción, Skills, Tus skills, Entrenador de Poros y Empezar la "
        "rutina de poros de esta noche. Guárdala y te diré el plan de esta noche.",
    ),
    "routine_accepted": ("Gracias. Nos vemos entonces.",),
    "routine_no_zone": (
        "No pude obtener la zona horaria de tu dispositivo, así que no puedo fijar la hora de una "
        "rutina. Inténtalo de nuevo en un minuto.",
    ),
    "routine_declined": ("No pasa nada.",),
    "screen_progress_title": ("Tu mes",),
    "product_short": ("{step} {brand}",),
    "disowned": ("De acuerdo, quito tu {product}. El paso de {step} queda en general.",),
    "disowned_not_owned": ("No tenía anotado {product} en tu rutina, así que no cambio nada.",),
    "price_of": ("{product} cuesta {price}, según el artículo.",),
    "price_unknown": (
        "Solo conozco los precios de los sérums, mascarillas y lociones del artículo.",
    ),
    # Only the home-made mask has no brand, so its article is known.
    "product_the": ("la {name}",),
    "owned_list": ("Usas {products}.",),
    "owned_none": (
        "Todavía no me dijiste qué usas. Dile a Entrenador de Poros, por ejemplo: compré la "
        "mascarilla "
        "Kiehl's.",
    ),
    "step_serum_owned": ("Extiende tu {product} por toda la cara.",),
    "step_clay_mask_owned": ("Aplica una capa fina de tu {product} y déjala diez minutos.",),
    "step_lotion_owned": ("Pasa tu {product} por la cara con un algodón.",),
    "card_price": ("Unos US${price}.",),
    # Forget me
    "forget_confirm": (
        "Eso borra tu rutina, los productos que me contaste y tus recordatorios de Entrenador de "
        "Poros. "
        "¿Sigo adelante?",
    ),
    "forget_confirm_household": (
        "Eso borra las rutinas y productos de Entrenador de Poros de todas las personas de esta "
        "cuenta, y "
        "sus recordatorios. ¿Sigo adelante?",
    ),
    "forget_question": ("¿Borro todo lo que Entrenador de Poros guarda sobre ti?",),
    "forget_question_household": (
        "¿Borro todo lo que Entrenador de Poros guarda para esta cuenta?",
    ),
    "forget_done": (
        "Listo. Borré todo lo que Entrenador de Poros guardaba sobre ti, y los recordatorios.",
    ),
    "forget_done_reminders_left": (
        "Listo: borré tu rutina y tus productos. No pude quitar tus recordatorios, así que "
        "bórralos en la app de Alexa, por favor.",
    ),
    "forget_kept": ("De acuerdo, no borré nada.",),
    # Questions about the routine
    "question_pores": (
        "No del todo: su tamaño es genético y no se pueden cerrar. Pero sí puedes hacer que se "
        "vean más pequeños: sérum cada noche, mascarilla de arcilla dos veces por semana y "
        "loción afinadora.",
    ),
    "question_mask_time": (
        "{minutes} minutos, y luego enjuágala con agua fría. Si la dejas mucho más, la arcilla "
        "reseca la piel.",
    ),
    "question_mask_frequency": (
        "Dos veces por semana como mucho, nunca dos noches seguidas: la arcilla más a menudo "
        "reseca e irrita la piel. Tus noches de mascarilla son {nights}.",
    ),
    "question_lotion_cycle": (
        "Con piel {skin}, todas las noches durante un mes, luego un mes de descanso, y vuelta a "
        "empezar.",
    ),
    "question_lotion_on_month": ("Ahora estás en un mes de uso.",),
    "question_lotion_off_month": ("Ahora estás en el mes de descanso.",),
    "question_lotion_after_masks": (
        "Con piel {skin}, {count} noches por semana: la noche después de cada mascarilla, o sea "
        "{nights}.",
    ),
    "question_lotion_beyond_masks": (
        "Con piel {skin}, {count} noches por semana: la noche después de cada mascarilla, y una "
        "más. Las tuyas son {nights}.",
    ),
    "question_lotion_unknown_skin": (
        "Depende de tu piel. ¿Cómo es: grasa, mixta, seca o sensible?",
    ),
    "question_serum": (
        "Todas las noches. Es el único paso que va en cada rutina, con o sin mascarilla.",
    ),
    "question_results": ("Sigue la rutina más o menos un mes y deberías notar la diferencia.",),
    "question_results_day": ("Esta noche es el día {day} de {days}.",),
    "question_clay": (
        "Cualquier arcilla sirve: {colours}. Lo más fácil es una mascarilla de arcilla ya hecha, "
        "o mezclar arcilla de farmacia con {liquid}.",
    ),
    "question_towel_sensitive": (
        "El calor suaviza la piel y abre los poros. Para piel sensible, tibia durante {minutes} "
        "minutos, nunca caliente, y sáltatela una noche en que la notes delicada.",
    ),
    "question_patch_test": (
        "Antes de un producto nuevo, ponte un poco en la cara interna del brazo y espera un día. "
        "Si arde, se enrojece o pica, no lo uses.",
    ),
    "question_sunscreen": (
        "Consejo general: después de una noche de loción, usa protector solar por la mañana, "
        "porque la loción exfolia y deja la piel más sensible al sol.",
    ),
    "question_towel": (
        "Caliente, pero sin quemar: que se sienta agradable en la piel. Presiónala {minutes} "
        "minutos para abrir los poros y luego échate agua fresca.",
    ),
    "question_topics": (
        "Pregúntame cuánto tiempo va la mascarilla, cada cuánto usar cada producto, qué arcilla, "
        "qué tan caliente va la toalla, si los poros se encogen o cuándo se notan los resultados. "
        "¿Qué quieres saber?",
    ),
    "question_topics_reprompt": ("¿Qué quieres saber?",),
    "offer_plan": ("¿Quieres el plan de esta noche?",),
    # Built-ins and errors
    "help": (
        "Planeo tu rutina nocturna para los poros y te guío paso a paso, con temporizadores. "
        "Pregunta qué toca esta noche, di recuérdame todas las noches a las nueve, o pide un "
        "producto. ¿Qué quieres hacer?",
    ),
    "off_topic": ("Perdón, con eso no puedo ayudarte.",),
    "anything_else": ("¿Algo más?",),
    "what_would_you_like": ("¿Qué quieres hacer?",),
    "help_timer_step": (
        "Di sí y lo cronometro, no para seguir sin él, o siguiente, repite o atrás.",
    ),
    "help_timer_offer": ("Di sí y lo pongo, o no si prefieres que no.",),
    "not_an_answer": ("Perdón, no te entendí.",),
    "help_about": (
        "Planeo tu rutina nocturna para los poros y te guío paso a paso. Puedes preguntar qué "
        "toca esta noche.",
    ),
    "help_walk": (
        "Vamos en el paso {step} de esta noche. Di siguiente para avanzar, repite para oírlo otra "
        "vez, o atrás. ¿Qué quieres hacer?",
    ),
    "fallback": (
        "Perdón, con eso no puedo ayudarte. Puedes preguntar qué toca esta noche, "
        "o decir guíame paso a paso. ¿Qué quieres hacer?",
    ),
    "fallback_walk": ("No te entendí. Di siguiente, repite o atrás.",),
    "goodbye": ("Buenas noches.", "De acuerdo. Buenas noches.", "Que disfrutes tu noche."),
    "nothing_to_repeat": ("Todavía no he dicho nada. ¿Qué quieres hacer?",),
    "unhandled_yes_no": (
        "Perdón, no sé a qué le dices sí o no. Puedes preguntar qué toca esta noche. "
        "¿Qué quieres hacer?",
    ),
    "store_unavailable": (
        "Perdón, ahora no puedo acceder a tu rutina. Inténtalo de nuevo en un minuto.",
    ),
    "request_rejected": ("Perdón, no pude atender esa solicitud.",),
    "error": ("Perdón, algo falló de mi lado. Inténtalo de nuevo en un momento.",),
}

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

# "{day}" in the phrases: "Tu próxima noche de mascarilla es el miércoles".
DAY_WORDS = {"tonight": "esta noche", "tomorrow": "mañana", "weekday": "el {weekday}"}
# Words that join the last item of a listing; "y luego" for steps one after another.
JOINERS = {"and": "y", "or": "o", "then": "y luego"}
# Adjectives after "piel", which is feminine: "piel grasa".
SKIN_TYPES = {
    "oily": "grasa",
    "thick": "gruesa",
    "combination": "mixta",
    "normal": "normal",
    "dry": "seca",
    "sensitive": "sensible",
}

_UNITS = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "diez", "once", "doce", "trece", "catorce", "quince",
    "dieciséis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
    "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
)  # fmt: skip
_TENS = (
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
)  # fmt: skip
_HUNDREDS = (
    "", "ciento", "doscientos", "trescientos", "cuatrocientos",
    "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
)  # fmt: skip
LARGEST_NUMBER = 9999
# Steps are counted, not ranked: "paso tres".
ORDINALS = _UNITS[1:11]


def _under_hundred(number: int) -> str:
    # Up to 29 Spanish writes one word ("veintitrés"); from 31, "treinta y uno".
    if number < 30:
        return _UNITS[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]} y {_UNITS[ones]}"


def _under_thousand(number: int) -> str:
    if number == 100:
        return "cien"  # but "ciento uno": "cien" is a hundred exactly
    hundreds, tail = divmod(number, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if tail or not parts:
        parts.append(_under_hundred(tail))
    return " ".join(parts)


def number_words(number: int) -> str:
    """0 to 9999 in words: 21 -> "veintiuno", 140 -> "ciento cuarenta", 1000 -> "mil"."""
    if not 0 <= number <= LARGEST_NUMBER:
        raise ValueError(f"no words for {number}")
    thousands, rest = divmod(number, 1000)
    if not thousands:
        return _under_thousand(rest)
    # "mil", not "uno mil"; two thousand up is "dos mil".
    lead = "mil" if thousands == 1 else f"{_UNITS[thousands]} mil"
    return f"{lead} {_under_thousand(rest)}" if rest else lead


def _before_masculine_noun(words: str) -> str:
    """Before a masculine noun "uno" drops its ending: "veintiún dólares", "un dólar"."""
    if words.endswith("veintiuno"):
        return f"{words.removesuffix('veintiuno')}veintiún"
    if words == "uno" or words.endswith(" uno"):
        return f"{words.removesuffix('uno')}un"
    return words


# "Estadounidenses" always: the article's prices are US dollars, and Spanish speakers know
# other dollars (and pesos written with the same sign).
CURRENCY = ("dólar estadounidense", "dólares estadounidenses")


def spoken_dollars(amount_usd: int, currency: tuple[str, str] = CURRENCY) -> str:
    """An amount as said: "cero dólares estadounidenses", "un dólar estadounidense"."""
    amount = _before_masculine_noun(number_words(amount_usd))
    return f"{amount} {currency[0] if amount_usd == 1 else currency[1]}"


def spoken_price(price_usd: int, currency: tuple[str, str] = CURRENCY) -> str:
    """Say "unos cuarenta dólares estadounidenses": "unos", as prices may have moved since."""
    if price_usd < 1:
        raise ValueError(f"a price to speak is at least one dollar, not {price_usd}")
    # "unos" cannot go before "un dólar"; "alrededor de" says the same there.
    about = "alrededor de" if price_usd == 1 else "unos"
    return f"{about} {spoken_dollars(price_usd, currency)}"


def _day_part(hour: int) -> str:
    if 1 <= hour < 6:
        return "de la madrugada"
    if 6 <= hour < 12:
        return "de la mañana"
    if 12 <= hour < 19:
        return "de la tarde"
    return "de la noche"


def clock_time(hour: int, minute: int) -> str:
    """How a time is said: 21:00 -> "las nueve de la noche", 7:15 -> "las siete y cuarto de la
    mañana", 0:00 -> "medianoche". The article comes with it, so phrases say "a {time}"."""
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"no such time {hour}:{minute:02d}")
    if minute == 0 and hour in (0, 12):
        return "medianoche" if hour == 0 else "mediodía"
    on_the_dial = hour % 12 or 12
    hour_words = "la una" if on_the_dial == 1 else f"las {number_words(on_the_dial)}"
    # A quarter and a half have their words; other minutes are counted ("y cuarenta").
    minute_words = {0: "", 15: " y cuarto", 30: " y media"}.get(
        minute, f" y {number_words(minute)}"
    )
    return f"{hour_words}{minute_words} {_day_part(hour)}"


def _joiner_before(joiner: str, word: str) -> str:
    """Spanish says "e" for "y" before an "i" sound ("e hidratante", but "y hielo"), and "u" for
    "o" before an "o" sound ("u otra")."""
    sound = word.lower().removeprefix("h")
    if joiner == "y" and sound[:1] in ("i", "í") and sound[1:2] not in ("a", "e", "o", "u"):
        return "e"
    if joiner == "o" and sound[:1] in ("o", "ó"):
        return "u"
    return joiner


def timer_length(minutes: int, article: bool) -> str:
    """ "10 minutos", "un minuto": the phrases say "un temporizador de" themselves, so the
    article English needs ("an 8-minute") has no place here."""
    return "un minuto" if minutes == 1 else f"{minutes} minutos"


def listing(items: Iterable[str], last_joiner: str = "y") -> str:
    """Items as said, "a, b y c": Spanish puts no comma before the last joiner."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    joiner = _joiner_before(last_joiner, items[-1])
    return f"{', '.join(items[:-1])} {joiner} {items[-1]}"


# The catalogue's words in Spanish, by product id; brands and product names stay as they are.
PRODUCTS: dict[str, dict[str, str]] = {
    "perricone-md-intensive-pore-minimizer": {
        "reason": "Es una fórmula intensiva, así que la dejaríamos para piel que no sea seca ni "
        "sensible.",
    },
    "murad-t-zone-pore-refining-gel": {
        "reason": "Es un gel ligero pensado para la zona T grasa, así que lo recomendamos para "
        "piel grasa y mixta.",
    },
    "clinique-pore-refining-solutions-correcting-serum": {
        "reason": "Es un sérum corrector suave; creemos que le va a cualquier tipo de piel, "
        "también a la sensible.",
    },
    "kiehls-rare-earth-pore-cleansing-mask": {
        "reason": "Es la mascarilla más económica, una arcilla de limpieza profunda que "
        "dejaríamos para piel de normal a grasa.",
    },
    "dr-hauschka-cleansing-clay-mask": {
        "reason": "Es una mascarilla de arcilla limpiadora que, creemos, es lo bastante suave "
        "para cualquier tipo de piel.",
    },
    "mila-moursi-refining-lotion": {
        "reason": "Es un lujo de la esteticista detrás de esta rutina; la dejaríamos para piel "
        "que no sea seca ni sensible.",
    },
    "la-prairie-cellular-refining-lotion": {
        "reason": "Es una loción que rinde mucho y que creemos lo bastante suave para empezar "
        "dos veces por semana en piel seca o sensible.",
    },
    "home-made-clay-mask": {
        "name": "Mascarilla de arcilla casera",
        "spoken_name": "mascarilla de arcilla casera",
        "reason": "La arcilla de farmacia y el agua de azahar cuestan casi nada, y sabes lo que "
        "lleva.",
    },
}

# Amounts as they are said in a kitchen; the alternatives carry their article because the
# recipe phrase opens a sentence with them ("El jugo de aloe vera u otra agua floral...").
HOME_MADE_RECIPE: dict[str, str | tuple[str, ...]] = {
    "clay": "arcilla de farmacia",
    "clay_colours": ("blanca", "roja", "verde"),
    "clay_amount": "un cuarto de taza",
    "liquid": "agua de azahar",
    "liquid_amount": "un cuarto de taza",
    "alternatives": ("el jugo de aloe vera", "otra agua floral"),
}
