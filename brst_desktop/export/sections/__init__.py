"""The parts of a briefing book, one module each; ``build(ctx)`` returns the part's flowables,
or an empty list when the part has nothing to print (it is then left out of the book)."""
