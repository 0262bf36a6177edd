"""Sparkbook's chart plugin: `display(df, kind="bar", x="country", y="n")` draws the DataFrame's rows as an SVG
chart (shown by Jupyter when the executed notebook is opened, and in Sparkbook's HTML report) with a text chart
beside it for the terminal. Kinds: bar, line, scatter, pie. Options: x (a column), y (a column or a list of
columns), title, width, height. Plain Python: no plotting library is needed.

docs/howto/chart-plugin.md says how to install it."""

import html
import math

import pyarrow as pa

from sparkbook_plugin import Plugin, PluginError

plugin = Plugin("chart", version="1.0.0")

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
OPTIONS = {"x", "y", "title", "width", "height"}
TEXT_WIDTH = 40


def is_numeric(arrow_type):
    return pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type) or pa.types.is_decimal(arrow_type)


def choose_columns(table, kind, options):
    """The x column and the y columns: as given, else x the first non-numeric column (or the first) and y every
    numeric column but x. Unknown options and columns are errors naming what there is."""
    unknown = sorted(set(options) - OPTIONS)
    if unknown:
        raise PluginError("display(kind=%r) has no option %s; its options: %s" % (kind, ", ".join(unknown), ", ".join(sorted(OPTIONS))))
    names = table.column_names
    x = options.get("x")
    if x is None:
        x = next((n for n in names if not is_numeric(table.schema.field(n).type)), names[0] if names else None)
    y = options.get("y")
    if y is None:
        y = [n for n in names if n != x and is_numeric(table.schema.field(n).type)]
    elif isinstance(y, str):
        y = [y]
    for name in [x] + list(y):
        if name not in names:
            raise PluginError("display(kind=%r): no column %r; the columns: %s" % (kind, name, ", ".join(names)))
    for name in y:
        if not is_numeric(table.schema.field(name).type):
            raise PluginError("display(kind=%r): y column %r is %s, not a number" % (kind, name, table.schema.field(name).type))
    if not y:
        raise PluginError("display(kind=%r) needs a numeric column for y; the columns: %s" % (kind, ", ".join(names)))
    if kind == "scatter" and not is_numeric(table.schema.field(x).type):
        raise PluginError("display(kind='scatter') needs a numeric x; %r is %s" % (x, table.schema.field(x).type))
    if kind == "pie" and len(y) != 1:
        raise PluginError("display(kind='pie') draws one y column, not %d" % len(y))
    return x, list(y)


def numbers(table, name):
    """A numeric column's values as floats (decimals included), None for nulls."""
    return [None if v is None else float(v) for v in table.column(name).to_pylist()]


def number_text(v):
    """A tick or value label: short, as a chart's axis shows it (1.5k, 2M)."""
    if v is None:
        return "null"
    a = abs(v)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= limit:
            return ("%.1f" % (v / limit)).rstrip("0").rstrip(".") + suffix
    if float(v).is_integer():
        return str(int(v))
    return ("%.3g" % v)


def nice_ticks(low, high, count=5):
    """Round tick values from at or below `low` to at or above `high`: steps of 1, 2 or 5 times a power of ten."""
    if high == low:
        high = low + 1
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    ticks = [round(start, 12)]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(ticks[-1] + step, 12))
    return ticks


class Canvas:
    """An SVG document: a plot area inside margins, with text escaped."""

    def __init__(self, width, height, title):
        self.width, self.height = width, height
        self.parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
                      'font-family="Helvetica, Arial, sans-serif" font-size="12">' % (width, height, width, height),
                      '<rect width="100%" height="100%" fill="white"/>']
        self.text(width / 2, 22, title, size=15, anchor="middle", weight="bold")

    def text(self, x, y, content, size=12, anchor="start", weight="normal", rotate=None, fill="#333"):
        transform = ' transform="rotate(%d %.1f %.1f)"' % (rotate, x, y) if rotate else ""
        self.parts.append('<text x="%.1f" y="%.1f" font-size="%d" text-anchor="%s" font-weight="%s" fill="%s"%s>%s</text>'
                          % (x, y, size, anchor, weight, fill, transform, html.escape(str(content))))

    def add(self, element):
        self.parts.append(element)

    def svg(self):
        return "\n".join(self.parts + ["</svg>"]) + "\n"


def legend(canvas, series, left, top):
    x = left
    for i, name in enumerate(series):
        canvas.add('<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/>' % (x, top - 10, PALETTE[i % len(PALETTE)]))
        canvas.text(x + 16, top, name)
        x += 28 + 7 * len(str(name))


