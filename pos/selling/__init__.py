"""Selling at the counter: shifts and cash, carts, sales, returns and refunds, receipts,
home-delivery orders and the print jobs a sale queues."""
