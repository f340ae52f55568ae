"""What the comment-analysis app tells other apps.

`comment_analysed` is sent after a response's comment has been analysed for the first
time and the result stored, and after a re-analysis only when it finds a churn signal
that was not there before (so re-reading old comments opens nothing again). Keywords:
`sender=Response`, `response=<the Response>`, `sentiment` ("negative" | "neutral" |
"positive"), `churn_signal` (bool), `spam` (bool) and `reasons` (tuple of short strings). The customers app listens for churn signals
from known customers.
"""

from django.dispatch import Signal

comment_analysed = Signal()
