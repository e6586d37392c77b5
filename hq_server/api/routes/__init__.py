"""One APIRouter per area of the protocol: enrol, nonce, batches, statistics, stations."""
