"""briefing: turn a folder of scraped news articles into a briefing website."""

__version__ = "0.1.0"
