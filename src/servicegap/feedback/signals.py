"""What the feedback app tells other apps (see `followup.py` for when).

`responses_received` is sent once per batch of new responses, with `sender=Response`
and `responses=[<Response>, ...]`: for work done best in bulk (comment analysis).
Then `response_received` is sent once per response, with `response=<the Response>`.
Neither is sent for a retried submission that was already stored. Both are sent after
the response is committed: without a broker in the request that stored it (so
receivers must be quick), with one on a worker. After a crash a batch may be told
again: receivers must be idempotent.
"""

from django.dispatch import Signal

responses_received = Signal()
response_received = Signal()
