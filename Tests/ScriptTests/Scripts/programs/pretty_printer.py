# JSON-like pretty printer and a tiny parser for the same format
def dump(v, indent=0, step=2):
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, val in v.items():
            items.append(" " * (indent + step) + quote(str(k)) + ": " + dump(val, indent + step, step))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all(not isinstance(x, (dict, list, tuple)) for x in v) and len(v) <= 4:
            return "[" + ", ".join(dump(x) for x in v) + "]"
        return "[\n" + ",\n".join(" " * (indent + step) + dump(x, indent + step, step) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        return quote(v)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return repr(v)
def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ord(ch) < 32:
            out += "\\u%04x" % ord(ch)
        else:
            out += ch
    return out + '"'
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            obj = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws(); pos += 1
                obj[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return obj
        if c == "[":
            pos += 1
            arr = []
            ws()
            if s[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return arr
        if c == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    nxt = s[pos + 1]
                    if nxt == "u":
                        out += chr(int(s[pos + 2:pos + 6], 16))
                        pos += 6
                        continue
                    out += {"n": "\n", '"': '"', "\\": "\\"}[nxt]
                    pos += 2
                    continue
                out += s[pos]
                pos += 1
            pos += 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = {"name": "Updraft", "version": [0, 1, 2], "tags": [], "meta": {}, "ok": True, "none": None,
       "nested": {"list": [{"a": 1}, {"b": [1, 2, {"c": "deep"}]}], "text": 'quote " and \\ and\nnewline\ttab'},
       "numbers": [1.5, -2, 10 ** 20, 1e-7, 0.1 + 0.2], "long": list(range(6))}
text = dump(doc)
print(text)
back = parse(text)
print(back == doc, back["nested"]["text"] == doc["nested"]["text"])
print(dump(parse('  {"x" : [1,2 , {"y":null}], "z":"\\u0041bc"}  ')))
print(dump([]), dump({}), dump("s"), dump(3), dump([[], {}]))
