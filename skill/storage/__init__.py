"""The person's stored state and the stores that keep it (DynamoDB, or a local file)."""
