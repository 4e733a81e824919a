"""A restored or replacement till catching up with the district: the district's copies of its
events imported (catchup) and the rows they stand for rebuilt (rebuild)."""
