"""The skill's one Logger and one Metrics. Never log user or person ids, tokens or spoken text."""

from aws_lambda_powertools import Logger, Metrics

logger = Logger(service="pore-coach")
metrics = Metrics(namespace="PoreCoach", service="pore-coach")
