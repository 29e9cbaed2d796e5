"""Keeps a snippet on this machine: no connection, datagram or name lookup may go beyond loopback.

conftest.py's run_snippet() puts this folder on PYTHONPATH, so Python imports this module at start-up
in the snippet's interpreter and in every Python it starts (multiprocessing, subprocess). An audit hook
(PEP 578) sees each socket call before it happens; one that would leave the machine raises
PermissionError, and is written to the file named by SNIPPET_OFFLINE_LOG, so the checker fails the
snippet even when the script catches the error. gevent's sockets call the same C socket functions, so
they are guarded too. A Python started with -I, -E or -S, or with an environment without PYTHONPATH,
escapes the guard: snippets have no reason to do that.

``refusal(event, args)`` decides, without touching the network; tests/test_pipeline.py checks it.
"""

from __future__ import annotations

import os
import sys

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
ADDRESS_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg"}  # args: (socket, address)


def is_local(host) -> bool:
    """Whether a host, as a script names it, is this machine: loopback, the wildcard address, localhost."""
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard or loopback address
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    if isinstance(host, int):  # an IPv4 address as a number
        host = str(__import__("ipaddress").ip_address(host)) if 0 <= host < 2**32 else ""
    host = str(host).strip().lower().rstrip(".")
    if host in ("", "0", "*") or host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    import ipaddress

    try:
        address = ipaddress.ip_address(host.split("%", 1)[0].strip("[]"))
    except ValueError:
        return False  # a name other than localhost: resolving it asks a DNS server
    if getattr(address, "ipv4_mapped", None):
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified  # connecting to 0.0.0.0 / :: reaches this machine


def refusal(event: str, args: tuple) -> str | None:
    """The address a socket event would reach beyond this machine, or None if it stays local."""
    if event in ADDRESS_EVENTS:
        sock, address = args[0], args[1] if len(args) > 1 else None
        family = getattr(sock, "family", None)
        import socket

        if family not in (socket.AF_INET, socket.AF_INET6) or address is None:
            return None  # AF_UNIX paths, netlink...; sendmsg on a connected socket (checked at connect)
        if isinstance(address, (tuple, list)) and address and not is_local(address[0]):
            return f"{address[0]} port {address[1]}" if len(address) > 1 else str(address[0])
        return None
    if event == "socket.getaddrinfo":  # (host, port, family, type, protocol)
        host = args[0]
        if is_local(host):
            return None
        shown = host if isinstance(host, str) else repr(host)
        return shown + (f" port {args[1]}" if len(args) > 1 and args[1] else "")
    if event in ("socket.gethostbyname", "socket.gethostbyaddr"):  # (name,) / (address,)
        return None if is_local(args[0]) else str(args[0])
    if event == "socket.getnameinfo":  # ((host, port, ...),) : may ask DNS for the name of an address
        sockaddr = args[0]
        return None if not isinstance(sockaddr, tuple) or is_local(sockaddr[0]) else str(sockaddr[0])
    return None


def _guard(event: str, args: tuple) -> None:
    if not event.startswith("socket."):
        return
    where = refusal(event, args)
    if where is None:
        return
    log = os.environ.get("SNIPPET_OFFLINE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as record:
            record.write(f"{where} ({event})\n")
    raise PermissionError(f"snippets stay on this machine: {event} to {where} refused (only 127.0.0.1 / localhost)")


sys.addaudithook(_guard)
# Out of sight of the snippet (`python -m site` prints sys.path); children find it again through PYTHONPATH.
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != _here]
del _here
