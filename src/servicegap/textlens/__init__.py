"""Comment analysis: sentiment, P topics, churn signals and spam."""
