"""One page per navigation entry: Trips, People, Organisations, Topics, Agreements, Books."""
