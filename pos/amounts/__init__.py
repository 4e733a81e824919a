"""Exact amounts: money in integer paise with GST and round-off, quantities as a cashier types them,
amounts in words."""
