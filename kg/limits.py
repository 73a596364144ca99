"""The old home of the per-article time budget, kept for code that still imports it: it lives in kg.run.limits."""

from kg.run.limits import DEFAULT_TIME_BUDGET, TimeBudgetExceeded, budget_supported, time_budget

__all__ = ["DEFAULT_TIME_BUDGET", "TimeBudgetExceeded", "budget_supported", "time_budget"]
