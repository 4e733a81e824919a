"""SQL for selling: carts, sales and returns, receipts, shifts, orders, print jobs."""
