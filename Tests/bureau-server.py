#!/usr/bin/env python3
"""A stand-in for the bureau's file server, for the tests of `citydash update`.

Listens on 127.0.0.1 only, on a free port, and prints `PORT <n>` on its first line.
Each request reads the routes file again (JSON), so a test can change what a path does
between runs:

    {"/api/iblock/element/6584/file/ru/": {"file": "/path/to/table.xlsx"},
     "/api/iblock/element/region/291724/file/ru/": {"file": "...", "fault": "drop"}}

Faults: "500" and "404" (that status), "fail-first" (500 for the first `count` requests,
then the file), "drop" (half the body, then the connection closed), "stall" (half the body,
then nothing), "truncate" (the first half of the file, as if whole), "html" (an error page
with status 200), "bomb" (a small xlsx whose sheet inflates to 40 MB of zeros),
"redirect-loop" (302 to itself), "redirect" (302 to `to`). `cells` patches a copy of the
workbook: {"sheet": "ВРП", "cell": "AI2", "value": "25229.7"} writes the number (or the
text) into that cell (a new release with changed figures). Every request is appended to <routes>.log. `--tls CERT KEY` after the routes file serves
https with that certificate.
"""
import http.server
import io
import json
import re
import socket
import sys
import threading
import time
import zipfile

ROUTES = sys.argv[1]
# `--tls CERT KEY`: serve https with that certificate (a self-signed one, which a client must refuse).
TLS = sys.argv[3:5] if len(sys.argv) >= 5 and sys.argv[2] == "--tls" else None
COUNTS = {}
LOCK = threading.Lock()


def sheet_paths(archive):
    """Sheet name -> part path, from the workbook and its relationships."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for rel in re.finditer(r"<Relationship\b[^>]*>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', rel.group(0)))
        targets[attrs.get("Id")] = attrs.get("Target", "")
    paths = {}
    for sheet in re.finditer(r"<sheet\b[^>]*>", workbook):
        tag = sheet.group(0)
        name = re.search(r'name="([^"]*)"', tag).group(1)
        rid = re.search(r'r:id="([^"]*)"', tag).group(1)
        target = targets.get(rid, "")
        target = target.lstrip("/")
        paths[name] = target if target.startswith("xl/") else "xl/" + target
    return paths


def patched(path, cells):
    """The workbook at `path` with each cell of `cells` set to a plain number."""
    with zipfile.ZipFile(path) as source:
        parts = sheet_paths(source)
        edits = {}
        for edit in cells:
            part = parts[edit["sheet"]]
            text = edits.get(part) or source.read(part).decode("utf-8")
            ref = edit["cell"]
            pattern = re.compile(r'<c r="%s"([^>]*?)(/>|>.*?</c>)' % ref, re.S)
            match = pattern.search(text)
            if match is None:
                raise KeyError("no cell %s in %s" % (ref, edit["sheet"]))
            style = re.search(r'\ss="\d+"', match.group(1))
            value = edit["value"]
            try:
                float(value)
                cell = '<c r="%s"%s><v>%s</v></c>' % (ref, style.group(0) if style else "", value)
            except ValueError:
                # Text, such as the bureau's "…" for no data.
                cell = '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, style.group(0) if style else "", value)
            text = text[:match.start()] + cell + text[match.end():]
            edits[part] = text
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = edits[item.filename].encode("utf-8") if item.filename in edits else source.read(item.filename)
                target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()


def bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", "<Types/>")
        target.writestr("_rels/.rels", '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        target.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        target.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        with target.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b"0" * (1 << 20)
            for _ in range(40):
                sheet.write(chunk)
    return out.getvalue()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, body, content_type="application/octet-stream", length=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self):
        with open(ROUTES) as handle:
            routes = json.load(handle)
        with LOCK:
            COUNTS[self.path] = COUNTS.get(self.path, 0) + 1
            count = COUNTS[self.path]
            with open(ROUTES + ".log", "a") as log:
                log.write("%s %s\n" % (self.command, self.path))
        route = routes.get(self.path)
        if route is None:
            self.send_body(404, b"not found", "text/plain")
            return
        fault = route.get("fault")
        if fault in ("500", "404"):
            self.send_body(int(fault), b"<html><body>error</body></html>", "text/html")
            return
        if fault == "fail-first" and count <= route.get("count", 1):
            self.send_body(500, b"busy", "text/plain")
            return
        if fault == "redirect-loop":
            self.send_response(302)
            self.send_header("Location", "http://%s%s" % (self.headers["Host"], self.path))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if fault == "redirect":
            self.send_response(302)
            self.send_header("Location", route["to"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if fault == "html":
            self.send_body(200, b"<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head><body>Try later</body></html>", "text/html")
            return
        if fault == "bomb":
            self.send_body(200, bomb())
            return
        body = patched(route["file"], route["cells"]) if "cells" in route else open(route["file"], "rb").read()
        if fault == "truncate":
            self.send_body(200, body[: len(body) // 2])
            return
        if fault in ("drop", "stall"):
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            if fault == "stall":
                time.sleep(route.get("seconds", 30))
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.send_body(200, body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if TLS:
    import ssl
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS[0], TLS[1])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print("PORT %d" % server.server_address[1], flush=True)
server.serve_forever()
