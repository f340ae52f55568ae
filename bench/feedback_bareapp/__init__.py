"""A bench-only app: the smallest Django view that stores one row, as a yardstick."""
