"""The benchmark's floor: a bare ask-sdk-core skill that stores nothing and answers every
request with one sentence. No skill on ask-sdk-core can start faster."""

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder


class AnyRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return True

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Tonight: serum.").response


skill_builder = SkillBuilder()
skill_builder.add_request_handler(AnyRequestHandler())
lambda_handler = skill_builder.lambda_handler()
