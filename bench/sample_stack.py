"""The benchmark's baseline: a skill built the way the Alexa samples teach.

`CustomSkillBuilder` with `ask-sdk-dynamodb-persistence-adapter`: the launch and every intent
read the user's persistent attributes (the adapter's attributes manager is made per request, so
each turn reads the item), change one and save them (an unconditional PutItem), then speak.
Lambda imports this module at init, as it imports any handler module.
"""

import os

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_request_type
from ask_sdk_dynamodb.adapter import DynamoDbAdapter


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        attributes_manager = handler_input.attributes_manager
        attributes = attributes_manager.persistent_attributes
        attributes["visits"] = int(attributes.get("visits", 0)) + 1
        attributes_manager.save_persistent_attributes()
        speech = "Welcome back. Tonight: serum, clay mask and lotion. Ready for step one?"
        return handler_input.response_builder.speak(speech).ask(speech).response


class IntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input):
        attributes_manager = handler_input.attributes_manager
        attributes = attributes_manager.persistent_attributes
        attributes["step"] = int(attributes.get("step", 0)) + 1
        attributes_manager.save_persistent_attributes()
        speech = f"Step {attributes['step']}. Say next when you're ready."
        return handler_input.response_builder.speak(speech).ask(speech).response


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.response


skill_builder = CustomSkillBuilder(
    persistence_adapter=DynamoDbAdapter(table_name=os.environ["SAMPLE_TABLE_NAME"])
)
skill_builder.add_request_handler(LaunchHandler())
skill_builder.add_request_handler(IntentHandler())
skill_builder.add_request_handler(SessionEndedHandler())
lambda_handler = skill_builder.lambda_handler()
