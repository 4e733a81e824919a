"""Home delivery at the district: orders and their apps, the shop API, webhooks."""
