# A small expression tokenizer + recursive-descent evaluator
KEYWORDS = {"let", "in", "if", "then", "else"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
        elif src.startswith("**", i) or src.startswith("==", i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()=<>%":
            tokens.append(("OP", c))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (c, i))
    tokens.append(("EOF", None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        left = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.power()
        while self.peek()[0] == "OP" and self.peek()[1] in "*/%":
            op = self.take()[1]
            right = self.power()
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left
    def power(self):
        base = self.unary()
        if self.peek() == ("OP", "**"):
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "NUM" or kind == "STR":
            return val
        if kind == "NAME":
            if val not in self.env:
                raise NameError("undefined variable " + val)
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected token %r" % ((kind, val),))
print(tokenize('let x = 3.5 * (y + 2) ** 2 "str" _a1'))
env = {"x": 4, "y": 10, "name": "py"}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "y / 4", "y % 3 + x", "7 - 2 - 1",
            '"ab" + name', "1.5 * x", "((((x))))", "z + 1", "1 + ", "3 $ 4", "(1 + 2"]:
    try:
        print(src, "=>", Parser(tokenize(src), env).expr())
    except (SyntaxError, NameError) as e:
        print(src, "=> error:", type(e).__name__, e)
