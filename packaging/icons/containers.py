#!/usr/bin/env python3
"""Packs the rendered PNGs into Windows' .ico and macOS's .icns (both may hold PNG data as is).

Usage: containers.py PNG_DIR OUT_ICO OUT_ICNS, where PNG_DIR holds warroom-SIZE.png for each size used below.
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

# The .icns element types that carry PNG data, by pixel size (the @2x types share a pixel size with a 1x one).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024),
]


def png(folder: Path, size: int) -> bytes:
    data = (folder / f"warroom-{size}.png").read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise SystemExit(f"{folder}/warroom-{size}.png is not a PNG")
    return data


def ico(folder: Path) -> bytes:
    images = [png(folder, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns(folder: Path) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png(folder, size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    folder = Path(sys.argv[1])
    Path(sys.argv[2]).write_bytes(ico(folder))
    Path(sys.argv[3]).write_bytes(icns(folder))


if __name__ == "__main__":
    main()
