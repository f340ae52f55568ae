"""Service recovery: cases, escalation, empowerment budgets, actions and follow-ups."""
