"""Pure rules of Letting Go: no ASK SDK, no boto3, no Flask, no I/O."""
