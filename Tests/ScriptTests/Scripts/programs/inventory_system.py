# Inventory management: classes, dicts, sorting, formatting, exceptions
class OutOfStock(Exception):
    pass
class Product:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return "Product(%r, %r, %.2f, qty=%d)" % (self.sku, self.name, self.price, self.qty)
class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, product):
        if product.sku in self.items:
            raise KeyError("duplicate sku %s" % product.sku)
        self.items[product.sku] = product
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.history.append(("restock", sku, n))
    def sell(self, sku, n):
        p = self.items[sku]
        if p.qty < n:
            raise OutOfStock("%s: wanted %d, have %d" % (p.name, n, p.qty))
        p.qty -= n
        self.history.append(("sell", sku, n))
        return round(p.price * n, 2)
    def report(self):
        lines = ["%-6s %-12s %8s %5s %9s" % ("SKU", "NAME", "PRICE", "QTY", "VALUE")]
        for p in sorted(self.items.values(), key=lambda p: (-p.value, p.sku)):
            lines.append("%-6s %-12s %8.2f %5d %9.2f" % (p.sku, p.name, p.price, p.qty, p.value))
        lines.append("%-6s %-12s %8s %5d %9.2f" % ("", "TOTAL", "", sum(p.qty for p in self.items.values()),
                                                   sum(p.value for p in self.items.values())))
        return "\n".join(lines)
    def by_tag(self):
        out = {}
        for p in self.items.values():
            for t in p.tags:
                out.setdefault(t, []).append(p.sku)
        return {t: sorted(v) for t, v in sorted(out.items())}
inv = Inventory()
for args in [("A1", "widget", 2.50, 100, ("metal", "small")), ("B2", "gadget", 12.99, 10, ("plastic",)),
             ("C3", "doohickey", 0.75, 1000, ("small",)), ("D4", "gizmo", 99.0, 2, ("metal", "premium"))]:
    inv.add(Product(*args))
print(inv.report())
revenue = 0.0
for sku, n in [("A1", 30), ("D4", 1), ("D4", 5), ("C3", 999), ("B2", 10), ("Z9", 1)]:
    try:
        r = inv.sell(sku, n)
        revenue += r
        print("sold %d x %s for %.2f" % (n, sku, r))
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("KeyError:", e)
inv.restock("B2", 25)
try:
    inv.add(Product("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
print("revenue %.2f" % revenue)
print(inv.report())
print(inv.by_tag())
print([h for h in inv.history if h[0] == "sell"], len(inv.history))
low = [p for p in inv.items.values() if p.qty < 5]
print(low, sorted(p.name for p in inv.items.values() if "small" in p.tags))
