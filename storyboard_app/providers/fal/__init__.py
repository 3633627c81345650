"""fal.ai's queue API for Kling 3.0 (an adapter behind the provider port;
``submit --provider fal``)."""
