"""SHG stock: deliveries received (intake), lots and levels, stock counts and reorder levels."""
