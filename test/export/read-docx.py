"""Reads a .docx back with python-docx and prints what the export tests check, as JSON.

Run with Debian's interpreter, which has python-docx: /usr/bin/python3 read-docx.py plan.docx
"""

import json
import re
import sys

import docx
from docx.oxml.ns import qn


def paragraph_record(paragraph):
    return {"style": paragraph.style.name if paragraph.style is not None else "", "text": paragraph.text}


def table_record(table):
    return {
        "style": table.style.name if table.style is not None else "",
        "rows": [[cell.text for cell in row.cells] for row in table.rows],
    }


def field_codes(part_element):
    return [instr.text.strip() for instr in part_element.iter(qn("w:instrText")) if instr.text]


def main(path):
    document = docx.Document(path)
    body = document.element.body
    all_text = "\n".join(node.text for node in body.iter(qn("w:t")) if node.text)
    sections = []
    for section in document.sections:
        sections.append(
            {
                "orientation": "landscape" if section.orientation == 1 else "portrait",
                "headerText": "\n".join(p.text for p in section.header.paragraphs),
                "footerText": "\n".join(p.text for p in section.footer.paragraphs),
                "footerFields": field_codes(section.footer._element),
            }
        )
    result = {
        "paragraphs": [paragraph_record(p) for p in document.paragraphs],
        "tables": [table_record(t) for t in document.tables],
        "inlineShapes": len(document.inline_shapes),
        "pictures": [
            {
                "name": shape._inline.docPr.get("name"),
                "title": shape._inline.docPr.get("title"),
                "description": shape._inline.docPr.get("descr"),
            }
            for shape in document.inline_shapes
        ],
        "sections": sections,
        "bodyFieldCodes": field_codes(body),
        "allText": all_text,
        "coreTitle": document.core_properties.title,
        "headingStyleOutlineLevels": {
            style.name: (style.element.pPr.find(qn("w:outlineLvl")).get(qn("w:val"))
                         if style.element.pPr is not None and style.element.pPr.find(qn("w:outlineLvl")) is not None
                         else None)
            for style in document.styles
            if re.fullmatch(r"Heading [1-3]", style.name or "")
        },
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