def axes_svg(table, kind, x, ys, width, height, title):
    canvas = Canvas(width, height, title)
    left, right, top, bottom = 64, 20, 44 if len(ys) == 1 else 60, 70
    if len(ys) > 1:
        legend(canvas, ys, left, 44)
    plot_w, plot_h = width - left - right, height - top - bottom
    numeric_x = kind == "scatter" or (kind == "line" and is_numeric(table.schema.field(x).type))
    xs = numbers(table, x) if numeric_x else table.column(x).to_pylist()
    series = [numbers(table, y) for y in ys]
    values = [v for s in series for v in s if v is not None]
    low = min([0] + values) if kind == "bar" else min(values, default=0)
    high = max([0] + values) if kind == "bar" else max(values, default=1)
    ticks = nice_ticks(low, high)
    lo, hi = ticks[0], ticks[-1]

    def ypos(v):
        return top + plot_h - (v - lo) / (hi - lo) * plot_h

    for t in ticks:
        canvas.add('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#e5e5e5"/>' % (left, left + plot_w, ypos(t), ypos(t)))
        canvas.text(left - 6, ypos(t) + 4, number_text(t), anchor="end", fill="#666")
    canvas.add('<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#999"/>' % (left, left, top, top + plot_h))
    canvas.add('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#999"/>' % (left, left + plot_w, ypos(max(lo, min(0, hi))), ypos(max(lo, min(0, hi)))))
    canvas.text(left + plot_w / 2, height - 8, x, anchor="middle", fill="#555")
    canvas.text(16, top + plot_h / 2, ", ".join(ys), anchor="middle", rotate=-90, fill="#555")

    if numeric_x:
        xv = [v for v in xs if v is not None]
        xticks = nice_ticks(min(xv, default=0), max(xv, default=1))
        xlo, xhi = xticks[0], xticks[-1]

        def xpos(v):
            return left + (v - xlo) / (xhi - xlo) * plot_w

        for t in xticks:
            canvas.text(xpos(t), top + plot_h + 18, number_text(t), anchor="middle", fill="#666")
    else:
        slot = plot_w / max(1, len(xs))

        def xpos(i):
            return left + slot * (i + 0.5)

        step = max(1, int(math.ceil(len(xs) / (plot_w / 40.0))))
        rotate = len(xs) > 8
        for i, label in enumerate(xs):
            if i % step == 0:
                text = "null" if label is None else str(label)
                text = text if len(text) <= 14 else text[:13] + "\u2026"
                canvas.text(xpos(i), top + plot_h + 16, text, anchor="end" if rotate else "middle",
                            rotate=-35 if rotate else None, fill="#444")

    zero = ypos(max(lo, min(0, hi)))
    for s, values in enumerate(series):
        color = PALETTE[s % len(PALETTE)]
        if kind == "bar":
            bar_w = slot * 0.8 / len(series)
            for i, v in enumerate(values):
                if v is None:
                    continue
                bx = left + slot * i + slot * 0.1 + bar_w * s
                y0, y1 = sorted((ypos(v), zero))
                canvas.add('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %s</title></rect>'
                           % (bx, y0, max(bar_w - 1, 1), max(y1 - y0, 0.5), color, html.escape(str(xs[i])), number_text(v)))
        elif kind == "line":
            points = [(xpos(xs[i] if numeric_x else i), ypos(v)) for i, v in enumerate(values)
                      if v is not None and (not numeric_x or xs[i] is not None)]
            canvas.add('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>'
                       % (color, " ".join("%.1f,%.1f" % p for p in points)))
            for px, py in points:
                canvas.add('<circle cx="%.1f" cy="%.1f" r="2.5" fill="%s"/>' % (px, py, color))
        else:
            for i, v in enumerate(values):
                if v is not None and xs[i] is not None:
                    canvas.add('<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s" fill-opacity="0.75"/>' % (xpos(xs[i]), ypos(v), color))
    return canvas.svg()


