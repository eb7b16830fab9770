#!/usr/bin/env python3
"""Writes a Word file that is small on disk and inflates to a large word/document.xml, for
bench/hostile.sh (issue #8): a hostile upload, or a very long report.

    make-large-docx.py OUT.docx REPORT.txt INFLATED_MB

The document holds REPORT.txt's lines as paragraphs, with the paragraphs of its section 2.1
repeated until the XML is INFLATED_MB megabytes (10^6 bytes): the importer recognises it as a
kvartalsrapport and reads every byte. Deflate compresses the repetition about a
thousandfold."""
import sys
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body>')
TAIL = '</w:body></w:document>'


def paragraph(line):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(line)


def main():
    out, report, inflated_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    lines = open(report, encoding="utf-8").read().splitlines()
    # The paragraphs after the heading of section 2.1, up to the next section's heading.
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("2.1"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("2.2"))
    before = "".join(paragraph(line) for line in lines[:end])
    after = "".join(paragraph(line) for line in lines[end:])
    filler = "".join(paragraph(line) for line in lines[start + 1:end] if line.strip())
    target = int(inflated_mb * 1_000_000)
    repeats = max(1, (target - len(HEAD) - len(before) - len(after) - len(TAIL)) // len(filler))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", RELATIONSHIPS)
        with docx.open("word/document.xml", "w") as document:
            document.write((HEAD + before).encode())
            chunk = filler.encode()
            for _ in range(repeats):
                document.write(chunk)
            document.write((after + TAIL).encode())


if __name__ == "__main__":
    main()
