// Answers, votes and tiers arrive with the pipeline issue; nothing here yet.
