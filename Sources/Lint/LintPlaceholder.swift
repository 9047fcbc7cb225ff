// The design rules arrive with the lint issue; this target holds nothing yet.
