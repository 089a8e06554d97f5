"""Errors that end in a sentence for the user rather than a traceback."""


class UserError(Exception):
    """A refusal explained to the user in one sentence; the CLI prints it and exits with 2."""
