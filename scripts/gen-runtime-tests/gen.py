#!/usr/bin/env python3
# Generates the table-driven runtime tests (Tests/UpdraftRuntimeTests/*Tests.swift listed in
# TARGETS) from the *_cases.txt files beside this script: each line is a Python expression, and
# python3's result (or `ExceptionName: message`) is hard-coded as the expected text.
# `## Name` starts a test method. Run with CPython 3.11: python3 scripts/gen-runtime-tests/gen.py
import ast, math, sys

def swift_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif 0x20 <= o < 0x7f: out.append(ch)
        else: out.append('\\u{%x}' % o)
    out.append('"')
    return ''.join(out)

def lit(v):
    if v is None: return 'N'
    if isinstance(v, bool): return '.bool(%s)' % ('true' if v else 'false')
    if isinstance(v, int):
        if -2**63 <= v < 2**63: return '.int(%d)' % v
        return 'big("%d")' % v
    if isinstance(v, float):
        if math.isnan(v): return '.float(.nan)'
        if math.isinf(v): return '.float(%s.infinity)' % ('-' if v < 0 else '')
        if v != 0 and abs(v) < 2.2250738585072014e-308:
            import struct
            return '.float(Double(bitPattern: 0x%016x))' % struct.unpack('<Q', struct.pack('<d', v))[0]
        r = repr(v)
        return '.float(%s)' % r
    if isinstance(v, str): return 's(%s)' % swift_str(v)
    if isinstance(v, tuple): return 't(%s)' % ', '.join(lit(x) for x in v)
    if isinstance(v, list): return 'l(%s)' % ', '.join(lit(x) for x in v)
    if isinstance(v, dict): return 'd([%s])' % ', '.join('(%s, %s)' % (lit(k), lit(x)) for k, x in v.items())
    raise ValueError(repr(v))

TYPES = {'int': 'PyType.int', 'float': 'PyType.float', 'bool': 'PyType.bool', 'str': 'PyType.str', 'type': 'PyType.type'}
FUNCS = {'round': 'roundValue', 'abs': 'absValue', 'divmod': 'divmodValue', 'pow': 'powValue', 'format': 'formatValue'}

inf = float("inf"); nan = float("nan")
def ev(node):
    return eval(compile(ast.Expression(node), '<case>', 'eval'))

def args_code(call):
    a = ', '.join(lit(ev(x)) for x in call.args)
    pairs = []
    for k in call.keywords:
        if k.arg is None:
            pairs += [(name, v) for name, v in ev(k.value).items()]
        else:
            pairs.append((k.arg, ev(k.value)))
    kw = ', '.join('(%s, %s)' % (swift_str(n), lit(v)) for n, v in pairs)
    return '[%s]' % a, ('[%s]' % kw if call.keywords else None)

def swift_expr(src):
    node = ast.parse(src, mode='eval').body
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return 'checkString', 'try percentFormat(%s, %s)' % (swift_str(ev(node.left)), lit(ev(node.right)))
    if isinstance(node, ast.Call):
        f = node.func
        a, kw = args_code(node)
        kwpart = (', ' + kw) if kw else ''
        if isinstance(f, ast.Name) and f.id in TYPES:
            return 'check', 'try construct(%s, %s%s)' % (TYPES[f.id], a, kwpart)
        if isinstance(f, ast.Name) and f.id in FUNCS:
            vals = [lit(ev(x)) for x in node.args]
            name = FUNCS[f.id]
            if f.id == 'round':
                return 'check', 'try roundValue(%s, %s)' % (vals[0], vals[1] if len(vals) > 1 else 'nil')
            if f.id == 'pow':
                return 'check', 'try powValue(%s, %s, %s)' % (vals[0], vals[1], vals[2] if len(vals) > 2 else 'nil')
            if f.id == 'format':
                spec = swift_str(ev(node.args[1])) if len(node.args) > 1 else '""'
                return 'checkString', 'try formatValue(%s, %s)' % (vals[0], spec)
            return 'check', 'try %s(%s)' % (name, ', '.join(vals))
        if isinstance(f, ast.Attribute):
            recv = f.value
            if isinstance(recv, ast.Name) and recv.id in TYPES:
                r = '.object(%s)' % TYPES[recv.id]
            else:
                r = lit(ev(recv))
            return 'check', 'try method(%s, "%s", %s%s)' % (r, f.attr, a, kwpart)
    raise ValueError('unsupported case: ' + src)

def expected(src):
    try:
        r = eval(src)
    except Exception as e:
        if isinstance(e, KeyError) and len(e.args) == 1:
            return '%s: %r' % (type(e).__name__, e.args[0])
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)

def gen(cases_file, cls, groups):
    out = ['// Generated from python3 3.11 results (expected strings are what python3 prints).',
           '// Each check evaluates one Python expression, shown in the comment above it.',
           '', 'import XCTest', '@testable import UpdraftRuntime', '',
           'final class %s: XCTestCase {' % cls,
           '    override func setUp() { Runtime.bootstrap() }']
    for gname, lines in groups:
        out.append('')
        out.append('    func test%s() {' % gname)
        for src in lines:
            kind, code = swift_expr(src)
            out.append('        // %s' % src)
            out.append('        %s(%s, %s)' % (kind, code, swift_str(expected(src))))
        out.append('    }')
    out.append('}')
    return '\n'.join(out) + '\n'

def load(path):
    groups = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#!'): continue
        if line.startswith('## '):
            groups.append((line[3:].strip(), []))
        else:
            groups[-1][1].append(line)
    return groups

TARGETS = [('str_cases.txt', 'StrMethodsTests'), ('format_cases.txt', 'FormatTests'),
           ('percent_cases.txt', 'PercentFormatTests'), ('number_cases.txt', 'NumberMethodsTests')]

if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    tests = os.path.join(here, '..', '..', 'Tests', 'UpdraftRuntimeTests')
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen.py: needs Python 3.11')
    for cases, cls in TARGETS:
        out = os.path.join(tests, cls + '.swift')
        open(out, 'w', encoding='utf-8').write(gen(os.path.join(here, cases), cls, load(os.path.join(here, cases))))
        print('wrote', os.path.normpath(out))