def pie_svg(table, x, y, width, height, title):
    canvas = Canvas(width, height, title)
    labels = table.column(x).to_pylist()
    values = numbers(table, y)
    slices = [("null" if l is None else l, v) for l, v in zip(labels, values) if v is not None and v > 0]
    total = sum(v for _, v in slices) or 1
    cx, cy, r = width * 0.35, height / 2 + 14, min(width * 0.3, height / 2 - 40)
    angle = -math.pi / 2
    for i, (label, v) in enumerate(slices):
        sweep = 2 * math.pi * v / total
        color = PALETTE[i % len(PALETTE)]
        if sweep >= 2 * math.pi - 1e-9:
            canvas.add('<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"/>' % (cx, cy, r, color))
        else:
            x0, y0 = cx + r * math.cos(angle), cy + r * math.sin(angle)
            x1, y1 = cx + r * math.cos(angle + sweep), cy + r * math.sin(angle + sweep)
            canvas.add('<path d="M%.1f,%.1f L%.1f,%.1f A%.1f,%.1f 0 %d 1 %.1f,%.1f Z" fill="%s" stroke="white"/>'
                       % (cx, cy, x0, y0, r, r, 1 if sweep > math.pi else 0, x1, y1, color))
        angle += sweep
        ly = 60 + 20 * i
        if ly < height - 10:
            canvas.add('<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/>' % (width * 0.7, ly - 10, color))
            canvas.text(width * 0.7 + 18, ly, "%s  %.1f%%" % (label, 100.0 * v / total))
    return canvas.svg()


def text_chart(table, kind, x, ys, title):
    """The terminal's picture: bars of block characters (bar, pie), or a grid of points (line, scatter)."""
    numeric_x = is_numeric(table.schema.field(x).type)
    xs = numbers(table, x) if numeric_x else table.column(x).to_pylist()
    series = [numbers(table, y) for y in ys]
    lines = [title]
    if kind in ("bar", "pie"):
        values = [abs(v) for s in series for v in s if v is not None]
        scale = TEXT_WIDTH / (max(values) or 1) if values else 0
        total = sum(v for v in series[0] if v is not None and v > 0) if kind == "pie" else None
        labels = ["null" if v is None else str(v) for v in xs]
        width = min(20, max([len(v) for v in labels] + [1]))
        for i, label in enumerate(labels):
            for s, name in enumerate(ys):
                v = series[s][i]
                head = label[:width].ljust(width) if s == 0 else " " * width
                tag = "" if len(ys) == 1 else " " + name.ljust(max(len(n) for n in ys))
                bar = "" if v is None else "\u2588" * int(round(abs(v) * scale))
                if total is None or v is None:
                    shown = number_text(v)
                elif v > 0:
                    shown = "%s (%.1f%%)" % (number_text(v), 100.0 * v / total)
                else:
                    shown = "%s (not in the pie: not positive)" % number_text(v)
                lines.append("%s%s \u2502%s %s" % (head, tag, bar, shown))
        return "\n".join(lines)
    rows, cols = 12, 60
    marks = "*o+x#@"
    xv = [v for v in xs if v is not None] if numeric_x else list(range(len(xs)))
    values = [v for s in series for v in s if v is not None]
    if not values or not xv:
        return title + "\n(no values)"
    xlo, xhi = min(xv), max(xv)
    ylo, yhi = min(values), max(values)
    grid = [[" "] * cols for _ in range(rows)]
    for s, vals in enumerate(series):
        for i, v in enumerate(vals):
            xval = xs[i] if numeric_x else i
            if v is None or xval is None:
                continue
            c = int(round((xval - xlo) / ((xhi - xlo) or 1) * (cols - 1)))
            r = rows - 1 - int(round((v - ylo) / ((yhi - ylo) or 1) * (rows - 1)))
            grid[r][c] = marks[s % len(marks)]
    label_w = max(len(number_text(yhi)), len(number_text(ylo)))
    for r, row in enumerate(grid):
        label = number_text(yhi) if r == 0 else number_text(ylo) if r == rows - 1 else ""
        lines.append("%s \u2502%s" % (label.rjust(label_w), "".join(row).rstrip()))
    lines.append(" " * label_w + " \u2514" + "\u2500" * cols)
    first, last = (number_text(xlo), number_text(xhi)) if numeric_x else (str(xs[0]), str(xs[-1]))
    lines.append(" " * (label_w + 2) + first + " " * max(1, cols - len(first) - len(last)) + last)
    if len(ys) > 1:
        lines.append("  ".join("%s %s" % (marks[s % len(marks)], name) for s, name in enumerate(ys)))
    return "\n".join(lines)


@plugin.renderer("bar", "line", "scatter", "pie")
def render(table, kind, options):
    x, ys = choose_columns(table, kind, options)
    title = options.get("title") or "%s by %s" % (", ".join(ys), x)
    width, height = int(options.get("width", 640)), int(options.get("height", 400))
    svg = pie_svg(table, x, ys[0], width, height, title) if kind == "pie" else axes_svg(table, kind, x, ys, width, height, title)
    return {"text/plain": text_chart(table, kind, x, ys, title), "image/svg+xml": svg}


if __name__ == "__main__":
    plugin.run()
