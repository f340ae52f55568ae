"""Logging filters named in settings.LOGGING.

Django logs every refused request (404 Not Found, 403 Forbidden, 400 Bad Request) with
the exception that refused it, so each stranger's guessed URL filled the log with a
traceback. A refusal is the site working as meant: one line says what was refused; a
server error (5xx) keeps its traceback.
"""

from __future__ import annotations

import logging


class QuietRefusals(logging.Filter):
    """Drop the traceback from a log record of a response under 500; keep the line."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if status is not None and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
