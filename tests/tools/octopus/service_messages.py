"""Octopus service messages, read the way Calamari reads a script's output.

Written from Calamari's ServiceMessageParser (OctopusDeploy/Calamari, commit 8635895, 2026-08-21,
source/Calamari.Common/Plumbing/ServiceMessages/ServiceMessageParser.cs) and its fixture
(source/Calamari.Tests/Fixtures/ServiceMessages/ServiceMessageParserFixture.cs):
- Parse(line) is called once per output line, without the line break; the state survives from
  one line to the next (ShouldRecognizeMessageSplitOverMultipleLines).
- In the default state a `#` starts a possible message; characters are collected while they are a
  prefix of `##octopus` (ordinal, so case matters); `##octopus` complete starts a message, any
  other character drops what was collected (that character included) back to the default state.
- In a message, everything up to the first `]` is the message; it is trimmed, every leading `[`
 removed (TrimStart('[')), CR and LF removed, and read as the XML element
  `<…/>`: the element name is the message name, attributes are base64 of UTF-8 (case-insensitive
  names). A message that is not such XML is dropped without a trace.
So `##octopus` is found anywhere in a line, and a `[` is not needed.
"""
import base64
import re
import xml.etree.ElementTree as ElementTree

PREFIX = "##octopus"


class Parser:
    def __init__(self):
        self.state, self.buffer, self.messages = "default", "", []

    def parse(self, line: str):
        for c in line:
            if self.state == "default":
                if c == "#":
                    self.state, self.buffer = "possible", c
            elif self.state == "possible":
                self.buffer += c
                if self.buffer == PREFIX:
                    self.state, self.buffer = "message", ""
                elif not PREFIX.startswith(self.buffer):
                    self.state, self.buffer = "default", ""
            else:
                if c == "]":
                    self._process(self.buffer)
                    self.state, self.buffer = "default", ""
                else:
                    self.buffer += c

    def _process(self, text: str):
        text = text.strip().lstrip("[").replace("\r", "").replace("\n", "")
        try:
            element = ElementTree.fromstring("<" + text + "/>")
            values = {k.lower(): base64.b64decode(v, validate=True).decode("utf-8")
                      for k, v in element.attrib.items()}
        except Exception:  # Calamari's ProcessMessage swallows every failure, too.
            return
        self.messages.append((element.tag, values))


def messages_of(output: str):
    """Every service message in a process's standard output, in order."""
    parser = Parser()
    for line in re.split(r"\r\n|\n|\r", output):
        parser.parse(line)
    return parser.messages
