# Helper module imported by import_helpers.py (no .expected: not a test by itself).
import math
PI_ROUNDED = round(math.pi, 2)
_loaded = []
_loaded.append("geometry_helper loaded")
print("geometry_helper: top-level code runs once")
def area(r):
    return math.pi * r * r
def perimeter(w, h):
    return 2 * (w + h)
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return "Rect(%r, %r)" % (self.w, self.h)
def loaded():
    return list(_loaded)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
