"""The referral directory: confidential resources, with crisis contacts always first. No Qt."""
