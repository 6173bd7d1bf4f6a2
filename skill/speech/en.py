"""Everything Pore Coach says in English, as the English-speaking countries share it: British
spellings, prices in "US dollars". Each country's module overrides what is its own: en_US.py its
"dollars", washcloth and US spellings, en_GB.py its flannel, and so on. Written for the ear:
short, one idea a breath.

A tuple holds variants for phrases a returning user hears often; one is picked per turn.
"""

from __future__ import annotations

from collections.abc import Iterable

PHRASES: dict[str, tuple[str, ...]] = {
    # Welcomes
    "welcome_new": (
        "Welcome to Pore Coach. I'll plan your nightly pore routine and walk you through it. "
        "First, what's your skin like: oily, combination, dry or sensitive?",
    ),
    "welcome_back": ("Welcome back.", "Hi again.", "Good to hear from you."),
    "resume_question": ("You were on step {step} of tonight's routine. Pick up there?",),
    # Tonight's plan
    "plan_unknown_skin": ("Tonight it's your serum, {mask}. {ask_skin}",),
    "mask_tonight_clause": ("and it's a clay-mask night too",),
    "mask_first_clause": ("and {day} is your first clay-mask night",),
    "mask_next_clause": ("and {day} is your next clay-mask night",),
    "ask_skin": ("To plan the rest, what's your skin like: oily, combination, dry or sensitive?",),
    "plan_mask_night": ("It's a mask night{day_of_month}: {items}.",),
    "plan_mask_moved": ("Your {weekday} mask moves to tonight{day_of_month}: {items}.",),
    "plan_plain_night": (
        "Tonight{day_of_month}: {items}.",
        "Tonight's plan{day_of_month}: {items}.",
    ),
    "day_of_month": (", day {day} of your month",),
    "lotion_starts": ("The refining lotion starts tonight, for a month.",),
    "lotion_off_month": ("Your lotion is on its month off.",),
    "program_complete": ("You've finished your month. Want to keep going for another?",),
    "program_renewed": (
        "Month two it is. Tonight is day one.",
        "Another month it is. Tonight is day one.",
    ),
    "program_not_renewed": (
        "Okay, no new month. Ask what's tonight whenever you'd like the plan.",
    ),
    "missed_mask_check": ("Did you get to your {weekday} mask?",),
    "offer_walk": ("Want me to walk you through it?", "Shall I walk you through it?"),
    "night_done": ("You're all done for tonight.",),
    "night_taken_off": ("You're taking tonight off.",),
    "tomorrow_mask_night": ("Tomorrow is a mask night: {items}.",),
    "tomorrow_plain_night": ("Tomorrow: {items}.",),
    "night_off": ("Okay, tonight's off.",),
    "no_mask_to_move": ("There's no mask to move, so tomorrow goes on as planned.",),
    "okay": ("Okay.",),
    "mask_moves_tomorrow": ("Your mask moves to tomorrow.",),
    "mask_none_due_yet": (
        "No problem: no mask has been due yet, so there's nothing to move. Your first mask night "
        "is {day}.",
    ),
    "mask_not_last_night": (
        "Last night wasn't a mask night, so nothing was missed. Your next mask night is {day}.",
    ),
    "mask_dropped": (
        "It can't move without making two masks in a row, so it's dropped this week. "
        "Your next mask night is {day}.",
    ),
    "offer_walk_mask": ("Ready for step one?",),
    "walk_declined": (
        "No problem. Say walk me through it whenever you're ready.",
        "Okay. Enjoy your evening.",
    ),
    # Items in a plan, joined by the speech module
    "item_mask": ("clay mask",),
    "item_lotion": ("refining lotion",),
    "item_serum": ("serum",),
    "item_moisturiser": ("moisturiser",),
    "item_only_serum": ("just your serum",),
    # Skin type
    "skin_set": ("Got it, {skin} skin.",),
    "skin_set_first": ("Got it, {skin} skin. Then tonight: {tonight}.",),
    "skin_changed": ("Got it, {skin} skin from now on.", "Okay, I've changed it to {skin} skin."),
    "skin_same": ("You're already set up for {skin} skin.",),
    "skin_lotion_weekly": ("Your lotion nights are {nights}.",),
    "skin_lotion_cycle": (
        "The refining lotion goes on every night for a month, then a month off.",
    ),
    "skin_which": ("Which is it: oily, combination, dry or sensitive?",),
    "skin_how_to_tell": (
        "No problem. Shiny all over by midday is oily; shiny only on the nose and forehead is "
        "combination; tight is dry; quick to sting or redden is sensitive. Which sounds like you?",
    ),
    "skin_suggest": (
        "Then let's start with {skin}: it's a safe middle, and you can change it any time. "
        "Shall I go with {skin}?",
    ),
    "skin_help": (
        "I'll plan your nightly routine once I know your skin. If you're not sure, say I don't "
        "know.",
    ),
    "skin_question": ("What's your skin like: oily, combination, dry or sensitive?",),
    "skin_is": ("You told me your skin is {skin}.",),
    "skin_unknown": (
        "I don't know yet. What's your skin like: oily, combination, dry or sensitive?",
    ),
    "tonight_serum_lotion_start": ("serum, and the refining lotion starts tonight for a month",),
    # Mask nights
    "mask_nights_are": ("Your mask nights are {nights}.",),
    "next_mask_tonight": ("Tonight's a mask night.", "It's tonight."),
    "next_mask_tomorrow": ("Your next mask night is tomorrow.",),
    "next_mask_on": ("Your next mask night is {day}.",),
    "next_mask_moved": ("Tonight, in place of your missed {weekday} mask.",),
    "mask_nights_set": ("Done. Your mask nights are now {nights}.",),
    "mask_nights_lotion": ("Your lotion nights move to {nights}.",),
    "mask_nights_consecutive": (
        "Masks need a night off between them, so {nights} won't work. "
        "Which two nights would you like?",
    ),
    "mask_nights_same": ("I need two different nights. Which two would you like?",),
    "mask_nights_ask": ("Which two nights would you like for your masks?",),
    "mask_nights_three": (
        "Two mask nights a week at most: clay more often dries and irritates the skin. Which two "
        "would you like?",
    ),
    "mask_nights_help": (
        "Masks go on two nights a week, with at least a night off between them, like Monday "
        "and Thursday. Which two nights would you like?",
    ),
    "mask_nights_unchanged": ("Okay, your mask nights are still {nights}.",),
    "mask_second_ask": (
        "And your second mask night? It can't be the night before or after {first}, so which "
        "night would you like?",
    ),
    "mask_second_question": ("Which night goes with {first}?",),
    "mask_second_consecutive": (
        "Masks need a night off between them, so {nights} won't work. "
        "Which night goes with {first}?",
    ),
    "mask_second_same": ("That's the same night. Which night goes with {first}?",),
    "mask_second_suggest": (
        "How about {night}? It's three nights after {first}, so your skin rests in between. "
        "Shall I make it {night}?",
    ),
    "mask_second_help": (
        "Masks go on two nights a week, with at least a night off between them. "
        "Which night goes with {first}?",
    ),
    "is_mask_tonight": ("Yes, tonight's a mask night: {items}.",),
    "is_mask_tonight_moved": ("Yes, your {weekday} mask moves to tonight: {items}.",),
    "is_mask_tonight_done": ("Yes, and you've done tonight's mask already.",),
    "is_mask_tomorrow": ("Yes, tomorrow's a mask night.",),
    "is_mask_tomorrow_moved": ("Yes, your {weekday} mask moves to tomorrow.",),
    "is_mask_not": ("No, your next mask night is {day}.",),
    # The guided walk
    "step_intro": ("Step {number}: {text}", "Step {number}. {text}"),
    "step_last_intro": ("Last step: {text}",),
    "step_prompt": ("Say next when you're ready.", "Say next when you're done."),
    "step_last_prompt": ("Say done when you've finished.",),
    "step_reprompt": ("Say next, repeat, or go back.",),
    "walk_resume": ("Picking up where you left off.", "Back where we were."),
    "walk_restart": ("From the top.",),
    "walk_first_step": ("This is the first step.",),
    "walk_done": (
        "That's tonight done. Nice work, see you tomorrow.",
        "All done for tonight. Well done.",
        "That's everything for tonight. Sleep well.",
    ),
    "walk_already_done": ("You've finished tonight's routine already. See you tomorrow night.",),
    "walk_not_started": ("We haven't started tonight's steps. Want me to walk you through it?",),
    "walk_paused": (
        "Okay, I'll keep your place. Ask Pore Coach to resume my routine when you're ready.",
    ),
    "step_wash": ("Wash your face with a gentle cleanser, then pat it dry.",),
    "step_exfoliate": ("Exfoliate gently. Small circles, no hard scrubbing.",),
    "step_hot_towel": (
        "Soak a face towel in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
    "step_hot_towel_sensitive": (
        "Press a cloth soaked in lukewarm water to your face for two minutes, never hot. If your "
        "skin feels tender tonight, skip this step.",
    ),
    "step_cool_splash": ("Splash your face with cool water.",),
    "step_clay_mask": ("Spread a thin layer of clay mask and leave it on for ten minutes.",),
    "step_cold_splash": ("Rinse off the mask, then splash with cold water to finish.",),
    "step_lotion": ("Sweep the refining lotion over your face with a cotton pad.",),
    "step_serum": ("Smooth your pore serum over your face.",),
    "step_moisturise": ("Finish with your moisturiser.",),
    # Timers
    "timer_name_towel": ("hot towel",),
    "timer_name_mask": ("clay mask",),
    "timer_label_towel": ("Hot towel",),
    "timer_label_mask": ("Clay mask",),
    "timer_started": ("{length} {name} timer started. When it ends, I'll tell you what's next.",),
    "timer_started_task": (
        "{length} {name} timer started. When it ends, I can take you to the next step.",
    ),
    "timer_done_announce": ("Your {name} time is up. Next: {next}",),
    "timer_done_task": ("Your {name} time is up. Shall I take you to the next step?",),
    "timer_offer": ("Want {a_length} timer?",),
    "timer_offer_declined": ("Okay. Say next when you're done.",),
    "timer_walk_goes_on": ("Say next in {span}, when you're done.",),
    "step_no": ("Take your time. Say next when you're ready.",),
    "timer_not_started": ("Okay, no timer.",),
    "timer_length_unclear": (
        "I didn't catch how long. The {name} timer is {minutes} minutes. Want that?",
    ),
    "timer_already_running": ("Your {name} timer is already running, with {left} left.",),
    "timer_left": ("About {left} left on your {name}.", "Your {name} has about {left} to go."),
    "timer_already_paused": ("Your {name} timer is already paused, with {left} left.",),
    "timer_which_cancel": (
        "You have two timers, hot towel and clay mask. Which one: cancel the towel timer, or "
        "cancel the mask timer?",
    ),
    "timer_which_pause": (
        "You have two timers, hot towel and clay mask. Which one: pause the towel timer, or "
        "pause the mask timer?",
    ),
    "timer_which_resume": (
        "You have two timers, hot towel and clay mask. Which one: resume the towel timer, or "
        "resume the mask timer?",
    ),
    "timer_which_none": ("Okay, I've left both timers as they are.",),
    "timer_another": (
        "Your {name} timer is running, with {left} left. For another timer, say: Alexa, set "
        "{a_length} timer.",
    ),
    "timer_paused_left": ("Your {name} timer is paused, with {left} left.",),
    "timer_none": ("You don't have a {name} timer running.",),
    "timer_paused": ("Paused your {name} timer.",),
    "timer_resumed": ("Your {name} timer is running again.",),
    "timer_cancelled": ("Cancelled your {name} timer.",),
    "timer_too_long_towel": ("The longest timer I'll set is {minutes} minutes. Want {minutes}?",),
    "timer_too_long_mask": (
        "Left on much longer, a mask dries the skin, so the longest I'll set is "
        "{minutes} minutes. Want {minutes} minutes?",
    ),
    "timer_rounded": ("I set timers in whole minutes, so I've rounded that.",),
    "timer_too_short": ("The shortest timer I'll set is {minutes} minute. Want that?",),
    "timer_permission_intro": ("To set timers, Pore Coach needs your permission.",),
    "timer_fallback": (
        "No problem. You can still ask Alexa for a plain timer: say, "
        "Alexa, set {a_length} timer named {label}.",
    ),
    "timer_card_sent": ("There's a card in the Alexa app if you change your mind.",),
    "timers_off": ("Timers are switched off for Pore Coach; you can allow them in the Alexa app.",),
    "timer_plain_tip": ("Or say, Alexa, set {a_length} timer named {label}.",),
    "reminders_off": (
        "Reminders are switched off for Pore Coach; you can allow them in the Alexa app.",
    ),
    "reminder_plain_tip": ("Or ask Alexa to remind you {when}.",),
    "reminder_plain_tip_untimed": ("Or ask Alexa herself to remind you each night.",),
    "timer_error_bad_request": ("Alexa couldn't set that timer.",),
    "timer_error_not_found": ("Alexa couldn't find that timer. Please try again.",),
    "timer_error_not_supported": ("Timers from skills don't work on this device, sorry.",),
    "timer_error_throttled": ("Alexa is busy with timers right now. Try again in a minute.",),
    "timer_error_device_offline": (
        "Your device seems to be offline, so the timer couldn't be set.",
    ),
    "timer_error_failed": ("The timer service didn't answer. Please try again in a moment.",),
    "timer_error_no_permission": (
        "Pore Coach no longer has permission to use timers. You can turn it back on in the "
        "Alexa app.",
    ),
    "minute": ("1 minute",),
    "minutes": ("{count} minutes",),
    "under_a_minute": ("less than a minute",),
    "resume_after_timer": ("Welcome back.", "Time's up."),
    # Reminders
    "reminder_text_plain": ("It's time for your pore routine. Ask Pore Coach what's tonight.",),
    "reminder_text_mask": ("Tonight is a clay-mask night. Ask Pore Coach to walk you through it.",),
    "reminder_confirm_nightly": (
        "I'll remind you at {time} every night{starting}, and on mask nights I'll say so. "
        "Shall I set that?",
    ),
    "reminder_confirm_nightly_over_mask": (
        "I'll remind you at {time} every night{starting}, and on mask nights I'll say so. Your "
        "mask-night one moves from {before} to {time}. Shall I set that?",
    ),
    "reminder_confirm_mask": (
        "I'll remind you at {time} on your mask nights{starting}. Shall I set that?",
    ),
    "reminder_starting": (", starting {day}",),
    "reminder_ask_time": ("What time should I remind you? Nine pm, perhaps?",),
    "reminder_not_evening": (
        "Your routine is a night one, so pick an evening time, like nine pm. What time?",
    ),
    "reminder_taken_as_evening": ("Taking that as evening, for your night routine.",),
    "reminder_set": ("Done. You'll hear the first one {when}.",),
    "reminder_declined": ("Okay, I've left your reminders as they were.",),
    "reminder_stopped": ("Okay, no new reminder. Your reminders are as they were.",),
    "reminder_question_help": (
        "I set reminders through Alexa. Say yes, no, or another time, like make it ten.",
    ),
    "reminder_time_help": (
        "I'll set an Alexa reminder for your routine at the evening time you choose.",
    ),
    "reminder_question_unclear": ("Say yes, no, or another time, like make it ten.",),
    "reminders_none": (
        "You don't have any reminders. Ask Pore Coach to remind you every night at nine.",
    ),
    "reminders_nightly": ("One every night at {time}.",),
    "reminders_split": ("Mask nights at {mask}, and the other nights at {plain}.",),
    "reminders_mask_only": ("One on mask nights, at {time}.",),
    "reminders_plain_only": ("One on the nights without a mask, at {time}.",),
    "reminders_cancelled": ("Done. I've cancelled your reminders.",),
    "reminders_mask_back": ("Done. Mask nights go back to your {time} reminder.",),
    "reminders_mask_none": ("Done. Mask nights now have no reminder.",),
    "reminders_mask_none_others_kept": (
        "Done. Mask nights now have no reminder; the other nights keep theirs at {time}.",
    ),
    "reminders_no_mask_one": (
        "You don't have a mask-night reminder. The other nights have one at {time}.",
    ),
    "reminders_unchecked": (
        "Reminders are switched off for Pore Coach, so I can't check the ones I set. To turn "
        "them back on, open Pore Coach in the Alexa app's skills and allow reminders.",
    ),
    "reminders_forgotten": (
        "Reminders are switched off for Pore Coach, so I can't delete them. I've cleared them "
        "here; remove any that are left in the Alexa app's reminders list.",
    ),
    "reminders_mask_forgotten": (
        "Reminders are switched off for Pore Coach, so I can't delete the mask-night one. I've "
        "cleared it here; remove it in the Alexa app's reminders list if it's there.",
    ),
    "reminders_follow": ("Your reminders have moved with them.",),
    "reminders_follow_failed": (
        "I couldn't move your reminders just now; ask me to set them again later.",
    ),
    "reminder_permission_intro": ("To set reminders, Pore Coach needs your permission.",),
    "reminder_fallback": ("No problem. You can still ask Alexa to remind you {when}.",),
    "reminder_when_nightly": ("every night at {time}",),
    "reminder_when_mask": ("on {nights} at {time}",),
    "reminder_error_bad_request": ("Alexa couldn't set that reminder.",),
    "reminder_error_not_found": ("Alexa couldn't find that reminder. Please try again.",),
    "reminders_none_to_cancel": ("You don't have any reminders from Pore Coach.",),
    "reminder_no_zone": (
        "I couldn't get your device's time zone just now, so I can't time a reminder. "
        "Please try again in a minute.",
    ),
    "reminder_error_not_supported": ("Reminders from skills don't work on this device, sorry.",),
    "reminder_error_throttled": ("Alexa is busy right now. Try the reminder again in a minute.",),
    "reminder_error_device_offline": ("Your device seems to be offline. Please try again later.",),
    "reminder_error_failed": ("The reminder service didn't answer. Please try again in a moment.",),
    "reminder_error_no_permission": (
        "Pore Coach no longer has permission to set reminders. You can turn it back on in the "
        "Alexa app.",
    ),
    "on_weekday": ("on {weekday} at {time}",),
    "tonight_at": ("tonight at {time}",),
    "tomorrow_at": ("tomorrow at {time}",),
    # Product suggestions
    "suggest_most_for_skin": ("For {skin} skin, a refining lotion will do the most: {product}.",),
    "suggest_gentlest_daily": ("For {skin} skin, start with a gentle nightly serum: {product}.",),
    "suggest_fits_tonight": ("For tonight's {step}: {product}.",),
    "suggest_every_night": ("A serum is the step you use every night: {product}.",),
    "suggest_fits_skin": ("For {skin} skin, try {product}.",),
    "suggest_plain": ("Try {product}.", "How about {product}?"),
    "suggest_under_budget": ("Under {budget}: {product}.",),
    "suggest_up_to_budget": ("Up to {budget}: {product}.",),
    "suggest_cheaper": ("A cheaper one: {product}.",),
    "suggest_cheaper_again": ("Cheaper than that, just the one I named before: {product}.",),
    "suggest_cheaper_kind": ("For less, try a {kind} instead: {product}.",),
    "suggest_home_made": ("Make a clay mask at home for next to nothing.",),
    "suggest_home_made_within_budget": (
        "Nothing bought fits that, but a home-made clay mask costs next to nothing.",
    ),
    "suggest_all_suggested": ("That's every one I know of.",),
    "suggest_nothing_under_budget": ("Nothing I know of is under {budget}.",),
    "suggest_all_under_budget": ("That's every one I know of under {budget}.",),
    "suggest_nothing_up_to_budget": ("Nothing I know of costs {budget} or less.",),
    "suggest_all_up_to_budget": ("That's every one I know of at {budget} or less.",),
    "suggest_nothing_cheaper": ("That's the cheapest I know of.",),
    "suggest_nothing_cheaper_for_skin": ("That's the cheapest I know of for {skin} skin.",),
    # A budget said in pounds, euros, rupees or pesos: the article's prices are US dollars, and
    # the skill makes up no exchange rate.
    "prices_in_us_dollars": ("I only know prices in US dollars.",),
    "product_named": ("{name}, {price}",),
    "patch_test": (
        "Patch-test it on a small spot first.",
        "Try it on a small patch of skin first.",
    ),
    "offer_cheaper": ("Want a cheaper option?",),
    "offer_another": ("Want another one?",),
    "offer_recipe": ("Want the recipe?",),
    "step_name_serum": ("serum",),
    "step_name_clay_mask": ("mask",),
    "step_name_lotion": ("lotion",),
    "recipe": (
        "Mix {clay_amount} of pharmacy clay, any colour, with {liquid_amount} of {liquid}. "
        "Leave it on for {minutes} minutes. {alternatives} work too. Patch-test it first.",
    ),
    "owned_recorded": ("Got it. I'll name your {product} at the {step} step.",),
    "owned_unknown": (
        "I don't know that one yet, so I'll keep the steps general. "
        "I know the serums, masks and lotions from the article.",
    ),
    "owned_swap": ("You use the {current} now. Shall I swap it for {new}?",),
    "owned_swap_help": ("I name your own product in the walk, one for each step.",),
    "owned_kept": ("Okay, you're keeping the {current}.",),
    "owned_unchanged": ("Okay, I haven't changed your products.",),
    "owned_already": ("I already have you down for the {current}.",),
    # On a screen: short labels, in the words the voice uses.
    "screen_mask_night": ("Mask night",),
    "screen_plain_night": ("Tonight's routine",),
    "screen_day_of": ("Day {day} of {days}",),
    "screen_next_mask": ("Next mask night: {day}",),
    "screen_step_of": ("Step {step} of {steps}",),
    "screen_step_wash": ("Cleanse",),
    "screen_step_exfoliate": ("Exfoliate",),
    "screen_step_hot_towel": ("Hot towel",),
    "screen_step_cool_splash": ("Cool splash",),
    "screen_step_clay_mask": ("Clay mask",),
    "screen_step_cold_splash": ("Cold splash",),
    "screen_step_lotion": ("Refining lotion",),
    "screen_step_serum": ("Serum",),
    "screen_step_moisturise": ("Moisturiser",),
    "screen_button_tonight": ("What's tonight?",),
    "screen_button_walk": ("Walk me through it",),
    "screen_button_next": ("Next",),
    "screen_button_back": ("Back",),
    "screen_button_repeat": ("Repeat",),
    "screen_button_help": ("Help",),
    "screen_button_maskTimer": ("Start mask timer",),
    "screen_button_towelTimer": ("Start towel timer",),
    "screen_button_cheaper": ("Cheaper",),
    "screen_button_another": ("Another one",),
    "screen_walk_done": ("All done for tonight.",),
    "screen_button_recipe": ("The recipe",),
    "screen_timer_title": ("{step} timer",),
    "screen_timer_length": ("{minutes} min",),
    "screen_timer_then": ("Then: {step}",),
    "screen_product_title": ("A suggestion",),
    "screen_recipe_title": ("Home-made clay mask",),
    "screen_help_title": ("You can say",),
    "screen_help_hints": (
        "Start a mask timer|Suggest a mask|What's tomorrow?|Remind me every night at nine pm",
    ),
    "touch_stale": ("That button is from an earlier screen.",),
    # The month.
    "progress_not_started": ("Your month starts once I know your skin type.",),
    "progress_day": ("Day {day} of {days}.",),
    "progress_month_done": ("Your month is done.",),
    "progress_week_none": ("A fresh week: tonight counts.",),
    "progress_week_one": ("One night done this week.",),
    "progress_week": ("{week} nights done this week.",),
    "progress_recent": ("{recent} of the last ten nights.",),
    "progress_recent_all": ("All of the last ten nights.",),
    "progress_streak": ("That's a {streak}-night streak.",),
    "progress_eased": ("We're going gently until {day}.",),
    "progress_lotion_day": ("Day {day} of your lotion month.",),
    "progress_lotion_off": ("The lotion's on its month off, back in {nights} nights.",),
    "progress_next_mask": ("Next mask night: {day}.",),
    "milestone_first_night": ("That's your first night done.",),
    "milestone_seven_nights": ("Seven nights done: the habit's taking hold.",),
    "milestone_day_14": ("Two weeks in: you're halfway through the month.",),
    "milestone_month_done": ("That's your month, well done.",),
    "done_tonight": ("Nice work, tonight's counted.",),
    "done_last_night": ("Got it, last night's counted.",),
    "done_already_counted": ("That night's already counted.",),
    "safety_sunscreen": (
        "General advice: wear sunscreen tomorrow morning, as the lotion exfoliates.",
    ),
    "safety_towel": ("Warm, never hot enough to sting.",),
    "irritation": (
        "Sorry it's bothering you. This isn't medical advice: if it lasts or feels severe, see a "
        "dermatologist. For seven nights I'll go gently: {lotion}, and no mask for two nights.",
    ),
    "irritation_again": (
        "Sorry it's back. Since it's the second time this month, please see a dermatologist "
        "first. For two weeks I'll go gently: {lotion}, and no mask for two nights.",
    ),
    "eased_lotion_every_other": ("the lotion every other night",),
    "eased_lotion_weekly": ("the lotion just once a week",),
    "eased_no_lotion": ("no lotion",),
    "eased_over": ("Your gentle nights are over, so the usual plan is back.",),
    "skin_calm_back": ("Glad it's settled. The usual plan is back from tonight.",),
    "skin_calm_glad": ("Good to hear.",),
    "check_in_prompt": ("How does your skin look: better, the same, or worse?",),
    "check_in_which": ("Better, the same, or worse?",),
    "check_in_help": ("It tells me whether to keep going or go gently.",),
    "check_in_later": ("No problem, I'll ask tomorrow.",),
    "check_in_never_mind": ("No problem.",),
    "check_in_good": ("Good. Keep going.",),
    "check_in_same": ("That's common: pores take time. Keep going.",),
    "check_in_lotion_break": ("The lotion's month off starts {day}, and it's back a month later.",),
    "check_in_worse": ("Thanks for telling me.",),
    # The evening routine.
    "routine_offer": (
        "You've done three nights around {time}. Alexa can start me then every night, as a "
        "routine.",
    ),
    "routine_offer_asked": ("Alexa can start me at {time} every night, as a routine.",),
    "routine_offer_reminder_stays": (
        "Your nightly reminder stays unless you say stop reminding me.",
    ),
    "routine_action": ("Start tonight's pore-care routine",),
    "routine_already": (
        "I'm in your evening routine already. To change it, open Routines in the Alexa app.",
    ),
    "routine_how_to": (
        "In the Alexa app, open More, then Routines, and tap plus. Choose when it runs, then "
        "Add action, Skills, Your Skills, Pore Coach, and Start tonight's pore-care routine. "
        "Save it, and I'll open with tonight's plan.",
    ),
    "routine_accepted": ("Thanks. See you then.",),
    "routine_no_zone": (
        "I couldn't get your device's time zone just now, so I can't time a routine. Please try "
        "again in a minute.",
    ),
    "routine_declined": ("No problem.",),
    "screen_progress_title": ("Your month",),
    "product_short": ("{brand} {step}",),
    "disowned": ("Okay, no more {product}. I'll keep the {step} step general.",),
    "disowned_not_owned": ("I didn't have you down for the {product}, so nothing changes.",),
    "price_of": ("{product} costs {price}, going by the article.",),
    "price_unknown": ("I only know the prices of the serums, masks and lotions from the article.",),
    "product_the": ("the {name}",),
    "owned_list": ("You use {products}.",),
    "owned_none": (
        "You haven't told me what you use. Tell Pore Coach, for example, I bought the Kiehl's "
        "mask.",
    ),
    "step_serum_owned": ("Smooth your {product} over your face.",),
    "step_clay_mask_owned": (
        "Spread a thin layer of your {product} and leave it for ten minutes.",
    ),
    "step_lotion_owned": ("Sweep your {product} over your face with a cotton pad.",),
    "card_price": ("About ${price}.",),
    # Forget me
    "forget_confirm": (
        "That deletes your routine, the products you told me about, and your Pore Coach "
        "reminders. Shall I go ahead?",
    ),
    "forget_confirm_household": (
        "That deletes Pore Coach's routines and products for everyone on this account, and its "
        "reminders. Shall I go ahead?",
    ),
    "forget_question": ("Shall I delete everything Pore Coach keeps for you?",),
    "forget_question_household": ("Shall I delete everything Pore Coach keeps for this account?",),
    "forget_done": ("Done. Everything Pore Coach kept for you is deleted, reminders too.",),
    "forget_done_reminders_left": (
        "Done: your routine and products are deleted. I couldn't remove your reminders, so "
        "please delete them in the Alexa app.",
    ),
    "forget_kept": ("Okay, I haven't deleted anything.",),
    # Questions about the routine
    "question_pores": (
        "Not truly: pore size is in your genes, and pores can't be closed. What helps is making "
        "them look smaller: serum every night, a clay mask twice a week, and refining lotion.",
    ),
    "question_mask_time": (
        "{minutes} minutes, then rinse it off with cold water. Left on much longer, clay dries "
        "the skin.",
    ),
    "question_mask_frequency": (
        "Twice a week at most, never two nights in a row: clay more often dries and irritates "
        "the skin. Your mask nights are {nights}.",
    ),
    "question_lotion_cycle": (
        "With {skin} skin, every night for a month, then a month off, and round again.",
    ),
    "question_lotion_on_month": ("You're in an on month now.",),
    "question_lotion_off_month": ("You're in the month off now.",),
    "question_lotion_after_masks": (
        "With {skin} skin, {count} nights a week: the night after each mask, so {nights}.",
    ),
    "question_lotion_beyond_masks": (
        "With {skin} skin, {count} nights a week: the night after each mask, and one more. "
        "Yours are {nights}.",
    ),
    "question_lotion_unknown_skin": (
        "It depends on your skin. What's it like: oily, combination, dry or sensitive?",
    ),
    "question_serum": ("Every night. It's the one step in every routine, mask or no mask.",),
    "question_results": (
        "Stick with the routine for about a month and you should see a difference.",
    ),
    "question_results_day": ("Tonight is day {day} of {days}.",),
    "question_clay": (
        "Any clay works: {colours}. A ready-made clay mask is easiest, or mix pharmacy clay with "
        "{liquid}.",
    ),
    "question_towel_sensitive": (
        "Warmth softens the skin and opens the pores. For sensitive skin, keep it lukewarm for "
        "{minutes} minutes, never hot, and skip it on a tender night.",
    ),
    "question_patch_test": (
        "Before a new product, dab a little on your inner arm and wait a day. If it stings, "
        "reddens or itches, don't use it.",
    ),
    "question_sunscreen": (
        "General advice: after a lotion night, wear sunscreen the next morning, as the lotion "
        "exfoliates and leaves skin more sensitive to the sun.",
    ),
    "question_towel": (
        "Warm, not scalding: comfortable against your skin. Press it on for {minutes} minutes to "
        "open the pores, then splash with cool water.",
    ),
    "question_topics": (
        "Ask me how long the mask stays on, how often to use each product, which clay, how hot "
        "the towel should be, whether pores shrink, or when results show. What would you like to "
        "know?",
    ),
    "question_topics_reprompt": ("What would you like to know?",),
    "offer_plan": ("Want tonight's plan?",),
    # Built-ins and errors
    "help": (
        "I plan your nightly pore routine and walk you through it, with timers. Ask what's "
        "tonight, say remind me every night at nine, or ask for a product. What would you like?",
    ),
    "off_topic": ("Sorry, I can't help with that.",),
    "anything_else": ("Anything else?",),
    "what_would_you_like": ("What would you like?",),
    "help_timer_step": (
        "Say yes and I'll time it, no to go on without one, or next, repeat, or go back.",
    ),
    "help_timer_offer": ("Say yes and I'll start it, or no if you'd rather not.",),
    "not_an_answer": ("Sorry, I didn't catch that.",),
    "help_about": (
        "I plan your nightly pore routine and walk you through it. You can ask what's tonight.",
    ),
    "help_walk": (
        "We're on step {step} of tonight. Say next to move on, repeat to hear it again, "
        "or go back. What would you like?",
    ),
    "fallback": (
        "Sorry, I can't help with that. You can ask what's tonight, "
        "or say walk me through it. What would you like?",
    ),
    "fallback_walk": ("I didn't get that. Say next, repeat, or go back.",),
    "goodbye": ("Goodnight.", "Okay. Goodnight.", "Enjoy your evening."),
    "nothing_to_repeat": ("I haven't said anything yet. What would you like?",),
    "unhandled_yes_no": (
        "Sorry, I'm not sure what that's a yes or no to. You can ask what's tonight. "
        "What would you like?",
    ),
    "store_unavailable": (
        "Sorry, I can't reach your routine right now. Please try again in a minute.",
    ),
    "request_rejected": ("Sorry, I couldn't handle that request.",),
    "error": ("Sorry, something went wrong on my side. Please try again in a moment.",),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
)  # fmt: skip
# "{day}" in the phrases: "Wednesday is your next clay-mask night".
DAY_WORDS = {"tonight": "tonight", "tomorrow": "tomorrow", "weekday": "{weekday}"}
# Words that join the last item of a listing; "then" for steps one after another.
JOINERS = {"and": "and", "or": "or", "then": "then"}
SKIN_TYPES = {
    "oily": "oily",
    "thick": "thick",
    "combination": "combination",
    "normal": "normal",
    "dry": "dry",
    "sensitive": "sensitive",
}
# The catalogue's own words are English: nothing to translate (es.py has both tables).
PRODUCTS: dict[str, dict[str, str]] = {}
HOME_MADE_RECIPE: dict[str, str | tuple[str, ...]] = {}
# The article's prices are US dollars, and outside the US "dollars" would be taken for the
# listener's own: said in full ("US dollars"), but simply "dollars" in the US (en_US.py).
CURRENCY = ("US dollar", "US dollars")
# The bare words, for an amount said without a currency given.
_DOLLARS = ("dollar", "dollars")

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
LARGEST_NUMBER = 9999


def _under_hundred(number: int) -> str:
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"


def _scale(count: int, unit: str) -> str:
    """One of a unit is "a hundred" or "a thousand"; more is "two hundred"."""
    return f"a {unit}" if count == 1 else f"{_ONES[count]} {unit}"


def number_words(number: int) -> str:
    """0 to 9999 in words: 95 -> "ninety-five", 140 -> "a hundred and forty"."""
    if not 0 <= number <= LARGEST_NUMBER:
        raise ValueError(f"no words for {number}")
    thousands, rest = divmod(number, 1000)
    hundreds, tail = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append(_scale(thousands, "thousand"))
    if hundreds:
        parts.append(_scale(hundreds, "hundred"))
    if tail or not parts:
        tail_words = _under_hundred(tail)
        parts.append(f"and {tail_words}" if parts else tail_words)
    return " ".join(parts)


def spoken_dollars(amount_usd: int, currency: tuple[str, str] = _DOLLARS) -> str:
    """An amount as said: "zero dollars", "one dollar", "forty dollars" (a budget can be 0)."""
    return f"{number_words(amount_usd)} {currency[0] if amount_usd == 1 else currency[1]}"


def spoken_price(price_usd: int, currency: tuple[str, str] = _DOLLARS) -> str:
    """Say "about forty dollars": "about", because the article's prices may have moved since."""
    if price_usd < 1:
        raise ValueError(f"a price to speak is at least one dollar, not {price_usd}")
    return f"about {spoken_dollars(price_usd, currency)}"


def clock_time(hour: int, minute: int) -> str:
    """21:00 -> "9 pm", 20:30 -> "8:30 pm", 00:00 -> "midnight": how people say times."""
    if minute == 0 and hour in (0, 12):
        return "midnight" if hour == 0 else "noon"
    on_the_dial = hour % 12 or 12
    minutes = f":{minute:02d}" if minute else ""
    return f"{on_the_dial}{minutes} {'am' if hour < 12 else 'pm'}"


def indefinite_article(number: int) -> str:
    """ "a" or "an" before a number said aloud, by its sound: an 8, an 11, an 18, an 80, an 800,
    an 8,000; but a 1 ("one"), a 100 ("a hundred")."""
    leading = abs(number)
    while leading >= 1000:  # said by its leading group: "eleven thousand", "eight million"
        leading //= 1000
    return "an" if number_words(leading).startswith("e") else "a"


def timer_length(minutes: int, article: bool) -> str:
    """ "10-minute", before "timer"; with its article, "a 10-minute" or "an 8-minute"."""
    length = f"{minutes}-minute"
    return f"{indefinite_article(minutes)} {length}" if article else length


def listing(items: Iterable[str], last_joiner: str = "and") -> str:
    """ "a, b and c", but "a, b, then c": a pause before a step in time reads naturally."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    joiner = f", {last_joiner} " if last_joiner == "then" else f" {last_joiner} "
    return f"{', '.join(items[:-1])}{joiner}{items[-1]}"
