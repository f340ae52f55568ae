"""What the comment-analysis app tells other apps.

`comment_analysed` is sent after a response's comment has been analysed and the result
stored (also after a re-analysis), with `sender=Response`, `response=<the Response>`,
`sentiment` ("negative" | "neutral" | "positive"), `churn_signal` (bool), `spam` (bool)
and `reasons` (tuple of short strings). The customers app listens for churn signals
from known customers.
"""

from django.dispatch import Signal

comment_analysed = Signal()
