"""Find help: the referral directory's page (search, filters, the need path, details)."""
