"""Local servers that tests start on 127.0.0.1: a free port, and waiting for one to listen."""

from __future__ import annotations

import socket
import subprocess
import time


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(server: subprocess.Popen[bytes], port: int, seconds: float = 20) -> None:
    """Return once ``port`` takes connections; raise if ``server`` exits or time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def create_table(endpoint: str, table: str, region: str) -> None:
    """The skill's table (partition key ``id``, a string) on the DynamoDB at ``endpoint``."""
    import boto3

    boto3.client("dynamodb", endpoint_url=endpoint, region_name=region).create_table(
        TableName=table,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
