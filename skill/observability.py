"""The one Logger and Metrics of the skill. Never log user ids, person ids, tokens or spoken text."""

from aws_lambda_powertools import Logger, Metrics

logger = Logger(service="pore-coach")
metrics = Metrics(namespace="PoreCoach", service="pore-coach")
