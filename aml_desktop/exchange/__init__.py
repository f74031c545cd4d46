"""Exchange formats other systems read: HL7 FHIR R4 (``fhir``).

Pure mapping from the engine's case dataclasses to plain dicts, standard library only: no Qt, no
SQL, no FHIR library at run time (import-linter contracts in pyproject.toml keep it so). Callers
(the command line, the window) read the case from the store and write the bytes.
"""
