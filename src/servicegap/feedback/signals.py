"""What the feedback app tells other apps.

`response_received` is sent once per stored response, after the transaction that
stored it commits (never for a retried submission that was already stored), with
`sender=Response` and `response=<the Response>`. Receivers run in the request that
stored it, so they must be quick: hand slow work to a Celery task.
"""

from django.dispatch import Signal

response_received = Signal()
