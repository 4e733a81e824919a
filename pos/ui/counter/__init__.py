"""The counter's sale screen and what opens from it: payment, returns, search results, feedback, the
scanner input, the customer display, orders, shift close, the Z on screen."""
