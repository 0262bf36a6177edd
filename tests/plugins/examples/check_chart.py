"""Checks what chart.py's run left: the executed notebook validates with nbformat; each display(kind=...) cell
has one display_data output with an image/svg+xml that parses as SVG and a text/plain chart; the terminal
printed the text charts; the HTML report shows each SVG as an image.
Usage: check_chart.py EXECUTED.ipynb REPORT.html STDOUT.txt"""
import base64
import sys
import xml.etree.ElementTree as ET

import nbformat

notebook_path, report_path, stdout_path = sys.argv[1:4]
notebook = nbformat.read(notebook_path, as_version=4)
nbformat.validate(notebook)
problems = []
svgs = []
for cell in notebook.cells[1:]:
    if cell.cell_type != "code":
        continue
    shown = [o for o in cell.outputs if o.output_type == "display_data"]
    if len(shown) != 1:
        problems.append("cell %r: %d display_data outputs" % (cell.source[:40], len(shown)))
        continue
    data = shown[0].data
    svg, plain = data.get("image/svg+xml"), data.get("text/plain")
    if not svg or not plain:
        problems.append("cell %r: mime types %s" % (cell.source[:40], sorted(data)))
        continue
    root = ET.fromstring(svg)
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        problems.append("cell %r: the SVG's root is %s" % (cell.source[:40], root.tag))
    svgs.append(svg)
    if plain.splitlines()[0] not in open(stdout_path).read():
        problems.append("cell %r: its text chart was not printed" % cell.source[:40])
if len(svgs) != 5:
    problems.append("%d charts, not 5" % len(svgs))
report = open(report_path).read()
for svg in svgs:
    if base64.b64encode(svg.encode()).decode() not in report:
        problems.append("the report lacks an SVG")
        break
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
