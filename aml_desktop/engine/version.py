"""Versions printed on every output and stored with every decision.

Bump ``RULESET_VERSION`` (and add a CHANGELOG entry naming the rule changes) whenever a
rule, threshold, regimen or citation changes what the engine answers.
"""

ENGINE_VERSION = "1.0.0"
RULESET_VERSION = "2026.2"
